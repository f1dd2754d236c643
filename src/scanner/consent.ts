import type { Page } from 'playwright-core';
import ar from '../ui/i18n/ar';
import de from '../ui/i18n/de';
import en from '../ui/i18n/en';
import es from '../ui/i18n/es';
import fr from '../ui/i18n/fr';
import it from '../ui/i18n/it';
import nl from '../ui/i18n/nl';
import pl from '../ui/i18n/pl';
import pt from '../ui/i18n/pt';
import type { PageRecord } from './types';

/** "Accept all" in every built-in language of the banner. */
export const ACCEPT_LABELS: readonly string[] = [en, es, fr, de, it, nl, pt, pl, ar].map(
  (s) => s.acceptAll,
);

/** How long the banner may take to appear before the scanner uses the API instead. */
const BANNER_WAIT = 3000;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the page runs Portcullis (`window.Portcullis` with its actions). */
export function hasPortcullis(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof window.Portcullis?.acceptAll == 'function').catch(() => false);
}

/**
 * Gives consent the way a visitor would: clicks the banner's "Accept all" (any built-in
 * language, or the site's own `translations`), or, when no banner shows (an opt-out regime,
 * a custom UI), calls `Portcullis.acceptAll()`. Resolves with how it was done, or `failed`
 * when the state never became decided.
 */
export async function acceptAll(
  page: Page,
  timeout: number,
): Promise<NonNullable<PageRecord['consent']>> {
  const own = await page
    .evaluate(() =>
      Object.values(window.portcullisConfig?.translations || {}).map((t) => t.acceptAll || ''),
    )
    .catch(() => [] as string[]);
  const names = [...ACCEPT_LABELS, ...own.filter(Boolean)];
  const button = page
    .locator('portcullis-ui')
    .getByRole('button', { name: new RegExp(`^\\s*(${names.map(escape).join('|')})\\s*$`) });
  let how: 'button' | 'api' = 'button';
  try {
    await button.first().click({ timeout: Math.min(BANNER_WAIT, timeout) });
  } catch {
    how = 'api';
    await page
      .evaluate(() => void window.Portcullis?.acceptAll().catch(() => undefined))
      .catch(() => undefined);
  }
  try {
    await page.waitForFunction(() => window.Portcullis?.get().decided === true, undefined, {
      timeout,
    });
    return how;
  } catch {
    return 'failed';
  }
}
