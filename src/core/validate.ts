import type {
  CategoryConfig,
  ConsentModeOptions,
  PortcullisConfig,
  Regime,
  VendorConfig,
} from '../types';
import { DEFAULT_REGIMES, REGION } from './regions';
import { arr, bool, fail, num, obj, oneOf, rec, str, when, type Check, type Issues } from './schema';

/** A category after defaults: `saleOrSharing` is always known. */
export interface Category extends CategoryConfig {
  saleOrSharing: boolean;
}

/** The config after validation and defaults; what the rest of Portcullis reads. */
export interface ResolvedConfig extends Omit<PortcullisConfig, 'categories' | 'vendors' | 'region' | 'regimes' | 'googleConsentMode' | 'cookie' | 'signals'> {
  /** `necessary` first, then the configured (or built-in) categories. */
  categories: Category[];
  vendors: VendorConfig[];
  region: string | null;
  /** The default table with the site's `regimes` merged over it. */
  regimes: Record<string, Regime>;
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

const ID = /^[a-z0-9_-]{1,40}$/i;
const idCheck = str(ID, 'letters, digits, "_" or "-" (at most 40)');
const text = str();
// http(s), protocol-relative or relative URLs; never javascript: and friends.
const url = str(/^(https?:\/\/|\/|\.{0,2}\/|[\w%.-]+([/?#]|$))/i, 'an http(s) or relative URL');
const regime = oneOf<Regime>('opt-in', 'opt-out', 'notice');
const signal = oneOf('honor', 'ignore');
const strings = arr(text);
const isBool = (v: unknown) => typeof v == 'boolean';

const schema = obj<PortcullisConfig>(
  {
    policyVersion: when((v) => typeof v == 'number', (v) => String(v), str(/^.{1,64}$/, 'a string of 1 to 64 characters')),
    privacyPolicyUrl: url,
    categories: arr(obj({ id: idCheck, label: text, description: text, saleOrSharing: bool }, ['id'])),
    vendors: arr(
      obj(
        {
          id: idCheck,
          name: text,
          category: idCheck,
          purpose: text,
          hosts: strings,
          cookies: arr(
            when((v) => typeof v == 'string', text, obj({ name: text, purpose: text, duration: text, domain: text }, ['name'])),
          ),
          storage: strings,
          policyUrl: url,
        },
        ['id', 'name', 'category'],
      ),
    ),
    regime,
    region: str(REGION, 'an ISO 3166 code such as "DE" or "US-CA"'),
    regimes: rec(regime),
    signals: obj({ gpc: signal, dnt: signal }),
    cookie: obj({
      name: str(/^[\w-]{1,64}$/, 'letters, digits, "_" or "-"'),
      domain: str(/^\.?[a-z0-9.-]+$/i, 'a domain such as "example.com"'),
      maxAgeDays: num(1, 3650),
    }),
    googleConsentMode: when(
      isBool,
      bool,
      obj({ waitForUpdate: num(0, 60000), adsDataRedaction: bool, urlPassthrough: bool }),
    ),
    autoBlock: bool,
    language: str(/^[a-z]{2,3}(-[\w]{2,8})*$/i, 'a language tag such as "en" or "pt-BR"'),
    translations: rec(rec(text)),
    theme: rec(str(/^[^;{}<>]{0,200}$/, 'a CSS value without ; { } < >')),
    ui: obj({ reopenButton: bool, optOutLinkText: oneOf('do-not-sell-or-share', 'your-privacy-choices') }),
    reloadOnWithdraw: bool,
  } satisfies Record<keyof PortcullisConfig, Check>,
  ['policyVersion'],
);

/**
 * Validates a config and applies defaults. Never throws: every problem is reported with
 * the field, the bad value and what is allowed.
 */
export function validate(input: unknown): Validation {
  try {
    return check(input);
  } catch (e) {
    // A getter that throws, a revoked proxy...: not a config we can trust.
    return { errors: [`the config could not be read (${(e as Error)?.message})`], warnings: [], config: null };
  }
}

function check(input: unknown): Validation {
  const issues: Issues = { errors: [], warnings: [] };
  const c = schema(input, '', issues);
  if (!c) return { ...issues, config: null };

  const categories: Category[] = [{ id: 'necessary', saleOrSharing: false }];
  const ids = new Set<string>();
  const unique = (id: string, path: string) =>
    ids.has(id) || id in {} ? fail(issues, path, id, 'an id used only once and not a reserved word') : ids.add(id);
  (c.categories || BUILTIN_CATEGORIES.map((id): CategoryConfig => ({ id }))).forEach((cat, i) => {
    if (cat.id == 'necessary') Object.assign(categories[0], cat, { saleOrSharing: false });
    else if (unique(cat.id, `categories[${i}].id`))
      categories.push({ ...cat, saleOrSharing: cat.saleOrSharing ?? cat.id == 'advertising' });
  });
  ids.add('necessary');
  const vendors = c.vendors || [];
  vendors.forEach((v, i) => {
    unique(v.id, `vendors[${i}].id`);
    if (!categories.some((cat) => cat.id == v.category))
      fail(issues, `vendors[${i}].category`, v.category, 'one of the category ids');
  });

  let maxAgeDays = c.cookie?.maxAgeDays ?? 180;
  if (maxAgeDays > MAX_AGE_CAP) {
    issues.warnings.push(`cookie.maxAgeDays ${maxAgeDays} is capped at ${MAX_AGE_CAP} (13 months)`);
    maxAgeDays = MAX_AGE_CAP;
  }
  const gcm = c.googleConsentMode;
  const config: ResolvedConfig = {
    ...c,
    categories,
    vendors,
    region: c.region ? c.region.toUpperCase() : null,
    regimes: { ...DEFAULT_REGIMES, ...upperKeys(c.regimes) },
    signals: { gpc: c.signals?.gpc != 'ignore', dnt: c.signals?.dnt != 'ignore' },
    cookie: { name: 'portcullis', ...c.cookie, maxAgeDays },
    googleConsentMode: gcm
      ? { waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false, ...(gcm === true ? {} : gcm) }
      : null,
  };
  return { ...issues, config: issues.errors.length ? null : config };
}

function upperKeys<T>(table: Record<string, T> | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k in table) out[k.toUpperCase()] = table[k];
  return out;
}
