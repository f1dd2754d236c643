/**
 * axe-core with the WCAG 2.2 A/AA rules reports nothing on the banner, the preference center
 * and a placeholder, in light, dark and right-to-left.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, storedChoice, test } from './harness';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const vendors = [
  {
    id: 'ga',
    name: 'Google Analytics',
    category: 'analytics',
    purpose: 'Counts visits.',
    cookies: [{ name: '_ga', purpose: 'Tells visitors apart', duration: '2 years' }],
    policyUrl: 'https://policies.google.com/privacy',
  },
  { id: 'video', name: 'Tidecast video', category: 'personalization' },
];
const body = `<a href="#main">Skip to main content</a><main id="main"><h1>News</h1><p>Article text.</p>
  <iframe data-consent="video" data-src="https://video.test/embed/1" width="480" height="270" title="Video"></iframe></main>`;

/** Violations inside Portcullis' own elements (the page around is the site's business). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('portcullis-ui').include('portcullis-placeholder').withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SCHEMES = [
  { name: 'light', colorScheme: 'light' as const },
  { name: 'dark', colorScheme: 'dark' as const },
  { name: 'right-to-left', colorScheme: 'light' as const, language: 'ar' },
  { name: 'right-to-left dark', colorScheme: 'dark' as const, language: 'ar' },
];

for (const s of SCHEMES)
  test.describe(`accessibility (${s.name})`, () => {
    test.beforeEach(async ({ page }) => page.emulateMedia({ colorScheme: s.colorScheme }));

    for (const regime of ['opt-in', 'opt-out', 'notice'])
      test(`banner, ${regime}: no WCAG 2.2 A/AA violations`, async ({ site, page }) => {
        await site.open({ config: { policyVersion: '1', regime, vendors, privacyPolicyUrl: '/privacy', language: s.language }, body });
        await expect(page.locator('portcullis-ui').locator('.banner')).toBeVisible();
        await page.waitForTimeout(300);
        expect(await violations(page)).toEqual([]);
      });

    test('preference center with vendors open: no WCAG 2.2 A/AA violations', async ({ site, page }) => {
      await site.open({ config: { policyVersion: '1', regime: 'opt-in', vendors, privacyPolicyUrl: '/privacy', language: s.language }, body });
      await page.evaluate(() => window.Portcullis!.openPreferences());
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      for (const summary of await dialog.locator('summary').all()) await summary.click();
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
    });

    test('opt-out preference center with GPC honored, and a placeholder: no violations', async ({ site, page }) => {
      await site.signals({ gpc: true });
      const config = { policyVersion: '1', regime: 'opt-out', vendors, language: s.language, ui: { reopenButton: true } };
      await site.setCookie(storedChoice([], config));
      await site.open({ config, body });
      await expect(page.locator('portcullis-placeholder').getByRole('button').first()).toBeVisible();
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => window.Portcullis!.openPreferences());
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
    });
  });

test('Arabic sets right-to-left on the UI and mirrors the layout', async ({ site, page }) => {
  await site.open({ config: { policyVersion: '1', regime: 'opt-in', language: 'ar', ui: { reopenButton: true } }, body });
  const box = page.locator('portcullis-ui').locator('.ui');
  await expect(box).toHaveAttribute('dir', 'rtl');
  await expect(box).toHaveAttribute('lang', 'ar');
  await page.evaluate(() => window.Portcullis!.openPreferences());
  // The switch knob sits at the inline start: on the right in RTL.
  const knob = await page
    .getByRole('switch', { name: 'التحليلات' })
    .evaluate((el) => [el.getBoundingClientRect().right, parseFloat(getComputedStyle(el, '::after').right)]);
  expect(knob[1]).toBeLessThan(10);
});
