/**
 * The demo publisher page (`demo/`, `npm run demo`) in real Chromium: stand-in trackers on
 * a truly third-party origin stay silent until consent, then run; the tracker monitor and
 * the footer links work; the demo server serves what it should and nothing else.
 */
import { request as httpRequest } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../demo/serve.mjs';

declare global {
  interface Window {
    __uiViews?: unknown[];
  }
}

const STAND_INS = ['analytics', 'ads', 'replay', 'personalize'] as const;

let server: DemoServer;

test.beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});

test.afterAll(async () => {
  await server?.close();
});

/** Every request the page sends to the tracker origin, as a path, seen from the browser. */
function trackerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(server.trackerUrl + '/'))
      seen.push(r.url().slice(server.trackerUrl.length));
  });
  return seen;
}

/** Beacon paths the tracker host received since `from` (an index into `server.beacons`). */
const beaconsSince = (from: number) => server.beacons.slice(from).map((b) => b.url);

const monitor = (page: Page) => page.locator('#demo-monitor');
const trackerRow = (page: Page, id: string) => monitor(page).locator(`[data-tracker="${id}"]`);

async function openMonitor(page: Page) {
  const toggle = monitor(page).getByRole('button', { name: /Tracker monitor/ });
  if ((await toggle.getAttribute('aria-expanded')) != 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('nothing reaches the tracker host before consent; after acceptAll every stand-in runs', async ({
  page,
  context,
}) => {
  const errors = pageErrors(page);
  const seen = trackerRequests(page);
  const requestsBefore = server.requests.length;
  const beaconsBefore = server.beacons.length;

  await page.goto(server.url + '/');
  await page.waitForLoadState('networkidle');
  await openMonitor(page);

  expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({
    decided: false,
    regime: 'opt-in',
  });
  for (const id of STAND_INS) {
    await expect(trackerRow(page, id)).toHaveAttribute('data-state', 'blocked');
    await expect(trackerRow(page, id)).toContainText('blocked');
  }
  await expect(monitor(page).locator('#monitor-requests li')).toHaveCount(0);
  expect(seen).toEqual([]);
  expect(server.requests.slice(requestsBefore)).toEqual([]);
  expect(await page.evaluate(() => typeof (window as { gtag?: unknown }).gtag)).toBe('undefined');
  expect((await context.cookies()).map((c) => c.name)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/^(_sa_id|_adpx|_pz)/)]),
  );

  await page.evaluate(() => window.Portcullis!.acceptAll());

  for (const id of STAND_INS)
    await expect(trackerRow(page, id)).toHaveAttribute('data-state', 'ran');
  await expect(trackerRow(page, 'video')).toHaveAttribute('data-state', 'ran');
  // The inline `gtag('config', …)` ran only after analytics.js had defined gtag.
  await expect(trackerRow(page, 'analytics')).toContainText(
    "gtag('config', 'DEMO-1') ran after the library loaded",
  );

  await expect
    .poll(() => beaconsSince(beaconsBefore))
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/collect\?t=pageview&/),
        expect.stringMatching(/^\/collect\?t=config&tid=DEMO-1&/),
        expect.stringMatching(/^\/pixel\.gif\?ev=PageView&/),
        expect.stringMatching(/^\/pixel\.gif\?ev=ViewContent&src=img$/),
        expect.stringMatching(/^\/collect\?t=replay&/),
        expect.stringMatching(/^\/collect\?t=embed_view&/),
      ]),
    );
  expect(server.requests.slice(requestsBefore).map((r) => r.path)).toEqual(
    expect.arrayContaining([
      '/analytics.js',
      '/ads.js',
      '/replay.js',
      '/personalize.js',
      '/recs.json',
      '/video.html',
    ]),
  );

  const requests = monitor(page).locator('#monitor-requests');
  for (const path of [
    '/analytics.js',
    '/collect?t=pageview',
    '/pixel.gif?ev=PageView',
    '/collect?t=replay',
    '/recs.json',
  ])
    await expect(requests).toContainText(path);
  await expect(requests).toBeVisible();

  await expect(page.locator('[data-personalize-slot]')).toContainText('Picked by Tailor');
  const cookies = (await context.cookies()).map((c) => c.name);
  expect(cookies).toEqual(
    expect.arrayContaining(['_sa_id', '_sa_id_XYZ', '_adpx', '_pz', 'portcullis']),
  );
  for (const name of ['_sa_id', '_adpx', '_pz', 'portcullis', '_replay_session'])
    await expect(monitor(page).locator(`#monitor-storage [data-name="${name}"]`)).toBeVisible();
  await expect(monitor(page)).toContainText(/Decided\s*yes/);
  expect(errors).toEqual([]);
});

