import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const config = (extra: object = {}) => ({ policyVersion: '1', regime: 'opt-in', ...extra });
const setLang = (lang: string | null) =>
  `<script>${lang == null ? 'document.documentElement.removeAttribute("lang")' : `document.documentElement.lang = ${JSON.stringify(lang)}`}</script>`;
const languageFiles = (requests: string[]) => requests.filter((u) => /portcullis-ui-\w+\.js|\/(es|fr|de|it|nl|pt|pl|ar)-[\w-]+\.js/.test(u));
const rejectButton = (page: Page) => page.locator('portcullis-ui .banner button').nth(1);

const EXPECTED: Record<string, [title: string, reject: string]> = {
  en: ['Cookies on this site', 'Reject all'],
  es: ['Cookies en este sitio', 'Rechazar todo'],
  fr: ['Cookies sur ce site', 'Tout refuser'],
  de: ['Cookies auf dieser Website', 'Alle ablehnen'],
  it: ['Cookie su questo sito', 'Rifiuta tutti'],
  nl: ['Cookies op deze website', 'Alles weigeren'],
  pt: ['Cookies neste site', 'Rejeitar todos'],
  pl: ['Pliki cookie w tym serwisie', 'Odrzuć wszystkie'],
  ar: ['ملفات تعريف الارتباط على هذا الموقع', 'رفض الكل'],
};

test.describe('languages', () => {
  for (const [lang, [title, reject]] of Object.entries(EXPECTED))
    test(`${lang}: built in, and only that language is downloaded`, async ({ site, page }) => {
      await site.open({ config: config({ language: lang }) });
      await expect(page.getByRole('region', { name: title })).toBeVisible();
      await expect(rejectButton(page)).toHaveText(reject);
      await expect(page.locator('portcullis-ui .ui')).toHaveAttribute('lang', lang);
      await expect(page.locator('portcullis-ui .ui')).toHaveAttribute('dir', lang == 'ar' ? 'rtl' : 'ltr');
      expect(languageFiles(site.requests)).toHaveLength(lang == 'en' ? 0 : 1);
    });

  test('without config.language, <html lang> decides', async ({ site, page }) => {
    await site.open({ config: config(), head: setLang('fr-CA') });
    await expect(rejectButton(page)).toHaveText('Tout refuser');
  });

  test.describe('then the browser, by primary subtag', () => {
    test.use({ locale: 'pt-BR' });
    test('pt-BR gets Portuguese', async ({ site, page }) => {
      await site.open({ config: config(), head: setLang(null) });
      await expect(rejectButton(page)).toHaveText('Rejeitar todos');
    });
  });

  test.describe('an unsupported language', () => {
    test.use({ locale: 'sv-SE' });
    test('falls back to English and downloads nothing', async ({ site, page }) => {
      await site.open({ config: config(), head: setLang('sv') });
      await expect(rejectButton(page)).toHaveText('Reject all');
      await page.waitForTimeout(200);
      expect(languageFiles(site.requests)).toEqual([]);
    });
  });

  test('config.translations overrides any string, and can add a language', async ({ site, page }) => {
    await site.open({ config: config({ language: 'de', translations: { de: { rejectAll: 'Nein, danke' } } }) });
    await expect(rejectButton(page)).toHaveText('Nein, danke');
    await expect(page.locator('portcullis-ui .banner button').first()).toHaveText('Alle akzeptieren');
    const sv = { title: 'Kakor på webbplatsen', acceptAll: 'Godkänn alla', rejectAll: 'Avvisa alla', cat_analytics: 'Statistik' };
    await site.open({ config: config({ language: 'sv', translations: { sv } }), path: '/sv' });
    await expect(page.getByRole('region', { name: 'Kakor på webbplatsen' })).toBeVisible();
    await expect(rejectButton(page)).toHaveText('Avvisa alla');
    await page.evaluate(() => window.Portcullis!.openPreferences());
    await expect(page.getByRole('switch', { name: 'Statistik' })).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Advertising' })).toBeVisible();
  });

  test('a language file that fails to load leaves the UI in English, with a console message', async ({ site, page }) => {
    test.skip(site.variant != 'iife', 'the ESM build bundles its languages');
    site.serve('/dist/portcullis-ui-es.js', 'not found', 'text/plain', {});
    await page.route('**/portcullis-ui-es.js*', (route) => route.fulfill({ status: 404, body: '' }));
    await site.open({ config: config({ language: 'es' }) });
    await expect(rejectButton(page)).toHaveText('Reject all');
    expect(site.console.some((l) => l.startsWith('warning: [portcullis]') && l.includes('portcullis-ui-es.js'))).toBe(true);
    expect(site.errors).toEqual([]);
  });
});
