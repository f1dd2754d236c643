/**
 * The configurator (`/configurator/` on the demo server) in real Chromium: a marketer builds
 * a config without writing JSON, the exported config gates exactly the chosen trackers on a
 * page, the draft survives a reload, validation and contrast warnings sit next to their
 * fields, the preview runs the real UI, and the page is keyboard usable and axe-clean.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../demo/serve.mjs';
import type { PortcullisConfig } from '../../src/types';
import { expect, ran, test } from './harness';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let server: DemoServer;

test.beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
test.afterAll(async () => {
  await server?.close();
});

/** A context of its own: the harness routes the default one to its test site. */
async function configurator(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + '/configurator/');
  await expect(page.getByRole('heading', { name: 'Trackers', exact: true })).toBeVisible();
  return page;
}

const vendor = (page: Page, name: string) => page.locator('fieldset.vendor').filter({ has: page.locator('legend', { hasText: name }) });
const preview = (page: Page) => page.frameLocator('iframe.preview-frame');

async function addFromCatalog(page: Page, query: string, name: string) {
  await page.getByLabel('Search the tracker catalog').fill(query);
  await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
  await expect(vendor(page, name)).toBeVisible();
}

async function exportJson(page: Page): Promise<{ text: string; config: PortcullisConfig }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('portcullis.config.json');
  const text = readFileSync((await download.path())!, 'utf8');
  return { text, config: JSON.parse(text) };
}

const STAND_INS = `
  <script type="text/plain" data-consent="google-analytics" src="https://www.google-analytics.com/analytics.js?name=ga"></script>
  <script type="text/plain" data-consent="hotjar" src="https://static.hotjar.com/c/hotjar.js?name=hotjar"></script>
  <script type="text/plain" data-consent="meta-pixel" src="https://connect.facebook.net/en_US/fbevents.js?name=meta"></script>`;

test('build a config, export it, and it gates exactly those trackers; a reload keeps the draft', async ({ browser, site, page }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const cfg = await configurator(context);
  const errors: string[] = [];
  cfg.on('pageerror', (e) => errors.push(e.message));

  await addFromCatalog(cfg, 'google analytics', 'Google Analytics 4');
  await addFromCatalog(cfg, 'hotjar', 'Hotjar');
  // Hotjar moves from session replay to personalization.
  await vendor(cfg, 'Hotjar').getByLabel('Category').selectOption('personalization');

  // Editing and preview language: German.
  await cfg.getByLabel('Language', { exact: true }).selectOption('de');
  await expect(cfg.getByLabel('Label (Deutsch)').first()).toBeVisible();
  await expect(preview(cfg).getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible({ timeout: 10_000 });

  await cfg.getByLabel('Buttons (accent)', { exact: true }).fill('#0b5e3c');
  await expect(cfg.locator('#issues')).toContainText('The config is valid');

  const { text, config } = await exportJson(cfg);
  expect(config.vendors!.map((v) => [v.id, v.category])).toEqual([
    ['google-analytics', 'analytics'],
    ['hotjar', 'personalization'],
  ]);
  expect(config.theme).toEqual({ accent: '#0b5e3c' });
  expect(config).not.toHaveProperty('language');
  await cfg.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(cfg.locator('#announcer')).toHaveText('Config JSON copied');
  expect(await cfg.evaluate(() => navigator.clipboard.readText())).toBe(text);
  // The preview runs that very config, accent included.
  await expect
    .poll(() => preview(cfg).locator('portcullis-ui').evaluate((el) => getComputedStyle(el).getPropertyValue('--portcullis-accent')))
    .toBe('#0b5e3c');

  // The exported config on a page with stand-in tags for both vendors and a third, unlisted one.
  await site.open({ config, body: STAND_INS });
  expect(await ran(page)).toEqual([]);
  expect(site.thirdParty()).toEqual([]);
  await page.evaluate(() => window.Portcullis!.update({ personalization: true }));
  await expect.poll(() => ran(page)).toEqual(['hotjar']);
  await page.evaluate(() => window.Portcullis!.acceptAll());
  await expect.poll(() => ran(page)).toEqual(['hotjar', 'ga']);
  await page.waitForTimeout(300);
  expect(await ran(page)).not.toContain('meta');
  expect(site.thirdParty().some((u) => u.includes('facebook'))).toBe(false);

  // Reload: the draft is intact.
  await cfg.reload();
  await expect(vendor(cfg, 'Google Analytics 4')).toBeVisible();
  await expect(vendor(cfg, 'Hotjar').getByLabel('Category')).toHaveValue('personalization');
  await expect(cfg.getByLabel('Language', { exact: true })).toHaveValue('de');
  await expect(cfg.getByLabel('Buttons (accent)', { exact: true })).toHaveValue('#0b5e3c');
  expect(await cfg.locator('#export-json').textContent()).toBe(text);
  expect(errors).toEqual([]);
  await context.close();
});

test('a validation error is shown next to its field, and the summary link focuses it', async ({ browser }) => {
  const context = await browser.newContext();
  const cfg = await configurator(context);
  await cfg.getByRole('button', { name: '+ Add a custom vendor' }).click();
  const id = vendor(cfg, 'New vendor').getByLabel('Id', { exact: true });
  await id.fill('bad id!');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await id.getAttribute('aria-describedby'))!.split(' ');
  const message = cfg.locator(`[id="${describedBy.at(-1)}"]`);
  await expect(message).toContainText('vendors[0].id is "bad id!"; expected letters, digits, _ or -');
  await expect(vendor(cfg, 'New vendor').locator('.field-issues')).toBeVisible();

  await cfg.getByLabel('Policy version').fill('');
  const summary = cfg.locator('#issues');
  await expect(summary.getByRole('heading')).toContainText('2 errors');
  await summary.getByRole('link', { name: 'policyVersion is missing' }).click();
  await expect(cfg.getByLabel('Policy version')).toBeFocused();
  await summary.getByRole('link', { name: /^vendors\[0\]\.id/ }).click();
  await expect(id).toBeFocused();
  await context.close();
});

