import { BUILTIN_CATEGORIES } from '../core/resolve';
import type { CategoryConfig, PortcullisConfig } from '../types';

/** Drops what says nothing: `undefined`, empty strings, empty objects and arrays. Array items stay in place. */
function prune(value: unknown, inArray = false): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => prune(v, true));
    return items.length ? items : undefined;
  }
  if (value && typeof value == 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = prune(v);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length || inArray ? out : undefined;
  }
  // An empty array item stays, so the validator's indices match the editor's rows.
  return value === '' && !inArray ? undefined : value;
}

const isBuiltinList = (list: CategoryConfig[] | undefined) =>
  !!list &&
  list.length == BUILTIN_CATEGORIES.length &&
  list.every((c, i) => c.id == BUILTIN_CATEGORIES[i] && Object.keys(c).length == 1);

/**
 * The config as exported and validated: the draft without empty fields, and without a
 * `categories` list that only repeats the built-in default.
 */
export function cleanConfig(draft: PortcullisConfig): PortcullisConfig {
  const out = (prune(draft) || {}) as PortcullisConfig;
  if (isBuiltinList(out.categories)) delete out.categories;
  return out;
}