test('the footer links open the preference center', async ({ page }) => {
  await page.goto(server.url + '/');
  await page.evaluate(() => {
    window.__uiViews = [];
    document.addEventListener('portcullis:ui', (e) =>
      window.__uiViews!.push((e as CustomEvent).detail.view),
    );
  });
  const footer = page.getByRole('contentinfo');
  for (const name of ['Cookie settings', 'Your Privacy Choices']) {
    await page.evaluate(() => (window.__uiViews!.length = 0));
    await footer.getByRole('link', { name }).click();
    await expect.poll(() => page.evaluate(() => window.__uiViews)).toContain('preferences');
    // The preference center is modal: close it before using the page again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.__uiViews!.at(-1))).not.toBe('preferences');
  }
  expect(new URL(page.url()).hash).toBe('');
});

test('the privacy page reads the same config from data-config', async ({ page }) => {
  await page.goto(server.url + '/');
  const inline = await page.evaluate(() => window.portcullisConfig);
  const file = await (await page.request.get(server.url + '/consent.json')).json();
  expect(file).toEqual(inline);

  await page.goto(server.url + '/privacy.html');
  await page.evaluate(() => {
    window.__uiViews = [];
    document.addEventListener('portcullis:ui', (e) =>
      window.__uiViews!.push((e as CustomEvent).detail.view),
    );
  });
  await page.getByRole('button', { name: 'Open cookie settings' }).click();
  await expect.poll(() => page.evaluate(() => window.__uiViews)).toContain('preferences');
  expect(await page.evaluate(() => window.Portcullis!.get().policyVersion)).toBe('2025-06');
});

test('?region=US-CA is opt-out: the stand-ins run without a choice', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto(server.url + '/?region=US-CA');
  await openMonitor(page);
  expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({
    decided: false,
    regime: 'opt-out',
    region: 'US-CA',
  });
  for (const id of STAND_INS)
    await expect(trackerRow(page, id)).toHaveAttribute('data-state', 'ran');
  await expect(monitor(page).getByRole('link', { name: 'US-CA' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(errors).toEqual([]);
});

test('?region=US-CA with Global Privacy Control: advertising stays blocked', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => true,
      configurable: true,
    }),
  );
  const seen = trackerRequests(page);
  await page.goto(server.url + '/?region=US-CA');
  await openMonitor(page);
  for (const id of ['analytics', 'replay', 'personalize'])
    await expect(trackerRow(page, id)).toHaveAttribute('data-state', 'ran');
  await expect(trackerRow(page, 'ads')).toHaveAttribute('data-state', 'blocked');
  await expect(monitor(page)).toContainText(/GPC\s*sent · honored/);
  expect(seen.filter((p) => p.startsWith('/ads.js') || p.startsWith('/pixel.gif'))).toEqual([]);
});

test('a region that is not an ISO 3166 code is ignored', async ({ page }) => {
  await page.goto(server.url + '/?region=' + encodeURIComponent('"><script>'));
  expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({
    region: null,
    regime: 'opt-in',
  });
  await page.goto(server.url + '/?region=de');
  expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({
    region: 'DE',
    regime: 'opt-in',
  });
});

test('the monitor demo controls call the API', async ({ page }) => {
  await page.goto(server.url + '/');
  await openMonitor(page);
  const controls = monitor(page);
  await controls.getByRole('button', { name: 'Accept all' }).click();
  for (const id of STAND_INS)
    await expect(trackerRow(page, id)).toHaveAttribute('data-state', 'ran');

  await controls.getByRole('button', { name: 'Reject all' }).click();
  expect(await page.evaluate(() => window.Portcullis!.get().decided)).toBe(true);
  // Code that already ran cannot be unloaded; the monitor says so.
  for (const id of STAND_INS)
    await expect(trackerRow(page, id)).toHaveAttribute('data-state', 'withdrawn');

  await controls.getByRole('button', { name: 'Reset' }).click();
  expect(await page.evaluate(() => window.Portcullis!.get().decided)).toBe(false);

  // Keyboard: Escape collapses the panel and returns focus to its toggle.
  await controls.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Escape');
  const toggle = controls.getByRole('button', { name: /Tracker monitor/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

/** A GET with the path sent exactly as written (no URL normalization). */
function rawGet(
  base: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

test('the demo server serves its folders, uncached, and nothing outside them', async () => {
  const loader = await rawGet(server.url, '/portcullis/portcullis.js');
  expect(loader.status).toBe(200);
  expect(loader.headers['content-type']).toMatch(/^text\/javascript/);
  expect(loader.headers['cache-control']).toBe('no-store');
  expect((await rawGet(server.url, '/demo.css')).headers['content-type']).toMatch(/^text\/css/);
  expect((await rawGet(server.trackerUrl, '/pixel.gif')).headers['content-type']).toBe('image/gif');

  for (const path of [
    '/..%2f..%2fpackage.json',
    '/portcullis/..%2fpackage.json',
    '/portcullis/..%2f..%2f.git%2fconfig',
    '/x%00.html',
  ])
    expect((await rawGet(server.url, path)).status, path).toBe(403);
  expect((await rawGet(server.url, '/../package.json')).status).toBe(404);
  expect((await rawGet(server.trackerUrl, '/..%2fserve.mjs')).status).toBe(403);
  // The stand-ins exist only on the third-party origin.
  expect((await rawGet(server.url, '/trackers/analytics.js')).status).toBe(404);
});