test('a low-contrast color gets a warning next to it', async ({ browser }) => {
  const context = await browser.newContext();
  const cfg = await configurator(context);
  const accent = cfg.getByLabel('Buttons (accent)', { exact: true });
  const row = cfg.locator('.color-row').filter({ has: accent });
  await expect(row.locator('.contrast-warn')).toHaveCount(0);
  await accent.fill('#cccccc');
  await expect(row.locator('.contrast-warn')).toContainText('Button text on buttons: 1.6');
  await expect(row.locator('.contrast-warn')).toContainText('below 4.5:1');
  expect(await accent.getAttribute('aria-describedby')).toContain('contrast');
  await row.getByRole('button', { name: /Reset Buttons/ }).click();
  await expect(row.locator('.contrast-warn')).toHaveCount(0);
  await context.close();
});

test('the preview runs the real UI: regime, GPC, dark, Arabic and the preference center', async ({ browser }) => {
  const context = await browser.newContext();
  const cfg = await configurator(context);
  await cfg.getByRole('button', { name: /^US e-commerce/ }).click();
  await cfg.getByLabel('Region', { exact: true }).selectOption('US-CA');
  await cfg.getByLabel('Simulate a browser that sends Global Privacy Control').check();
  await expect(preview(cfg).getByText('Opt-Out Request Honored')).toBeVisible({ timeout: 10_000 });

  await cfg.getByLabel('Language', { exact: true }).selectOption('ar');
  await cfg.getByRole('radio', { name: 'Dark' }).check();
  const banner = preview(cfg).locator('portcullis-ui .banner');
  await expect.poll(() => banner.evaluate((el) => [el.closest('[dir]')?.getAttribute('dir'), getComputedStyle(el).backgroundColor])).toEqual(['rtl', 'rgb(27, 30, 36)']);

  await cfg.getByRole('button', { name: 'Open the preference center' }).click();
  await expect(preview(cfg).getByRole('dialog')).toBeVisible();
  await cfg.getByRole('radio', { name: '375 px' }).check();
  await expect(cfg.locator('iframe.preview-frame')).toHaveCSS('width', '375px');
  // Rebuilt after a change, it stays on the preference center.
  await expect(preview(cfg).getByRole('dialog')).toBeVisible();
  await context.close();
});

