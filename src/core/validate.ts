import type { CategoryConfig, ConsentModeOptions, PortcullisConfig, Regime, VendorConfig } from '../types';
import { DEFAULT_REGIMES } from './regions';
import { fail, walk, type Issues, type Schema } from './schema';

/** A category after defaults: `saleOrSharing` is always known. */
export interface Category extends CategoryConfig {
  saleOrSharing: boolean;
}

/** The config after validation and defaults; what the rest of Portcullis reads. */
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

/** Result of {@link validate}: `config` is null when there is any error. */
export interface Validation extends Issues {
  config: ResolvedConfig | null;
}

export const BUILTIN_CATEGORIES = ['analytics', 'advertising', 'session_replay', 'personalization'];
/** Longest cookie lifetime: 13 months (CNIL audience-measurement guidance). */
export const MAX_AGE_CAP = 395;

/** The config schema (see schema.ts for the notation; uppercase = required). */
export const SCHEMA: Schema = {
  policyVersion: 'V',
  privacyPolicyUrl: 'u',
  categories: [{ id: 'I', label: 's', description: 's', saleOrSharing: 'b' }],
  vendors: [
    {
      id: 'I',
      name: 'S',
      category: 'I',
      purpose: 's',
      hosts: ['s'],
      cookies: [['s', { name: 'S', purpose: 's', duration: 's', domain: 's' }]],
      storage: ['s'],
      policyUrl: 'u',
    },
  ],
  regime: 'r',
  region: '?g',
  regimes: { '*': 'r' },
  signals: { gpc: 'p', dnt: 'p' },
  cookie: { name: 'i', domain: 'd', maxAgeDays: 'n' },
  googleConsentMode: ['m', { waitForUpdate: 'w', adsDataRedaction: 'b', urlPassthrough: 'b' }],
  autoBlock: 'b',
  language: 'l',
  translations: { '*': { '*': 's' } },
  theme: { '*': 't' },
  ui: { reopenButton: 'b', optOutLinkText: 'o' },
  reloadOnWithdraw: 'b',
} satisfies Record<keyof PortcullisConfig, Schema>;

/**
 * Validates a config and applies defaults. Never throws: every problem is reported with
 * the field, the bad value and what is allowed.
 */
export function validate(input: unknown): Validation {
  const issues: Issues = { errors: [], warnings: [] };
  try {
    const config = resolve(input, issues);
    return { ...issues, config: issues.errors.length ? null : config };
  } catch (e) {
    // A getter that throws, a revoked proxy...: not a config we can trust.
    return { errors: [`the config could not be read (${(e as Error)?.message})`], warnings: [], config: null };
  }
}

function resolve(input: unknown, issues: Issues): ResolvedConfig | null {
  const raw = input as Record<string, unknown> | null;
  // A numeric policyVersion (`policyVersion: 3`) is fine: it is compared as text.
  if (typeof raw?.policyVersion == 'number') input = { ...raw, policyVersion: String(raw.policyVersion) };
  const c = walk(SCHEMA, input, '', issues) as PortcullisConfig | undefined;
  if (!c) return null;

  const categories: Category[] = [{ id: 'necessary', saleOrSharing: false }];
  const ids = new Set(['necessary']);
  const unique = (id: string, path: string) =>
    ids.has(id) || id in {} ? fail(issues, path, id, 'an id used only once and not a reserved word') : ids.add(id);
  (c.categories || BUILTIN_CATEGORIES.map((id): CategoryConfig => ({ id }))).forEach((cat, i) => {
    if (cat.id == 'necessary') Object.assign(categories[0], cat, { saleOrSharing: false });
    else if (unique(cat.id, `categories[${i}].id`))
      categories.push({ ...cat, saleOrSharing: cat.saleOrSharing ?? cat.id == 'advertising' });
  });
  const vendors = c.vendors || [];
  vendors.forEach((v, i) => {
    unique(v.id, `vendors[${i}].id`);
    if (!categories.some((cat) => cat.id == v.category))
      fail(issues, `vendors[${i}].category`, v.category, 'one of the category ids');
  });

  let maxAgeDays = c.cookie?.maxAgeDays || 180;
  if (maxAgeDays > MAX_AGE_CAP) {
    issues.warnings.push(`cookie.maxAgeDays ${maxAgeDays} is capped at ${MAX_AGE_CAP} (13 months)`);
    maxAgeDays = MAX_AGE_CAP;
  }
  const regimes = { ...DEFAULT_REGIMES };
  for (const k in c.regimes) regimes[k.toUpperCase()] = c.regimes[k];
  const gcm = c.googleConsentMode;
  return {
    ...c,
    categories,
    vendors,
    region: c.region ? c.region.toUpperCase() : null,
    regimes,
    signals: { gpc: c.signals?.gpc != 'ignore', dnt: c.signals?.dnt != 'ignore' },
    cookie: { name: 'portcullis', ...c.cookie, maxAgeDays },
    googleConsentMode: gcm
      ? { waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false, ...(gcm === true ? {} : gcm) }
      : null,
  };
}
