/**
 * Screenshots of what visitors see, for people to look at: every banner regime, the
 * preference center and a placeholder, at 1280 and 375 px, light, dark and Arabic (RTL).
 * Written to test-results/screenshots/ (or $SCREENSHOT_DIR). Script-tag build only.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, storedChoice, test } from './harness';

const DIR = process.env.SCREENSHOT_DIR || path.join(ROOT, 'test-results/screenshots');
mkdirSync(DIR, { recursive: true });

const vendors = [
  {
    id: 'ga',
    name: 'Google Analytics',
    category: 'analytics',
    purpose: 'Counts visits and shows which pages are read.',
    cookies: [
      { name: '_ga', purpose: 'Tells visitors apart', duration: '2 years' },
      { name: '_ga_*', purpose: 'Keeps the state of a visit', duration: '2 years', domain: '.example.com' },
    ],
    policyUrl: 'https://policies.google.com/privacy',
  },
  { id: 'ads', name: 'AdPixel', category: 'advertising', purpose: 'Measures which ads bring visitors.', cookies: ['_adpx'] },
  { id: 'video', name: 'Tidecast video', category: 'personalization', purpose: 'Plays embedded videos.' },
];
const page = (extra = '') => `
  <a href="#main">Skip to main content</a>
  <header><h1>The Harbour Gazette</h1></header>
  <main id="main">
    <p>${'Volunteers climb the 92 steps of the lighthouse at Avery Point every night. '.repeat(12)}</p>
    ${extra}
    <p>${'The lamp was automated in 1994, then the automation failed. '.repeat(10)}</p>
  </main>
  <footer><a href="#" data-portcullis-open>Cookie settings</a></footer>`;
const video = `<iframe data-consent="video" data-src="https://video.test/embed/1" width="560" height="315" title="Video: inside the lamp room"></iframe>`;

type Shot = { name: string; config: object; region?: string; open?: boolean; body?: string; decided?: boolean; gpc?: boolean };
const SHOTS: Shot[] = [
  { name: 'banner-opt-in', config: { regime: 'opt-in' } },
  { name: 'banner-opt-out', config: { regime: 'opt-out' } },
  { name: 'banner-opt-out-choices', config: { regime: 'opt-out', ui: { optOutLinkText: 'your-privacy-choices' } } },
  { name: 'banner-opt-out-gpc', config: { regime: 'opt-out' }, gpc: true },
  { name: 'banner-notice', config: { regime: 'notice' } },
  { name: 'dialog-opt-in', config: { regime: 'opt-in' }, open: true },
  { name: 'dialog-opt-out-gpc', config: { regime: 'opt-out' }, open: true, gpc: true },
  { name: 'placeholder', config: { regime: 'opt-in', ui: { reopenButton: true } }, body: video, decided: true },
];
const VARIANTS = [
  { suffix: 'desktop', width: 1280, height: 800 },
  { suffix: 'mobile', width: 375, height: 740 },
  { suffix: 'desktop-dark', width: 1280, height: 800, dark: true },
  { suffix: 'mobile-dark', width: 375, height: 740, dark: true },
  { suffix: 'desktop-ar', width: 1280, height: 800, lang: 'ar' },
  { suffix: 'mobile-ar', width: 375, height: 740, lang: 'ar' },
];

async function settle(p: Page) {
  await p.waitForFunction(() => document.querySelector('portcullis-ui')?.shadowRoot?.querySelector('.banner,dialog,.reopen'));
  await p.waitForTimeout(400);
}

for (const shot of SHOTS)
  for (const variant of VARIANTS)
    test(`${shot.name} ${variant.suffix}`, async ({ site, page: p }) => {
      test.skip(site.variant != 'iife', 'screenshots of the script-tag build only');
      await p.setViewportSize({ width: variant.width, height: variant.height });
      await p.emulateMedia({ colorScheme: variant.dark ? 'dark' : 'light' });
      if (shot.gpc) await site.signals({ gpc: true });
      const config = { policyVersion: '1', privacyPolicyUrl: '/privacy', vendors, language: variant.lang, ...shot.config };
      if (shot.decided) await site.setCookie(storedChoice(['analytics'], config));
      // A typical responsive embed: the placeholder follows whatever box the page gives the iframe.
      const head = '<meta name="viewport" content="width=device-width"><style>iframe{max-width:100%;height:auto;aspect-ratio:16/9}</style>';
      await site.open({ config, body: page(shot.body), head });
      if (shot.open) await p.evaluate(() => window.Portcullis!.openPreferences());
      await settle(p);
      if (shot.body) await expect(p.locator('portcullis-placeholder')).toHaveCount(1);
      await p.screenshot({ path: path.join(DIR, `${shot.name}-${variant.suffix}.png`) });
    });
