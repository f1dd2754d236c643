import { expect, fingerprintOf, ran, storedChoice, test, type PageSpec } from './harness';

const good = { policyVersion: '1', regime: 'opt-in' };
const gated = `<script type="text/plain" data-consent="analytics">window.__ran.push('analytics')</script>
  <script>window.__pageStillWorks = true</script>`;
const portcullisErrors = (lines: string[]) => lines.filter((l) => l.startsWith('error: [portcullis]'));

test.describe('loader', () => {
  test('reads the config from a JSON script element', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], good));
    const page = await site.open({ config: good, configAs: 'json', body: gated });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
  });

  test('with data-config, nothing non-necessary runs until the config arrives and validates', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], good));
    const release = site.hold('/consent.json');
    const page = await site.open({ config: good, configAs: 'url', body: gated });
    await page.waitForFunction(() => (window as unknown as { __pageStillWorks?: boolean }).__pageStillWorks);
    expect(await page.evaluate(() => [window.Portcullis!.allowed('analytics'), window.Portcullis!.get().decided])).toEqual([false, false]);
    // Calls made meanwhile are kept and run once the config is there.
    await page.evaluate(() => void window.Portcullis!.update({ personalization: true }));
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual([]);
    release();
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    // The queued update() applies once the cold path that records it has loaded.
    await expect.poll(() => page.evaluate(() => window.Portcullis!.get().categories)).toMatchObject({ analytics: true, personalization: true });
  });

  const invalid: Array<[string, PageSpec, string]> = [
    ['a config missing policyVersion', { config: { regime: 'opt-in' } }, 'policyVersion is missing'],
    ['a wrong regime', { config: { policyVersion: '1', regime: 'gdpr' } }, 'regime is "gdpr"; expected "opt-in" or "opt-out" or "notice"'],
    ['a config that is not an object', { config: 'policyVersion=1' }, 'is "policyVersion=1"; expected an object'],
    ['broken JSON in the script element', { configAs: 'json', configText: '{policyVersion: 1}' }, '#portcullis-config is not valid JSON'],
    ['no config at all', {}, 'no config found'],
    ['a data-config URL that 404s', { loaderAttrs: 'data-config="/missing.json"' }, 'could not load the config from /missing.json (HTTP 404)'],
    ['a data-config that is not JSON', { configAs: 'url', configText: '<html>' }, 'could not load the config from /consent.json (not valid JSON)'],
    ['a tampered vendor list', { config: { policyVersion: '1', vendors: [{ id: 'x', name: 'X', category: 'nope' }] } }, 'vendors[0].category is "nope"; expected one of the category ids'],
  ];
  for (const [name, spec, message] of invalid)
    test(`fails closed on ${name}: one clear console error, nothing runs, the page works`, async ({ site }) => {
      await site.setCookie(storedChoice(['analytics']));
      const page = await site.open({ ...spec, body: gated });
      await page.waitForFunction(() => (window as unknown as { __pageStillWorks?: boolean }).__pageStillWorks);
      await expect.poll(() => portcullisErrors(site.console).length).toBe(1);
      expect(portcullisErrors(site.console)[0]).toContain(message);
      expect(portcullisErrors(site.console)[0]).toContain('Only necessary elements will run until this is fixed.');
      await page.waitForTimeout(150);
      expect(await ran(page)).toEqual([]);
      expect(await page.evaluate(() => [window.Portcullis!.allowed('analytics'), window.Portcullis!.allowed('necessary')])).toEqual([false, true]);
      // The API never throws into the page, even in this state.
      await page.evaluate(() => {
        window.Portcullis!.acceptAll();
        window.Portcullis!.openPreferences();
      });
      await page.waitForTimeout(100);
      expect(await ran(page)).toEqual([]);
      expect(site.errors).toEqual([]);
      expect(site.requests.some((u) => u.includes('portcullis-ui'))).toBe(false);
    });

  test('warns about unknown fields and still works', async ({ site }) => {
    const page = await site.open({ config: { ...good, regimse: {} } });
    expect(await page.evaluate(() => typeof window.Portcullis!.get)).toBe('function');
    expect(site.console).toContain('warning: [portcullis] config: unknown field regimse is ignored');
    expect(portcullisErrors(site.console)).toEqual([]);
  });

  test('a second copy of the loader does nothing and says so', async ({ site }) => {
    const page = await site.open({ config: good, head: '<script src="/dist/portcullis.js"></script>' });
    expect(site.console).toContain('warning: [portcullis] loaded twice; the second copy does nothing');
    expect(await page.evaluate(() => typeof window.Portcullis!.acceptAll)).toBe('function');
  });

  test('a first visit loads the UI chunk once, from the loader\'s own directory', async ({ site }) => {
    const page = await site.open({ config: good });
    await expect.poll(() => site.requests.filter((u) => u.includes('portcullis-ui.js')).length).toBe(1);
    expect(site.requests.find((u) => u.includes('portcullis-ui.js'))).toMatch(/^http:\/\/site\.test\/dist\/portcullis-ui\.js\?v=/);
    await page.evaluate(() => {
      window.Portcullis!.openPreferences();
      window.Portcullis!.openPreferences();
    });
    await page.waitForTimeout(200);
    expect(site.requests.filter((u) => u.includes('portcullis-ui.js'))).toHaveLength(1);
  });

  test('a returning visitor fetches no UI chunk; openPreferences loads it once and queued calls run', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], good));
    const release = site.hold('portcullis-ui.js');
    const page = await site.open({ config: good, body: gated });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    await page.waitForLoadState('load');
    expect(site.requests.filter((u) => u.includes('portcullis-ui'))).toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { __views: unknown[] }).__views = [];
      window.Portcullis!.on('ui', (d) => (window as unknown as { __views: unknown[] }).__views.push(d.view));
      window.Portcullis!.openPreferences();
      window.Portcullis!.openPreferences();
      window.Portcullis!.close();
    });
    release();
    // Queued in order: open, (open again: already open), then close.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __views: unknown[] }).__views)).toEqual(['preferences', null]);
    expect(site.requests.filter((u) => u.includes('portcullis-ui'))).toHaveLength(1);
  });

  test('a missing UI chunk is reported, and the page keeps working', async ({ site }) => {
    site.serve('/dist/portcullis-ui.js', '/* something else */', 'text/javascript');
    const page = await site.open({ config: good });
    await expect.poll(() => portcullisErrors(site.console).length).toBe(1);
    expect(portcullisErrors(site.console)[0]).toContain('portcullis-ui.js?v=');
    expect(site.errors).toEqual([]);
    expect(await page.evaluate(() => window.Portcullis!.allowed('necessary'))).toBe(true);
  });

  test('the cold path without a loader of its release says so and throws nothing', async ({ site }) => {
    await site.open({ noLoader: true, body: '<script src="/dist/portcullis-cold.js"></script>' });
    await expect.poll(() => portcullisErrors(site.console)).toEqual(['error: [portcullis] portcullis-cold.js needs portcullis.js from the same release']);
    expect(site.errors).toEqual([]);
  });

  test.describe('hot and cold paths', () => {
    const chunks = (requests: string[]) => requests.filter((u) => u.includes('/dist/')).map((u) => new URL(u).pathname);

    test('a returning visitor under an unchanged config loads nothing but the loader', async ({ site }) => {
      await site.setCookie(storedChoice(['analytics'], good));
      const page = await site.open({ config: good, body: gated });
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      expect(chunks(site.requests)).toEqual(['/dist/portcullis.js']);
    });

    test('a first visit fetches the UI alongside the cold path, not after it', async ({ site }) => {
      const release = site.hold('portcullis-cold.js');
      const page = await site.open({ config: good, body: gated, waitUntil: 'domcontentloaded' });
      // While validation is still on its way, the UI chunk is already requested, and nothing runs.
      await expect.poll(() => chunks(site.requests).sort()).toEqual(['/dist/portcullis-cold.js', '/dist/portcullis-ui.js', '/dist/portcullis.js']);
      await page.waitForTimeout(200);
      expect(await page.locator('portcullis-ui').count()).toBe(0);
      expect(await ran(page)).toEqual([]);
      release();
      await expect(page.getByRole('region', { name: 'Cookies on this site' })).toBeVisible();
      expect(chunks(site.requests).filter((u) => u.endsWith('portcullis-ui.js'))).toHaveLength(1);
    });

    test('a [data-portcullis-open] click while the config is still validated opens the preference center once it is', async ({ site }) => {
      const release = site.hold('portcullis-cold.js');
      const body = '<button type="button" id="open" data-portcullis-open>Cookie settings</button>';
      const page = await site.open({ config: good, body, waitUntil: 'domcontentloaded' });
      await expect.poll(() => chunks(site.requests)).toContain('/dist/portcullis-cold.js');
      await page.locator('#open').click();
      release();
      await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
    });

    test('a returning visitor under a changed config fetches no UI chunk while it is validated', async ({ site }) => {
      await site.setCookie(storedChoice(['analytics'], { ...good, theme: { accent: '#123456' } }));
      const page = await site.open({ config: good, body: gated });
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      await page.waitForTimeout(200);
      expect(chunks(site.requests)).toEqual(['/dist/portcullis.js', '/dist/portcullis-cold.js']);
    });

    test('an action there loads the cold path once and resolves with the new state', async ({ site }) => {
      await site.setCookie(storedChoice(['analytics'], good));
      const page = await site.open({ config: good, body: gated });
      const states = await page.evaluate(() => Promise.all([window.Portcullis!.update({ personalization: true }), window.Portcullis!.rejectAll()]));
      expect(states.map((s) => [s.categories.personalization, s.categories.analytics])).toEqual([[true, true], [false, false]]);
      expect(chunks(site.requests)).toEqual(['/dist/portcullis.js', '/dist/portcullis-cold.js']);
      expect(await page.evaluate(() => window.Portcullis!.get().categories.analytics)).toBe(false);
    });

    test('a changed config is validated before anything runs, then the choice is re-stamped', async ({ site }) => {
      await site.setCookie(storedChoice(['analytics'], { ...good, theme: { accent: '#123456' } }));
      const release = site.hold('portcullis-cold.js');
      const page = await site.open({ config: good, body: gated, waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => (window as unknown as { __pageStillWorks?: boolean }).__pageStillWorks);
      await page.waitForTimeout(200);
      expect(await ran(page)).toEqual([]);
      expect(await page.evaluate(() => window.Portcullis!.allowed('analytics'))).toBe(false);
      release();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      // The stored choice now carries this config's fingerprint, and keeps its id and time.
      await expect.poll(() => site.cookie()).toContain(`.abcdefgh12345678.${fingerprintOf(good)}.analytics..`);
      site.requests.length = 0;
      await page.reload();
      await expect.poll(() => ran(page)).toEqual(['analytics']);
      expect(chunks(site.requests)).toEqual(['/dist/portcullis.js']);
    });

    test('an invalid config is never stamped as validated, so it is checked on every page view', async ({ site }) => {
      const bad = { policyVersion: '1', regime: 'everyone' };
      const cookie = storedChoice(['analytics']);
      await site.setCookie(cookie);
      const page = await site.open({ config: bad, body: gated });
      await expect.poll(() => portcullisErrors(site.console).length).toBe(1);
      expect(await ran(page)).toEqual([]);
      expect(await site.cookie()).toBe(decodeURIComponent(cookie));
      await page.reload();
      await expect.poll(() => portcullisErrors(site.console).length).toBe(2);
    });
  });
});
