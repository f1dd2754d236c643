import { expect, ran, storedChoice, test } from './harness';

const T = 'https://tracker.test';
const config = { policyVersion: '1', regime: 'opt-in', vendors: [{ id: 'hotjar', name: 'Hotjar', category: 'session_replay' }] };

// One tag of every kind, each gated on a category.
const everyKind = `
  <script type="text/plain" data-consent="analytics" src="${T}/gtag.js?name=gtag"></script>
  <script type="text/plain" data-consent="analytics">window.__ran.push('gtag-config')</script>
  <img data-consent="advertising" data-src="${T}/pixel.gif?name=img" alt="" width="1" height="1">
  <iframe data-consent="personalization" data-src="${T}/embed/video.html?name=iframe" width="320" height="180" title="Video"></iframe>
  <video data-consent="personalization" width="10" height="10"><source data-src="${T}/clip.mp4?name=video" type="video/mp4"></video>
  <audio data-consent="personalization" data-src="${T}/sound.mp3?name=audio"></audio>
  <link data-consent="personalization" rel="stylesheet" data-href="${T}/widget.css?name=link">
  <script type="text/plain" data-consent="hotjar" src="${T}/hotjar.js?name=hotjar"></script>
  <script type="text/plain" data-consent="analytics advertising" src="${T}/both.js?name=both"></script>
`;

