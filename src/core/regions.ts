import type { Regime } from '../types';

/** EU member states plus the other EEA states (IS, LI, NO): ePrivacy Art. 5(3) applies. */
export const EEA = 'ATBEBGCYCZDEDKEEESFIFRGRHRHUIEISITLILTLULVMTNLNOPLPTROSESISK'.match(/../g)!;

/**
 * US states with a comprehensive consumer-privacy law in force or enacted (opt-out model
 * with a sale/sharing opt-out; most also mandate honoring GPC). Listed so they stay
 * `opt-out` even when a site maps the rest of `US` to something else.
 */
export const US_PRIVACY_STATES = 'CACOCTDEIAINKYMDMNMTNENHNJORRITNTXUTVA'.match(/../g)!;

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
