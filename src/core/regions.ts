import type { Regime } from '../types';

/** EU member states plus the other EEA states (IS, LI, NO): ePrivacy Art. 5(3) applies. */
export const EEA = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' ');

/**
 * US states with a comprehensive consumer-privacy law in force or enacted (opt-out model
 * with a sale/sharing opt-out; most also mandate honoring GPC). Listed so they stay
 * `opt-out` even when a site maps the rest of `US` to something else.
 */
export const US_PRIVACY_STATES =
  'CA CO CT DE IA IN KY MD MN MT NE NH NJ OR RI TN TX UT VA'.split(' ');

/**
 * The default regime table. Lookup order for a region `US-CA`: `US-CA`, then `US`, then
 * `EU` when the country is in the EEA, then `*`. An unknown region gets `*`: opt-in, the
 * safest choice.
 */
export const DEFAULT_REGIMES: Record<string, Regime> = {
  EU: 'opt-in',
  GB: 'opt-in',
  CH: 'opt-in',
  US: 'opt-out',
  '*': 'opt-in',
};
for (const s of US_PRIVACY_STATES) DEFAULT_REGIMES['US-' + s] = 'opt-out';

/** Resolves the regime for a region through a table (already merged over the defaults). */
export function resolveRegime(region: string | null, table: Record<string, Regime>): Regime {
  if (region) {
    const country = region.slice(0, 2);
    const hit = table[region] || table[country] || (EEA.includes(country) && table.EU);
    if (hit) return hit;
  }
  return table['*'] || 'opt-in';
}
