import type { ConsentState } from '../types';
import type { StoredChoice } from './storage';
import type { ResolvedConfig } from './resolve';

/** What the visitor did: accept all, reject all, or set some ids. */
export type Choice = 'all' | 'none' | Record<string, boolean>;

/**
 * Turns a visitor's action into the choice to store. A partial update starts from what the
 * visitor chose before (or the regime's default), so unlisted ids keep their value. The
 * visitor's own words are stored even where a signal overrides them: the signal is applied
 * when deciding, so turning it off later restores exactly what was chosen.
 */
export function choose(
  config: ResolvedConfig,
  state: ConsentState,
  previous: StoredChoice | null,
  change: Choice,
  now: number,
  id: string,
  fp: string,
): { choice: StoredChoice; unknown: string[] } {
  const ids = config.categories.map((c) => c.id).filter((c) => c != 'necessary');
  const unknown: string[] = [];
  let categories: string[] = [];
  let vendors: Record<string, boolean> = {};
  if (change == 'all') categories = ids;
  else if (change != 'none') {
    const on = new Set(previous ? previous.categories : ids.filter(() => state.regime != 'opt-in'));
    vendors = { ...previous?.vendors };
    for (const key in change) {
      const value = !!change[key];
      if (ids.includes(key)) value ? on.add(key) : on.delete(key);
      else if (config.vendors.some((v) => v.id == key)) vendors[key] = value;
      else if (key != 'necessary') unknown.push(key);
    }
    categories = ids.filter((c) => on.has(c));
  }
  return { choice: { policyVersion: config.policyVersion, at: now, id, fp, categories, vendors }, unknown };
}
