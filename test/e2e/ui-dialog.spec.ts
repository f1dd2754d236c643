import type { Page } from '@playwright/test';
import { expect, ran, storedChoice, test } from './harness';

const vendors = [
  {
    id: 'ga',
    name: 'Google Analytics',
    category: 'analytics',
    purpose: 'Counts visits.',
    cookies: [{ name: '_ga', purpose: 'Tells visitors apart', duration: '2 years', domain: '.site.test' }, '_gid'],
    policyUrl: 'https://policies.google.com/privacy',
  },
  { id: 'px', name: 'AdPixel', category: 'advertising' },
];
const body = `<a href="#main">Skip to main content</a><main id="main"><p>Article</p>
  <button type="button" id="mine" data-portcullis-open>Cookie settings</button></main>
  <script type="text/plain" data-consent="analytics">window.__ran.push('analytics')</script>
  <script type="text/plain" data-consent="ga">window.__ran.push('ga')</script>
  <script type="text/plain" data-consent="advertising">window.__ran.push('advertising')</script>`;
const config = (extra: object = {}) => ({ policyVersion: '1', regime: 'opt-in', vendors, ...extra });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Privacy preferences' });
const sw = (page: Page, name: string) => dialog(page).getByRole('switch', { name, exact: true });
/** Text of the element that has focus, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? el.getAttribute('aria-label') || (el.textContent || '').trim() : null;
  });

test.describe('preference center', () => {
  test('a modal dialog: focus moves in, Tab and Shift+Tab wrap, Escape closes, focus returns', async ({ site, page }) => {
    await site.open({ config: config(), body });
    const manage = page.getByRole('button', { name: 'Manage preferences' });
    await manage.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    expect(await dialog(page).evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await focused(page)).toBe('Privacy preferences');
    // Forward: the controls in order, then back to the first.
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      seen.push((await focused(page))!);
    }
    expect(seen.slice(0, 3)).toEqual(['Close', '', '']); // close, then the first switches (named by their headings)
    const first = seen.indexOf('Close');
    const wrap = seen.indexOf('Close', first + 1);
    expect(seen[wrap - 1]).toBe('Save choices');
    expect(seen.slice(wrap - 3, wrap)).toEqual(['Accept all', 'Reject all', 'Save choices']);
    // Backward from the first control wraps to the last.
    while ((await focused(page)) != 'Close') await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Save choices');
    // Nothing outside is reachable while it is open.
    expect(await page.evaluate(() => document.activeElement!.tagName)).toBe('PORTCULLIS-UI');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(manage).toBeFocused();
    await expect(page.getByRole('region', { name: 'Cookies on this site' })).toBeVisible();
  });

  test('the page behind is inert', async ({ site, page }) => {
    await site.open({ config: config(), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    await expect(dialog(page)).toBeVisible();
    const clickable = await page.locator('#mine').click({ timeout: 1000, trial: true }).then(
      () => true,
      () => false,
    );
    expect(clickable).toBe(false);
    // Inert content cannot even take focus from script.
    expect(await page.locator('#mine').evaluate((el) => ((el as HTMLElement).focus(), document.activeElement == el))).toBe(false);
  });

  test('one switch per category; necessary on and locked; Space toggles; Save choices applies and announces', async ({ site, page }) => {
    await site.open({ config: config(), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    // Vendor switches sit inside the collapsed "Vendors and cookies" disclosures.
    await expect(dialog(page).getByRole('switch')).toHaveCount(5);
    await expect(sw(page, 'Strictly necessary')).toHaveAttribute('aria-checked', 'true');
    await expect(sw(page, 'Strictly necessary')).toHaveAttribute('aria-disabled', 'true');
    await sw(page, 'Strictly necessary').focus();
    await page.keyboard.press('Space');
    await expect(sw(page, 'Strictly necessary')).toHaveAttribute('aria-checked', 'true');
    for (const name of ['Analytics', 'Advertising', 'Session replay', 'Personalization'])
      await expect(sw(page, name)).toHaveAttribute('aria-checked', 'false');
    await sw(page, 'Analytics').focus();
    await page.keyboard.press('Space');
    await expect(sw(page, 'Analytics')).toHaveAttribute('aria-checked', 'true');
    await expect(sw(page, 'Analytics')).toHaveAccessibleDescription('Measure how the site is used, so we can improve it.');
    await dialog(page).getByRole('button', { name: 'Save choices' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.locator('portcullis-ui').getByRole('status')).toHaveText('Preferences saved');
    await expect.poll(() => ran(page)).toEqual(['analytics', 'ga']);
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ decided: true, categories: { analytics: true, advertising: false } });
  });

  test('per-vendor switches with name, purpose, policy link and cookie table', async ({ site, page }) => {
    await site.open({ config: config(), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    const summary = dialog(page).getByText('Vendors and cookies (1)').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    const ga = dialog(page).getByRole('listitem').filter({ hasText: 'Google Analytics' });
    await expect(ga.getByText('Counts visits.')).toBeVisible();
    await expect(ga.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://policies.google.com/privacy');
    await expect(ga.getByRole('columnheader')).toHaveText(['Cookie', 'Purpose', 'Duration', 'Domain']);
    await expect(ga.getByRole('cell')).toHaveText(['_ga', 'Tells visitors apart', '2 years', '.site.test', '_gid', '–', '–', '–']);
    // The category on, one vendor off: only the category's code runs.
    await sw(page, 'Analytics').click();
    await expect(sw(page, 'Google Analytics')).toHaveAttribute('aria-checked', 'true');
    await sw(page, 'Google Analytics').click();
    await dialog(page).getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    expect(await page.evaluate(() => [window.Portcullis!.allowed('analytics'), window.Portcullis!.allowed('ga')])).toEqual([true, false]);
  });

  test('Accept all and Reject all in the dialog', async ({ site, page }) => {
    await site.open({ config: config(), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    await dialog(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(dialog(page)).toBeHidden();
    expect(await page.evaluate(() => window.Portcullis!.get().categories.advertising)).toBe(true);
    await page.evaluate(() => window.Portcullis!.openPreferences());
    await expect(sw(page, 'Advertising')).toHaveAttribute('aria-checked', 'true');
    await dialog(page).getByRole('button', { name: 'Reject all' }).click();
    expect(await page.evaluate(() => window.Portcullis!.get().categories.advertising)).toBe(false);
  });

  test('opens from a [data-portcullis-open] element and returns focus to it', async ({ site, page }) => {
    const c = config();
    await site.setCookie(storedChoice(['analytics'], c));
    await site.open({ config: c, body });
    await page.locator('#mine').focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await expect(sw(page, 'Analytics')).toHaveAttribute('aria-checked', 'true');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.locator('#mine')).toBeFocused();
  });

  test('opt-out: a "Do Not Sell or Share" switch controls every sale/sharing category', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-out' }), body });
    await page.getByRole('button', { name: 'Manage choices' }).click();
    const dnss = sw(page, 'Do Not Sell or Share My Personal Information');
    await expect(dnss).toHaveAttribute('aria-checked', 'false');
    await expect(dnss).toHaveAccessibleDescription(/It turns off: Advertising\./);
    await dnss.click();
    await expect(sw(page, 'Advertising')).toHaveAttribute('aria-checked', 'false');
    await dialog(page).getByText('Vendors and cookies (1)').nth(1).click();
    await expect(sw(page, 'AdPixel')).toHaveAttribute('aria-checked', 'false');
    await expect(sw(page, 'Analytics')).toHaveAttribute('aria-checked', 'true');
    await sw(page, 'Advertising').click();
    await expect(dnss).toHaveAttribute('aria-checked', 'false');
    await sw(page, 'Advertising').click();
    await expect(dnss).toHaveAttribute('aria-checked', 'true');
    await dialog(page).getByRole('button', { name: 'Save choices' }).click();
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ categories: { analytics: true, advertising: false }, vendors: { px: false } });
  });

  test('opt-out with GPC: "Opt-Out Request Honored" next to the switch, which stays on, and what to do', async ({ site, page }) => {
    await site.signals({ gpc: true });
    await site.open({ config: config({ regime: 'opt-out' }), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    const dnss = sw(page, 'Do Not Sell or Share My Personal Information');
    await expect(dnss).toHaveAttribute('aria-checked', 'true');
    await expect(dnss).toHaveAttribute('aria-disabled', 'true');
    await expect(dialog(page).locator('.sale').getByText('Opt-Out Request Honored')).toBeVisible();
    await expect(dialog(page)).toContainText('To allow it again, turn off Global Privacy Control in your browser settings.');
    await expect(sw(page, 'Advertising')).toHaveAttribute('aria-disabled', 'true');
  });

  test('respects prefers-reduced-motion: the switch knob slides only when motion is fine', async ({ site, page }) => {
    const knob = () => sw(page, 'Analytics').evaluate((el) => getComputedStyle(el, '::after').transitionDuration);
    await site.open({ config: config(), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    expect(await knob()).toBe('0.15s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await knob()).toBe('0s');
  });

  test('config text is text; [text](url) links only for http(s) and relative URLs', async ({ site, page }) => {
    const categories = [{ id: 'analytics', label: '<b>Stats</b>', description: 'See [our stats page](/stats) and [this](javascript:alert(1)).' }];
    await site.open({ config: config({ categories, vendors: [] }), body });
    await page.evaluate(() => window.Portcullis!.openPreferences());
    await expect(sw(page, '<b>Stats</b>')).toBeVisible();
    await expect(dialog(page).getByRole('link', { name: 'our stats page' })).toHaveAttribute('href', '/stats');
    await expect(dialog(page).getByText('this', { exact: true })).toHaveCount(0);
    await expect(dialog(page)).toContainText('See our stats page and this.');
    expect(await dialog(page).locator('a[href^="javascript"], b').count()).toBe(0);
  });
});
