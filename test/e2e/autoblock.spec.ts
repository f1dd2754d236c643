import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, ran, ROOT, test, type Site } from './harness';

const config = {
  policyVersion: '1',
  regime: 'opt-in',
  autoBlock: true,
  vendors: [
    { id: 'google-tag', name: 'Google tag', category: 'analytics', hosts: ['www.googletagmanager.com', '*.google-analytics.com'] },
    { id: 'meta-pixel', name: 'Meta Pixel', category: 'advertising', hosts: ['connect.facebook.net', 'www.facebook.com'] },
    { id: 'linkedin', name: 'LinkedIn Insight', category: 'advertising', hosts: ['snap.licdn.com', 'px.ads.linkedin.com'] },
    { id: 'hotjar', name: 'Hotjar', category: 'session_replay', hosts: ['*.hotjar.com'], cookies: ['_hj*'], storage: ['_hjRecording*'] },
    { id: 'youtube', name: 'YouTube', category: 'personalization', hosts: ['www.youtube.com'] },
    { id: 'vimeo', name: 'Vimeo', category: 'personalization', hosts: ['player.vimeo.com'] },
  ],
};
const snippets = readFileSync(path.join(ROOT, 'test/e2e/fixtures/vendor-snippets.html'), 'utf8');
const names = (urls: string[]) => urls.map((u) => new URL(u).searchParams.get('name')).filter(Boolean).sort();
// The HTML parser may request what the markup names before any script sees it (see README).
const PARSER = ['gtag-parser', 'youtube-parser'];
const afterParser = (site: Site) => names(site.thirdParty()).filter((n) => !PARSER.includes(n!));

test.describe('auto-blocking of unmarked tags', () => {
  test.beforeEach(({ site }, info) => {
    // Module scripts run after parsing: an ESM init() cannot stop tags that ran before it.
    if (site.variant == 'esm' && !/fetch|unrelated/.test(info.title)) test.skip();
  });

  test('nothing runs and nothing added by scripts is requested before consent', async ({ site }) => {
    const page = await site.open({ config, autoblock: true, body: snippets });
    await page.waitForTimeout(400);
    expect(await ran(page)).toEqual([]);
    expect(afterParser(site)).toEqual([]);
    // Blocked elements stay in the page, inert and marked for the gate.
    expect(await page.locator('#yt').getAttribute('src')).toBeNull();
    expect(await page.locator('#yt').getAttribute('data-consent')).toBe('youtube');
    expect(await page.locator('#markup img').first().getAttribute('data-src')).toContain('px.ads.linkedin.com');
    expect(site.errors).toEqual([]);
  });

  test('after consent everything is released, scripts in their original order, handlers intact', async ({ site }) => {
    const page = await site.open({ config, autoblock: true, body: snippets });
    await page.waitForTimeout(200);
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect.poll(() => ran(page)).toHaveLength(5);
    const order = await ran(page);
    expect([...order].sort()).toEqual(['gtag-parser', 'gtm', 'hotjar', 'linkedin', 'meta-pixel']);
    // Scripts that ran in order keep document order (the insight tag is prepended to
    // <body>, before the parser's tag); async ones keep running as they load, as before.
    expect(order.indexOf('linkedin')).toBeLessThan(order.indexOf('gtag-parser'));
    // The vendor's own onload handler, set on the element before it was blocked, fired.
    expect(await page.evaluate(() => (window as unknown as { __vendorOnload?: number }).__vendorOnload)).toBe(1);
    await expect.poll(() => afterParser(site)).toEqual(['gtm', 'hotjar', 'li-pixel', 'linkedin', 'meta-img', 'meta-pixel', 'vimeo', 'youtube-inner']);
    await expect(page.locator('#yt')).toHaveAttribute('src', /youtube-parser/);
    expect(site.errors).toEqual([]);
  });

  test('a vendor or category allowed alone releases only its tags', async ({ site }) => {
    const page = await site.open({ config, autoblock: true, body: snippets });
    await page.waitForTimeout(200);
    await page.evaluate(() => window.Portcullis!.update({ hotjar: true }));
    await expect.poll(() => ran(page)).toEqual(['hotjar']);
    await page.evaluate(() => window.Portcullis!.update({ personalization: true }));
    await expect.poll(() => afterParser(site)).toEqual(['hotjar', 'vimeo', 'youtube-inner']);
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual(['hotjar']);
  });

  test('a returning visitor\'s allowed vendors are never held', async ({ site }) => {
    const page = await site.open({ config, autoblock: true, body: snippets });
    await page.evaluate(() => window.Portcullis!.update({ analytics: true }));
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['gtag-parser', 'gtm']);
    expect(await page.locator('#yt').getAttribute('src')).toBeNull();
  });

  test('fetch, XMLHttpRequest, sendBeacon and new Image() fail like network errors and never leave', async ({ site }) => {
    const page = await site.open({ config, autoblock: true, body: '<p>requests</p>' });
    const results = await page.evaluate(async () => {
      const out: Record<string, unknown> = {};
      try {
        await fetch('https://region1.google-analytics.com/g/collect?name=fetch');
        out.fetch = 'resolved';
      } catch (e) {
        out.fetch = `${(e as Error).name}: ${(e as Error).message}`;
      }
      out.fetchRequest = await fetch(new Request('https://www.google-analytics.com/g/collect?name=fetch-request')).then(() => 'resolved', (e) => (e as Error).name);
      out.xhr = await new Promise((resolve) => {
        const x = new XMLHttpRequest();
        x.open('POST', 'https://static.hotjar.com/api?name=xhr');
        x.onerror = () => resolve(`error ${x.readyState} ${x.status}`);
        x.onload = () => resolve('load');
        x.send('x');
      });
      out.beacon = navigator.sendBeacon('https://www.facebook.com/tr?name=beacon', 'x');
      out.image = await new Promise((resolve) => {
        const img = new Image();
        img.onerror = () => resolve('error');
        img.onload = () => resolve('load');
        img.src = 'https://www.facebook.com/tr?name=image';
      });
      // First-party and unknown hosts are untouched.
      out.firstParty = (await fetch('/dist/portcullis.js')).status;
      out.unknown = (await fetch('https://cdn.unlisted.test/lib.js?name=unknown')).status;
      return out;
    });
    expect(results).toEqual({
      fetch: 'TypeError: Failed to fetch',
      fetchRequest: 'TypeError',
      xhr: 'error 4 0',
      beacon: true,
      image: 'error',
      firstParty: 200,
      unknown: 200,
    });
    expect(names(site.thirdParty())).toEqual(['unknown']);
    // Once allowed, the same calls go through.
    await page.evaluate(() => window.Portcullis!.acceptAll());
    const status = await page.evaluate(() => fetch('https://region1.google-analytics.com/g/collect?name=fetch-after').then((r) => r.status));
    expect(status).toBe(204);
    expect(site.errors).toEqual([]);
  });

  test('unrelated code behaves exactly as without auto-blocking', async ({ site }) => {
    const body = `<div id="out"></div><script>
      window.__log = [];
      const a = document.createElement('script');
      a.src = '/dist/portcullis-ui-fr.js?unrelated';
      a.onload = () => __log.push('onload');
      document.head.appendChild(a);
      const inline = document.createElement('script');
      inline.textContent = "__log.push('current:' + (document.currentScript && document.currentScript.id))";
      inline.id = 'mine';
      document.body.appendChild(inline);
      const img = new Image();
      img.onload = () => __log.push('img');
      img.src = 'https://cdn.unlisted.test/logo.gif';
      document.getElementById('out').innerHTML = '<b>kept</b>';
      __log.push(document.getElementById('out').innerHTML);
      __log.push(typeof fetch + ' ' + typeof XMLHttpRequest);
    </script>`;
    const page = await site.open({ config, autoblock: true, body });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __log: string[] }).__log.sort())).toEqual(
      ['<b>kept</b>', 'current:mine', 'function function', 'img', 'onload'].sort(),
    );
    expect(site.errors).toEqual([]);
  });

  test('without the auto-blocking file, autoBlock says what to add', async ({ site }) => {
    test.skip(site.variant == 'esm', 'the ESM build imports portcullis/autoblock instead');
    await site.open({ config, body: '<p>x</p>' });
    expect(site.console).toContain('warning: [portcullis] autoBlock needs portcullis-autoblock.js right before portcullis.js');
  });
});

