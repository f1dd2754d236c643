import { expect, ran, storedChoice, test } from './harness';

const config = {
  policyVersion: '1',
  regime: 'opt-in',
  vendors: [{ id: 'ga', name: 'Google Analytics', category: 'analytics' }],
};
type W = Window & { __events: unknown[] };

// Records on() callbacks and DOM events in the page.
const recordEvents = `<script>
  window.__events = [];
  for (const name of ['ready', 'change', 'ui']) {
    document.addEventListener('portcullis:' + name, (e) => window.__events.push(['dom:' + name, e.detail]));
  }
</script>`;

test.describe('API and events', () => {
  test('get() describes the state; allowed() answers categories and vendors', async ({ site }) => {
    const page = await site.open({ config, body: recordEvents });
    const state = await page.evaluate(() => window.Portcullis!.get());
    expect(state).toEqual({
      decided: false,
      regime: 'opt-in',
      region: null,
      categories: { necessary: true, analytics: false, advertising: false, session_replay: false, personalization: false },
      vendors: { ga: false },
      signals: { gpc: false, dnt: false },
      honored: { gpc: false, dnt: false },
      policyVersion: '1',
      updatedAt: null,
      id: '',
    });
    expect(await page.evaluate(() => ['necessary', 'analytics', 'ga', 'nope', 'toString'].map((id) => window.Portcullis!.allowed(id)))).toEqual([true, false, false, false, false]);
    expect(await page.evaluate(() => window.Portcullis!.version)).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('get() returns a copy the page cannot use to grant itself consent', async ({ site }) => {
    const page = await site.open({ config, body: '<script type="text/plain" data-consent="analytics">window.__ran.push("a")</script>' });
    await page.evaluate(() => {
      const s = window.Portcullis!.get();
      s.categories.analytics = true;
      s.decided = true;
    });
    expect(await page.evaluate(() => [window.Portcullis!.allowed('analytics'), window.Portcullis!.get().decided])).toEqual([false, false]);
    expect(await ran(page)).toEqual([]);
  });

  test('acceptAll, rejectAll, update and reset change the state and persist', async ({ site }) => {
    const page = await site.open({ config });
    const run = (code: string) => page.evaluate(code);
    await run('Portcullis.acceptAll()');
    expect(await run('Portcullis.get().categories')).toEqual({ necessary: true, analytics: true, advertising: true, session_replay: true, personalization: true });
    const accepted = await page.evaluate(() => window.Portcullis!.get());
    expect(accepted.decided).toBe(true);
    expect(accepted.id).toMatch(/^[a-z0-9]{16}$/);
    expect(Date.now() - Date.parse(accepted.updatedAt!)).toBeLessThan(60_000);
    expect(await site.cookie()).toContain('analytics+advertising+session_replay+personalization');

    await run('Portcullis.rejectAll()');
    const rejected = await page.evaluate(() => window.Portcullis!.get());
    expect(rejected.categories).toEqual({ necessary: true, analytics: false, advertising: false, session_replay: false, personalization: false });
    expect(rejected.id).not.toBe(accepted.id);

    await run('Portcullis.update({ analytics: true, ga: false })');
    expect(await run('[Portcullis.allowed("analytics"), Portcullis.allowed("ga"), Portcullis.allowed("advertising")]')).toEqual([true, false, false]);

    await page.reload();
    expect(await run('[Portcullis.get().decided, Portcullis.allowed("analytics"), Portcullis.allowed("ga")]')).toEqual([true, true, false]);

    await run('Portcullis.reset()');
    expect(await run('Portcullis.get().decided')).toBe(false);
    expect(await site.cookie()).toBeUndefined();
    await page.reload();
    expect(await run('Portcullis.get().decided')).toBe(false);
  });

  test('events fire once per actual change, on() and DOM alike, and on() unsubscribes', async ({ site }) => {
    const page = await site.open({ config, body: recordEvents });
    await page.waitForFunction(() => (window as unknown as W).__events.length > 0);
    const result = await page.evaluate(() => {
      const p = window.Portcullis!;
      const seen: string[] = [];
      const off = p.on('change', (s) => seen.push('change:' + s.categories.analytics));
      p.acceptAll();
      p.acceptAll(); // nothing changes: no event
      p.update({ analytics: true }); // nothing changes either
      p.update({ analytics: false });
      off();
      p.rejectAll();
      return seen;
    });
    expect(result).toEqual(['change:true', 'change:false']);
    const dom = await page.evaluate(() => (window as unknown as W).__events.map((e) => (e as [string])[0]).filter((n) => n != 'dom:ui'));
    expect(dom).toEqual(['dom:ready', 'dom:change', 'dom:change', 'dom:change']);
  });

  test('ready fires once after the DOM is parsed, and late listeners get it at once', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], config));
    const page = await site.open({ config, body: recordEvents });
    await page.waitForFunction(() => (window as unknown as W).__events.length > 0);
    const events = await page.evaluate(() => (window as unknown as W).__events);
    expect(events).toEqual([['dom:ready', expect.objectContaining({ decided: true, categories: expect.objectContaining({ analytics: true }) })]]);
    const late = await page.evaluate(() => new Promise((r) => window.Portcullis!.on('ready', (s) => r(s.decided))));
    expect(late).toBe(true);
  });

  test('a throwing listener does not break the page or other listeners', async ({ site }) => {
    const page = await site.open({ config });
    const seen = await page.evaluate(() => {
      const out: string[] = [];
      window.Portcullis!.on('change', () => {
        throw new Error('listener bug');
      });
      window.Portcullis!.on('change', () => out.push('second'));
      window.Portcullis!.acceptAll();
      return out;
    });
    expect(seen).toEqual(['second']);
    expect(site.console.some((l) => l.startsWith('error: [portcullis]') && l.includes('listener bug'))).toBe(true);
    expect(site.errors).toEqual([]);
  });

  test('misuse gets a message that says what to change', async ({ site }) => {
    const page = await site.open({ config });
    const messages = await page.evaluate(() => {
      const out: string[] = [];
      for (const f of [() => window.Portcullis!.on('change', 'nope' as never), () => window.Portcullis!.update('analytics' as never)])
        try {
          f();
        } catch (e) {
          out.push((e as Error).message);
        }
      return out;
    });
    expect(messages[0]).toBe("[portcullis] on('change', fn): fn must be a function");
    // update() with a wrong argument is reported, never thrown into the page.
    expect(site.console.some((l) => l.includes('update() takes an object such as { analytics: true }'))).toBe(true);
    await page.evaluate(() => window.Portcullis!.update({ bogus: true }));
    expect(site.console.some((l) => l.startsWith('warning: [portcullis] update(): unknown ids ignored: bogus'))).toBe(true);
  });

  test('clicking any [data-portcullis-open] element opens the preference center', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], config));
    const page = await site.open({ config, body: `${recordEvents}<p><a href="#top" data-portcullis-open>Cookie settings</a></p><div id="late"></div>` });
    await page.getByText('Cookie settings').click();
    await page.waitForFunction(() => (window as unknown as W).__events.some((e) => (e as [string, { view?: string }])[1]?.view == 'preferences'));
    expect(page.url()).not.toContain('#top');
    // Elements added later work too, and keyboard activation goes through click.
    await page.evaluate(() => {
      window.Portcullis!.close();
      document.getElementById('late')!.innerHTML = '<button type="button" data-portcullis-open>Privacy choices</button>';
    });
    await page.getByRole('button', { name: 'Privacy choices' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__events.filter((e) => (e as [string, { view?: string }])[1]?.view == 'preferences').length)).toBe(2);
  });
});
