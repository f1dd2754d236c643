import type { Page } from '@playwright/test';
import { expect, storedChoice, test } from './harness';

const vendors = [{ id: 'video', name: 'Tidecast video', category: 'personalization' }];
const config = (extra: object = {}) => ({ policyVersion: '1', regime: 'opt-in', vendors, ...extra });
const embed = `<p id="before">Before the video.</p>
  <div style="display:flex;gap:8px"><span>Side</span>
    <iframe data-consent="video" data-src="https://video.test/embed/1" width="480" height="270" title="Video: inside the lamp room"></iframe>
  </div>
  <p id="after">After the video.</p>`;
const placeholder = (page: Page) => page.locator('portcullis-placeholder');
const cls = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

test.describe('embed placeholders', () => {
  test('cover a blocked iframe in its own box, say what it needs, and cause no layout shift', async ({ site, page }) => {
    const c = config();
    await site.setCookie(storedChoice([], c));
    await site.open({ config: c, body: embed, head: '<style>body{margin:20px}</style>' });
    await expect(placeholder(page)).toHaveCount(1);
    const ph = placeholder(page);
    await expect(ph.getByText('Video: inside the lamp room')).toBeVisible();
    await expect(ph).toContainText('This content needs your consent for: Tidecast video.');
    const [a, b] = await Promise.all([ph.boundingBox(), page.locator('iframe').boundingBox()]);
    expect(a).toEqual(b);
    expect(b!.width).toBeGreaterThanOrEqual(480);
    expect(await page.locator('iframe').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await cls(page)).toBe(0);
    // No banner for a returning visitor: only the placeholder needed the UI.
    await expect(page.getByRole('region', { name: 'Cookies on this site' })).toHaveCount(0);
  });

  test('the button allows the vendor and loads it now, by keyboard', async ({ site, page }) => {
    const c = config();
    await site.setCookie(storedChoice([], c));
    await site.open({ config: c, body: embed });
    const allow = placeholder(page).getByRole('button', { name: 'Allow Tidecast video' });
    await expect(allow).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(allow).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(placeholder(page)).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveAttribute('src', 'https://video.test/embed/1');
    expect(await page.locator('iframe').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    // Focus goes to the embed the button was for.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(await page.evaluate(() => [window.Portcullis!.allowed('video'), window.Portcullis!.allowed('personalization')])).toEqual([true, false]);
    await expect(page.locator('portcullis-ui').getByRole('status')).toHaveText('Preferences saved');
  });

  test('"Cookie settings" in the placeholder opens the preference center', async ({ site, page }) => {
    const c = config();
    await site.setCookie(storedChoice([], c));
    await site.open({ config: c, body: embed });
    await placeholder(page).getByRole('button', { name: 'Cookie settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
  });

  test('any [data-consent][data-placeholder] element gets one, with its own text; it follows size changes', async ({ site, page }) => {
    const body = `<div id="map" data-consent="personalization" data-placeholder="The harbour map loads from Mapbox." style="width:300px;height:200px"></div>`;
    await site.open({ config: config(), body });
    await expect(placeholder(page)).toContainText('The harbour map loads from Mapbox.');
    await expect(placeholder(page).getByRole('button', { name: 'Allow Personalization' })).toBeVisible();
    await page.locator('#map').evaluate((el) => ((el as HTMLElement).style.width = '240px'));
    await expect.poll(async () => (await placeholder(page).boundingBox())!.width).toBe(240);
    // Choosing in the banner also removes it.
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect(placeholder(page)).toHaveCount(0);
  });

  test('an embed the page adds later gets one at once, and the UI loads for it only then', async ({ site, page }) => {
    const c = config();
    await site.setCookie(storedChoice([], c));
    await site.open({ config: c, body: '<main id="app"><p>Loading…</p></main>' });
    await page.waitForTimeout(300);
    // Nothing blocked on the page yet: a returning visitor needs no UI.
    expect(site.requests.filter((u) => u.includes('portcullis-ui'))).toEqual([]);
    // An app renders a video later, as single-page apps do.
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.setAttribute('data-consent', 'video');
      f.setAttribute('data-src', 'https://video.test/embed/2');
      f.title = 'Video: the night shift';
      f.width = '320';
      f.height = '180';
      document.getElementById('app')!.append(f);
    });
    await expect(placeholder(page)).toContainText('Video: the night shift');
    const [a, b] = await Promise.all([placeholder(page).boundingBox(), page.locator('iframe').boundingBox()]);
    expect(a).toEqual(b);
    // A second one, added while the UI is there, gets its own.
    await page.evaluate(() => document.getElementById('app')!.insertAdjacentHTML('beforeend', '<div data-consent="personalization" data-placeholder="The tide chart." style="width:200px;height:100px"></div>'));
    await expect(placeholder(page)).toHaveCount(2);
    await placeholder(page).first().getByRole('button', { name: 'Allow Tidecast video' }).click();
    await expect(page.locator('iframe')).toHaveAttribute('src', 'https://video.test/embed/2');
    await expect(placeholder(page)).toHaveCount(1);
    expect(site.errors).toEqual([]);
  });

  test('an allowed embed gets none, nor does a loaded one when consent is withdrawn', async ({ site, page }) => {
    const c = config();
    await site.setCookie(storedChoice(['personalization'], c));
    await site.open({ config: c, body: embed });
    await expect(page.locator('iframe')).toHaveAttribute('src', 'https://video.test/embed/1');
    await page.waitForTimeout(300);
    await expect(placeholder(page)).toHaveCount(0);
    await page.evaluate(() => window.Portcullis!.rejectAll());
    await page.waitForTimeout(300);
    await expect(placeholder(page)).toHaveCount(0);
  });
});