test.describe('activation', () => {
  test('nothing is requested from tracker hosts before consent', async ({ site }) => {
    const page = await site.open({ config, body: everyKind });
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(site.thirdParty()).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    expect(site.errors).toEqual([]);
  });

  test('everything allowed activates after acceptAll, each once', async ({ site }) => {
    const page = await site.open({ config, body: everyKind });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['gtag', 'gtag-config', 'hotjar', 'both']);
    await expect.poll(() => site.thirdParty().map((u) => new URL(u).searchParams.get('name')).sort()).toEqual(
      ['audio', 'both', 'gtag', 'hotjar', 'iframe', 'img', 'link', 'video'],
    );
    await expect(page.locator('iframe')).toHaveAttribute('src', `${T}/embed/video.html?name=iframe`);
    await expect(page.locator('img')).toHaveAttribute('src', `${T}/pixel.gif?name=img`);
    // Accepting again, rejecting and accepting once more never re-runs anything.
    await page.evaluate(() => {
      window.Portcullis!.acceptAll();
      window.Portcullis!.rejectAll();
      window.Portcullis!.acceptAll();
    });
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual(['gtag', 'gtag-config', 'hotjar', 'both']);
    expect(site.errors).toEqual([]);
  });

  test('activates only what is allowed: categories, vendor ids, and all ids of a list', async ({ site }) => {
    const page = await site.open({ config, body: everyKind });
    await page.evaluate(() => window.Portcullis!.update({ analytics: true, hotjar: true }));
    await expect.poll(() => ran(page)).toEqual(['gtag', 'gtag-config', 'hotjar']);
    await page.evaluate(() => window.Portcullis!.update({ advertising: true }));
    await expect.poll(() => ran(page)).toEqual(['gtag', 'gtag-config', 'hotjar', 'both']);
    expect(site.thirdParty().some((u) => u.includes('name=iframe'))).toBe(false);
  });

  test('scripts run in document order and an inline script waits for the external one before it', async ({ site }) => {
    site.delay('slow.js', 400);
    const body = `
      <script type="text/plain" data-consent="analytics" src="${T}/slow.js?name=slow-external"></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline-after-slow')</script>
      <script type="text/plain" data-consent="analytics" src="${T}/fast.js?name=fast-external"></script>
      <script type="text/plain" data-consent="advertising" src="${T}/ads.js?name=ads-external"></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline-last')</script>`;
    const page = await site.open({ config, body });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(5);
    expect(await ran(page)).toEqual(['slow-external', 'inline-after-slow', 'fast-external', 'ads-external', 'inline-last']);
  });

  test('a returning visitor\'s scripts run at load in order, before later page code sees them', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], config));
    const body = `
      <script type="text/plain" data-consent="analytics" src="${T}/a.js?name=a"></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('b')</script>
      <script type="text/plain" data-consent="advertising">window.__ran.push('ads')</script>`;
    const page = await site.open({ config, body });
    await expect.poll(() => ran(page)).toEqual(['a', 'b']);
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual(['a', 'b']);
  });

  test('data-type="module" restores a module script, keeping other attributes', async ({ site }) => {
    const body = `
      <script type="text/plain" data-type="module" data-consent="analytics" id="m" data-extra="x">window.__ran.push(typeof import.meta.url)</script>`;
    const page = await site.open({ config, body });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['string']);
    expect(await page.evaluate(() => [document.getElementById('m')!.getAttribute('type'), document.getElementById('m')!.dataset.extra])).toEqual(['module', 'x']);
  });

  test('elements added later are activated at once when allowed, and on consent when not', async ({ site }) => {
    const page = await site.open({ config, body: '<div id="slot"></div>' });
    await page.evaluate((T) => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'analytics';
      s.src = T + '/late.js?name=late';
      document.getElementById('slot')!.append(s);
      document.getElementById('slot')!.insertAdjacentHTML('beforeend', `<img data-consent="advertising" data-src="${T}/late.gif?name=late-img" alt="">`);
    }, T);
    await page.waitForTimeout(200);
    expect(site.thirdParty()).toEqual([]);
    await page.evaluate(() => window.Portcullis!.update({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['late']);
    await page.evaluate((T) => {
      document.body.insertAdjacentHTML('beforeend', `<div><script type="text/plain" data-consent="analytics" src="${T}/later.js?name=later"></script></div>`);
    }, T);
    await expect.poll(() => ran(page)).toEqual(['late', 'later']);
    expect(site.thirdParty().some((u) => u.includes('late-img'))).toBe(false);
  });

  test('a script already executable is left alone (only type="text/plain" is gated)', async ({ site }) => {
    const body = `<script data-consent="analytics">window.__own = (window.__own || 0) + 1</script>`;
    const page = await site.open({ config, body });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __own: number }).__own)).toBe(1);
  });

  test('activating many heavy scripts yields to the browser between them', async ({ site }) => {
    // Each script blocks for 30 ms, like a heavy tracker starting up. A frame requested right
    // after the click must get painted before the last script runs.
    const body = Array.from({ length: 10 }, (_, i) =>
      `<script type="text/plain" data-consent="analytics">{const end = performance.now() + 30; while (performance.now() < end); window.__ran.push('s${i}')}</script>`,
    ).join('');
    const page = await site.open({ config, body });
    const order = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          window.Portcullis!.acceptAll();
          requestAnimationFrame(() => seen.push('frame:' + ((window as unknown as { __ran?: string[] }).__ran || []).length));
          const check = () => (((window as unknown as { __ran?: string[] }).__ran || []).length == 10 ? resolve(seen) : setTimeout(check, 20));
          check();
        }),
    );
    expect(order).toHaveLength(1);
    expect(Number(order[0].split(':')[1])).toBeLessThan(10);
  });

  test('the call that allows tags, with its microtasks, ends before the first of them runs', async ({ site }) => {
    const body = `<script type="text/plain" data-consent="analytics">window.__ran.push('inline')</script>`;
    const page = await site.open({ config, body });
    // The cold path is loaded (the banner needs it), so the choice applies synchronously.
    await page.evaluate(() => window.Portcullis!.rejectAll());
    const seen = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const count = () => ((window as unknown as { __ran?: string[] }).__ran || []).length;
          window.Portcullis!.acceptAll();
          const inTask = [count()];
          let hops = 20;
          const hop = () => (inTask.push(count()), --hops ? queueMicrotask(hop) : resolve(inTask));
          queueMicrotask(hop);
        }),
    );
    expect(seen).toEqual(Array(21).fill(0));
    await expect.poll(() => ran(page)).toEqual(['inline']);
  });

  test('the page keeps working when a gated script throws or fails to load', async ({ site }) => {
    const body = `
      <script type="text/plain" data-consent="analytics" src="/missing.js"></script>
      <script type="text/plain" data-consent="analytics">throw new Error('tracker bug')</script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('after')</script>`;
    const page = await site.open({ config, body });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['after']);
    expect(site.errors).toEqual(['Error: tracker bug']);
  });
});
