import type { PortcullisConfig } from '../types';
import { MAX_AGE_CAP, resolve, type ResolvedConfig } from './resolve';
import { fail, walk, type Issues, type Schema } from './schema';

export type { Category, ResolvedConfig } from './resolve';

/** Result of {@link validate}: `config` is null when there is any error. */
export interface Validation extends Issues {
  config: ResolvedConfig | null;
}

/** The config schema (see schema.ts for the notation; uppercase = required, `?` = warn only). */
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
 * the field, the bad value and what is allowed; unknown fields are warnings.
 */
export function validate(input: unknown): Validation {
  const issues: Issues = { errors: [], warnings: [] };
  try {
    const raw = input as Record<string, unknown> | null;
    // A numeric policyVersion (`policyVersion: 3`) is fine: it is compared as text.
    if (typeof raw?.policyVersion == 'number') input = { ...raw, policyVersion: String(raw.policyVersion) };
    const c = walk(SCHEMA, input, '', issues) as PortcullisConfig | undefined;
    if (c) {
      const ids = new Set(['necessary']);
      const unique = (id: string, path: string) =>
        ids.has(id) || id in {} ? fail(issues, path, id, 'an id used only once and not a reserved word') : ids.add(id);
      c.categories?.forEach((cat, i) => cat.id != 'necessary' && unique(cat.id, `categories[${i}].id`));
      const config = resolve(c);
      config.categories.forEach((cat) => ids.add(cat.id));
      c.vendors?.forEach((v, i) => {
        unique(v.id, `vendors[${i}].id`);
        if (!config.categories.some((cat) => cat.id == v.category))
          fail(issues, `vendors[${i}].category`, v.category, 'one of the category ids');
      });
      const days = c.cookie?.maxAgeDays;
      if (days! > MAX_AGE_CAP) issues.warnings.push(`cookie.maxAgeDays ${days} is capped at ${MAX_AGE_CAP} (13 months)`);
      return { ...issues, config: issues.errors.length ? null : config };
    }
  } catch (e) {
    // A getter that throws, a revoked proxy...: not a config we can trust.
    issues.errors.push(`the config could not be read (${(e as Error)?.message})`);
  }
  return { ...issues, config: null };
}
