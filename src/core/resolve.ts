import type { CategoryConfig, ConsentModeOptions, PortcullisConfig, Regime, VendorConfig } from '../types';
import { DEFAULT_REGIMES } from './regions';

/** A category after defaults: `saleOrSharing` is always known. */
export interface Category extends CategoryConfig {
  saleOrSharing: boolean;
}

/** The config after defaults; what the rest of Portcullis reads. */
export interface ResolvedConfig
  extends Omit<PortcullisConfig, 'categories' | 'vendors' | 'region' | 'regimes' | 'googleConsentMode' | 'cookie' | 'signals'> {
  /** `necessary` first, then the configured (or built-in) categories. */
  categories: Category[];
  vendors: VendorConfig[];
  region: string | null;
  /** The default table with the site's `regimes` merged over it. */
  regimes: Record<string, Regime>;
  /** Whether each signal is honored. */
  signals: { gpc: boolean; dnt: boolean };
  cookie: { name: string; domain?: string; maxAgeDays: number };
  googleConsentMode: Required<ConsentModeOptions> | null;
}

export const BUILTIN_CATEGORIES = ['analytics', 'advertising', 'session_replay', 'personalization'];
/** Longest cookie lifetime: 13 months (CNIL audience-measurement guidance). */
export const MAX_AGE_CAP = 395;
/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (both cases spelled out: see readCookie). */
export const REGION = /^[a-zA-Z]{2}(-[a-zA-Z0-9]{1,3})?$/;

/**
 * Applies defaults to a config that has passed validation (see validate.ts). Pure and
 * cheap, so the loader can run it on every page view while validation runs only for a
 * config this browser has not seen.
 */
export function resolve(c: PortcullisConfig): ResolvedConfig {
  const categories: Category[] = [{ id: 'necessary', saleOrSharing: false }];
  for (const cat of c.categories || BUILTIN_CATEGORIES.map((id): CategoryConfig => ({ id })))
    if (cat.id == 'necessary') Object.assign(categories[0], cat, { saleOrSharing: false });
    else categories.push({ ...cat, saleOrSharing: cat.saleOrSharing ?? cat.id == 'advertising' });
  const regimes = { ...DEFAULT_REGIMES };
  for (const k in c.regimes) regimes[k.toUpperCase()] = c.regimes[k];
  const gcm = c.googleConsentMode;
  return {
    ...c,
    categories,
    vendors: c.vendors || [],
    // A malformed region (a stray space from a request header) counts as unknown.
    region: REGION.test(c.region!) ? c.region!.toUpperCase() : null,
    regimes,
    signals: { gpc: c.signals?.gpc != 'ignore', dnt: c.signals?.dnt != 'ignore' },
    cookie: { name: 'portcullis', ...c.cookie, maxAgeDays: Math.min(c.cookie?.maxAgeDays || 180, MAX_AGE_CAP) },
    googleConsentMode: gcm ? { waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false, ...(gcm as object) } : null,
  };
}