test.describe('cleanup on withdrawal', () => {
  test('deletes declared cookies (globs included) on the host and parent domain, and storage keys', async ({ site, context }) => {
    const page = await site.open({ config, origin: 'http://www.site.test', path: '/blog/post', body: '<p>x</p>' });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await page.evaluate(() => {
      document.cookie = '_hjSession_123=a; path=/';
      document.cookie = '_hjSessionUser_123=b; path=/; domain=site.test';
      document.cookie = '_hjTLDTest=c; path=/blog; domain=.site.test';
      document.cookie = 'site_pref=keep; path=/';
      localStorage.setItem('_hjRecordingEnabled', '1');
      localStorage.setItem('site_state', 'keep');
    });
    const before = (await context.cookies('http://www.site.test/blog/post')).map((c) => c.name).sort();
    expect(before).toEqual(['_hjSessionUser_123', '_hjSession_123', '_hjTLDTest', 'portcullis', 'site_pref']);
    await page.evaluate(() => window.Portcullis!.update({ session_replay: false }));
    const after = (await context.cookies('http://www.site.test/blog/post')).map((c) => c.name).sort();
    expect(after).toEqual(['portcullis', 'site_pref']);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('portcullis')).sort())).toEqual(['site_state']);
  });

  test('reloadOnWithdraw reloads once when a category is withdrawn, not when one is granted', async ({ site }) => {
    const page = await site.open({ config: { ...config, reloadOnWithdraw: true }, body: '<p>x</p>' });
    let loads = 0;
    page.on('load', () => loads++);
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await page.waitForTimeout(300);
    expect(loads).toBe(0);
    await page.evaluate(() => window.Portcullis!.update({ analytics: false }));
    await expect.poll(() => loads).toBe(1);
    expect(await page.evaluate(() => window.Portcullis!.get().categories.analytics)).toBe(false);
  });
});