test('a scan report adds its vendors; hosts it could not name become custom vendors', async ({ browser }) => {
  const context = await browser.newContext();
  const cfg = await configurator(context);
  const report = { findings: [{ catalogId: 'tiktok-pixel' }, { catalogId: 'intercom' }, { host: 'px.unknown.example', catalogId: null }] };
  await cfg.getByLabel('Paste a config or a scan report (JSON)').fill(JSON.stringify(report));
  await cfg.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(cfg.locator('#import-result')).toContainText('Scan report: 2 vendors added.');
  await expect(vendor(cfg, 'TikTok Pixel')).toBeVisible();
  // Intercom is filed under functional, which the draft now declares.
  await expect(vendor(cfg, 'Intercom').getByLabel('Category')).toHaveValue('functional');
  await cfg.getByRole('button', { name: 'Add px.unknown.example as a custom vendor' }).click();
  await expect(vendor(cfg, 'px.unknown.example')).toBeVisible();
  await expect(vendor(cfg, 'px.unknown.example').getByLabel('Name', { exact: true })).toBeFocused();
  await expect(cfg.locator('#issues')).toContainText('The config is valid');
  await context.close();
});

test('keyboard: skip link, catalog search, category, export and a reset that asks first', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const cfg = await configurator(context);
  /** Presses Tab until `target` has focus. */
  const tabTo = async (target: Locator, max = 80) => {
    for (let i = 0; i < max; i++) {
      await cfg.keyboard.press('Tab');
      if (await target.evaluate((el) => el == document.activeElement)) return;
    }
    throw new Error('never reached by Tab');
  };

  await cfg.keyboard.press('Tab');
  await expect(cfg.getByRole('link', { name: 'Skip to the editor' })).toBeFocused();
  await cfg.keyboard.press('Enter');
  await expect(cfg.locator('#editor')).toBeFocused();

  await tabTo(cfg.getByLabel('Search the tracker catalog'));
  await cfg.keyboard.type('hotjar');
  await tabTo(cfg.getByRole('button', { name: 'Add Hotjar' }));
  await cfg.keyboard.press('Enter');
  await expect(vendor(cfg, 'Hotjar')).toBeVisible();
  const category = vendor(cfg, 'Hotjar').getByLabel('Category');
  await tabTo(category);
  await cfg.keyboard.press('p');
  await expect(category).toHaveValue('personalization');

  await tabTo(cfg.getByRole('button', { name: 'Download JSON' }), 400);
  const [download] = await Promise.all([cfg.waitForEvent('download'), cfg.keyboard.press('Enter')]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).vendors[0]).toMatchObject({ id: 'hotjar', category: 'personalization' });

  const reset = cfg.getByRole('button', { name: 'Reset…' });
  await reset.focus();
  await cfg.keyboard.press('Enter');
  const dialog = cfg.getByRole('dialog', { name: 'Discard the draft?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await cfg.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(vendor(cfg, 'Hotjar')).toBeVisible();
  await cfg.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await cfg.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Discard draft' })).toBeFocused();
  await cfg.keyboard.press('Enter');
  await expect(vendor(cfg, 'Hotjar')).toHaveCount(0);
  await expect(cfg.locator('#announcer')).toHaveText('Draft discarded; started empty');
  await context.close();
});

/** axe-core's WCAG 2.2 A/AA violations on the page (and the preview frame unless excluded). */
async function violations(page: Page, exclude?: string): Promise<string[]> {
  // From the top: axe counts a control under the sticky header as too small a target.
  await page.evaluate(() => scrollTo(0, 0));
  const axe = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (exclude ? axe.exclude(exclude) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [1280, 1024])
  test(`no WCAG 2.2 A/AA violations at ${width} px, with errors and warnings showing`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const cfg = await configurator(context);
    await cfg.getByRole('button', { name: /^EU and US/ }).click();
    await cfg.getByRole('button', { name: '+ Add a custom vendor' }).click();
    await cfg.getByLabel('Policy version').fill('');
    await cfg.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expect(preview(cfg).locator('portcullis-ui .banner')).toBeVisible({ timeout: 10_000 });
    expect(await violations(cfg)).toEqual([]);
    // Nothing scrolls sideways but the translation grid, inside its own box.
    expect(await cfg.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

    // With contrast warnings; the preview then shows the site's own low-contrast theme, which is the point of the warning.
    await cfg.getByLabel('Buttons (accent)', { exact: true }).fill('#cccccc');
    await expect(cfg.locator('.contrast-warn').first()).toBeVisible();
    expect(await violations(cfg, 'iframe.preview-frame')).toEqual([]);
    await context.close();
  });
