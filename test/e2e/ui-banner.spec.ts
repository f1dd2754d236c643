import type { Page } from '@playwright/test';
import { expect, ran, storedChoice, test } from './harness';

const trackers = `
  <script type="text/plain" data-consent="analytics">window.__ran.push('analytics')</script>
  <script type="text/plain" data-consent="advertising">window.__ran.push('advertising')</script>`;
const links = Array.from({ length: 40 }, (_, i) => `<p><a href="#l${i}">Story ${i}</a> ${'Lorem ipsum dolor sit amet. '.repeat(3)}</p>`).join('');
const article = `<a href="#main">Skip to main content</a><main id="main"><h1>News</h1>${links}</main>
  <footer><a href="#" data-portcullis-open>Cookie settings</a></footer>${trackers}`;
const config = (extra: object = {}) => ({ policyVersion: '1', privacyPolicyUrl: '/privacy', ...extra });
const banner = (page: Page) => page.getByRole('region', { name: /Cookies on this site|Your privacy/ });
const status = (page: Page) => page.locator('portcullis-ui').getByRole('status');
/** The element that has focus, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? (el.textContent || '').trim() || el.tagName : null;
  });

test.describe('banner: opt-in', () => {
  test('a labelled region after the page content with three equal choices and nothing chosen', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    const buttons = banner(page).getByRole('button');
    await expect(buttons).toHaveText(['Accept all', 'Reject all', 'Manage preferences']);
    // Equal size and weight: the same box, colors and font for each (reject is no mere link).
    const looks = await buttons.evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height), s.backgroundColor, s.color, s.fontWeight, s.fontSize, s.borderRadius].join(' ');
      }),
    );
    expect(new Set(looks).size).toBe(1);
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy');
    expect(await page.evaluate(() => document.body.lastElementChild!.tagName)).toBe('PORTCULLIS-UI');
    expect(await page.evaluate(() => window.Portcullis!.get().decided)).toBe(false);
    expect(await ran(page)).toEqual([]);
  });

  test('never takes focus: the skip link stays the first Tab stop', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to main content');
  });

  test('scrolling and clicking elsewhere are not consent', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    await page.mouse.wheel(0, 2000);
    await page.mouse.click(5, 5);
    await page.getByText('Story 3', { exact: true }).click();
    await page.waitForTimeout(200);
    await expect(banner(page)).toBeVisible();
    expect(await page.evaluate(() => window.Portcullis!.get().decided)).toBe(false);
    expect(await ran(page)).toEqual([]);
  });

  test('keyboard only: Tab through the page to the banner, Enter on "Reject all"', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    for (let i = 0; i < 60 && (await focused(page)) != 'Reject all'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Reject all');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ decided: true, categories: { analytics: false } });
    await expect(status(page)).toHaveText('Preferences saved');
    expect(await ran(page)).toEqual([]);
    // The banner took the focused button with it: focus goes back to where it came from.
    expect(await focused(page)).toBe('Cookie settings');
  });

  test('keyboard: saving in the preference center opened from the banner focuses the floating button', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in', ui: { reopenButton: true } }), body: article });
    await expect(banner(page)).toBeVisible();
    for (let i = 0; i < 60 && (await focused(page)) != 'Manage preferences'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Save choices' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Your Privacy Choices' })).toBeFocused();
  });

  test('keyboard: saving a preference center that page code opened focuses the floating button', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in', ui: { reopenButton: true } }), body: article });
    await expect(banner(page)).toBeVisible();
    // Opened with nothing focused: there is no opener to go back to.
    await page.evaluate(() => window.Portcullis!.openPreferences());
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 30 && (await focused(page)) != 'Save choices'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Your Privacy Choices' })).toBeFocused();
  });

  test('keyboard: focus goes back into the page component it came from, inside its shadow root', async ({ site, page }) => {
    const widget = `<x-widget></x-widget><script>
      customElements.define('x-widget', class extends HTMLElement {
        connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<button>Widget</button>'; }
      });
    </script>`;
    await site.open({ config: config({ regime: 'opt-in' }), body: article + widget });
    await expect(banner(page)).toBeVisible();
    for (let i = 0; i < 60 && (await focused(page)) != 'Widget'; i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 10 && (await focused(page)) != 'Reject all'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    expect(await focused(page)).toBe('Widget');
  });

  test('a pointer choice leaves focus alone: no jump back into the page', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await page.getByRole('link', { name: 'Story 3', exact: true }).click();
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => document.activeElement == document.body)).toBe(true);
  });

  test('"Accept all" allows everything, closes and announces', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ran(page)).toEqual(['analytics', 'advertising']);
    await expect(status(page)).toHaveText('Preferences saved');
    await page.reload();
    await page.waitForTimeout(300);
    await expect(banner(page)).toHaveCount(0);
  });

  test('the focused element is never hidden behind the banner (WCAG 2.4.11)', async ({ site, page }) => {
    await page.setViewportSize({ width: 375, height: 640 });
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    const covered: string[] = [];
    for (let i = 0; i < 43; i++) {
      await page.keyboard.press('Tab');
      // The banner scrolls a covered element clear in the next animation frame: wait for two.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const hit = await page.evaluate(() => {
        const el = document.activeElement!;
        if (el.tagName == 'PORTCULLIS-UI') return null;
        const b = document.querySelector('portcullis-ui')!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.bottom > b.top && r.top < b.bottom ? el.textContent : null;
      });
      if (hit) covered.push(hit);
    }
    expect(covered).toEqual([]);
  });

  test('the page paints first: a banner ready before the first paint waits for it', async ({ site, page }) => {
    // A render-blocking stylesheet holds the page's first paint while the UI loads and parsing ends.
    site.serve('/late.css', 'main { color: #222 }', 'text/css');
    const release = site.hold('late.css');
    await site.open({ config: config({ regime: 'opt-in' }), body: article, head: '<link rel="stylesheet" href="/late.css">', waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => document.readyState)).not.toBe('loading');
    await page.waitForTimeout(site.variant == 'iife' ? 500 : 100);
    expect(await page.evaluate(() => [performance.getEntriesByName('first-contentful-paint').length, document.querySelectorAll('portcullis-ui').length])).toEqual([0, 0]);
    release();
    await expect(banner(page)).toBeVisible();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
  });

  test('the end of the page scrolls clear of the banner, at every width, and the room goes with it', async ({ site, page }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    // The host is as tall as the banner (plus a margin), so scrolled to the end the last line is above it.
    const room = () =>
      page.evaluate(() => {
        const host = document.querySelector('portcullis-ui') as HTMLElement;
        const b = host.shadowRoot!.querySelector('.banner');
        return { host: host.getBoundingClientRect().height, banner: b ? b.getBoundingClientRect().height : 0 };
      });
    let r = await room();
    await expect.poll(async () => ((r = await room()), r.host - r.banner)).toBe(16);
    expect(r.banner).toBeGreaterThan(40);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const clear = () =>
      page.evaluate(() => {
        const last = document.querySelector('main p:last-of-type')!.getBoundingClientRect();
        const b = document.querySelector('portcullis-ui')!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect();
        return last.bottom <= b.top;
      });
    expect(await clear()).toBe(true);
    // A narrow window wraps the banner taller: the room follows.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(async () => ((r = await room()), r.host - r.banner)).toBe(16);
    expect(r.banner).toBeGreaterThan(100);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await clear()).toBe(true);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(async () => (await room()).host).toBe(0);
  });

  test('causes no layout shift (CLS 0) and fits a 320 px screen', async ({ site, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await site.open({ config: config({ regime: 'opt-in' }), body: article, head: '<meta name="viewport" content="width=device-width">' });
    await expect(banner(page)).toBeVisible();
    await page.waitForTimeout(500);
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(cls).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await banner(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Stacked: one button per row on a phone.
    const xs = await banner(page).getByRole('button').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().x)));
    expect(new Set(xs).size).toBe(1);
  });

  test('closes when another tab decides, and comes back after reset()', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-in' }), body: article });
    await expect(banner(page)).toBeVisible();
    const other = await site.newTab();
    await site.open({ config: config({ regime: 'opt-in' }), path: '/other' }, other);
    await other.evaluate(() => window.Portcullis!.rejectAll());
    await expect(banner(page)).toBeHidden();
    await page.evaluate(() => window.Portcullis!.reset());
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect(banner(page)).toBeHidden();
  });
});

test.describe('banner: opt-out', () => {
  test('"Do Not Sell or Share My Personal Information" opts out of sale/sharing in one step', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-out' }), body: article });
    await expect.poll(() => ran(page)).toEqual(['analytics', 'advertising']);
    await expect(banner(page).getByRole('button')).toHaveText(['Do Not Sell or Share My Personal Information', 'Manage choices', 'Dismiss']);
    await banner(page).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ decided: true, categories: { analytics: true, advertising: false } });
    await expect(status(page)).toHaveText('Preferences saved');
  });

  test('with the "Your Privacy Choices" wording, the link opens the choices', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-out', ui: { optOutLinkText: 'your-privacy-choices' } }), body: article });
    await expect(banner(page).getByRole('button')).toHaveText(['Your Privacy Choices', 'Dismiss']);
    await banner(page).getByRole('button', { name: 'Your Privacy Choices' }).click();
    await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
  });

  test('when GPC was honored it says so instead of asking', async ({ site, page }) => {
    await site.signals({ gpc: true });
    await site.open({ config: config({ regime: 'opt-out' }), body: article });
    await expect(banner(page).getByText('Opt-Out Request Honored')).toBeVisible();
    await expect(banner(page)).toContainText('Your browser sent a Global Privacy Control signal, so we do not sell or share your personal information.');
    await expect(banner(page).getByRole('button')).toHaveText(['Manage choices', 'Dismiss']);
    await banner(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ decided: true, categories: { advertising: false } });
  });

  test('Dismiss keeps what applies and records the choice', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'opt-out' }), body: article });
    await banner(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ decided: true, categories: { analytics: true, advertising: true } });
  });
});

test.describe('banner: notice', () => {
  test('informational and dismissable', async ({ site, page }) => {
    await site.open({ config: config({ regime: 'notice' }), body: article });
    await expect(banner(page).getByRole('button')).toHaveText(['Dismiss']);
    await expect(banner(page)).toContainText('This site uses cookies to work and to measure how it is used.');
    await banner(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner(page)).toBeHidden();
  });
});

test.describe('returning visitors', () => {
  test('see no banner, and the floating button reopens the preference center', async ({ site, page }) => {
    const c = config({ regime: 'opt-in', ui: { reopenButton: true } });
    await site.setCookie(storedChoice(['analytics'], c));
    await site.open({ config: c, body: article });
    const reopen = page.getByRole('button', { name: 'Your Privacy Choices' });
    await expect(reopen).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await reopen.click();
    await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reopen).toBeFocused();
  });
});

test.describe('strict Content-Security-Policy', () => {
  test('the banner, dialog, placeholder and a language file work with no violation', async ({ site, page }) => {
    test.skip(site.variant != 'iife', 'the script-tag build is the one embedded under a nonce-only policy');
    const body = `<script nonce="{{nonce}}">window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));</script>
      ${article}<iframe data-consent="personalization" data-src="https://video.test/embed/1" width="320" height="180"></iframe>`;
    await site.open({ config: config({ regime: 'opt-in', language: 'de', theme: { accent: '#0b5d75' } }), csp: true, body });
    await expect(page.getByRole('button', { name: 'Alle ablehnen' })).toBeVisible();
    expect(await page.getByRole('button', { name: 'Alle ablehnen' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 93, 117)');
    await page.getByRole('button', { name: 'Einstellungen verwalten' }).click();
    await expect(page.getByRole('dialog', { name: 'Datenschutzeinstellungen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Personalisierung erlauben' })).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(site.requests.filter((u) => u.includes('portcullis-ui-'))).toEqual([expect.stringContaining('/dist/portcullis-ui-de.js')]);
  });
});
