import type { ResolvedConfig } from '../core/validate';
import type { ConsentState } from '../types';

/** The choices being edited in the preference center, by category and vendor id. */
export type Draft = Record<string, boolean>;

const categoryOf = (config: ResolvedConfig, id: string) =>
  config.categories.find((c) => c.id == id) ||
  config.categories.find((c) => c.id == config.vendors.find((v) => v.id == id)?.category);

/**
 * Whether the visitor cannot change an id here: `necessary` and its vendors are always on,
 * and an honored GPC/DNT signal keeps sale/sharing off whatever is chosen — 11 CCR
 * §7025(c)(3) (https://law.cornell.edu/regulations/california/11-CCR-7025).
 */
export function isLocked(config: ResolvedConfig, state: ConsentState, id: string): boolean {
  const c = categoryOf(config, id);
  return !c || c.id == 'necessary' || signalBlocks(config, state, id);
}

/** Whether an honored GPC/DNT signal keeps this category or vendor off. */
export function signalBlocks(config: ResolvedConfig, state: ConsentState, id: string): boolean {
  return !!categoryOf(config, id)?.saleOrSharing && (state.honored.gpc || state.honored.dnt);
}

/** The draft a preference center opens with: what is allowed now. */
export function initialDraft(config: ResolvedConfig, state: ConsentState): Draft {
  const draft: Draft = {};
  for (const c of config.categories) draft[c.id] = !!state.categories[c.id];
  for (const v of config.vendors) draft[v.id] = !!state.vendors[v.id];
  return draft;
}

/** Sets a category (and with it each of its vendors) or a single vendor. */
export function setChoice(config: ResolvedConfig, draft: Draft, id: string, on: boolean): Draft {
  const next = { ...draft, [id]: on };
  for (const v of config.vendors) if (v.category == id) next[v.id] = on;
  return next;
}

/** The ids of sale/sharing categories. */
export const saleIds = (config: ResolvedConfig): string[] =>
  config.categories.filter((c) => c.saleOrSharing).map((c) => c.id);

/** "Do Not Sell or Share" is on when every sale/sharing category and vendor is off. */
export const optedOut = (config: ResolvedConfig, draft: Draft): boolean =>
  saleIds(config).every((id) => !draft[id] && config.vendors.every((v) => v.category != id || !draft[v.id]));

/** Turns every sale/sharing category and its vendors off (`optOut`) or on. */
export function setSale(config: ResolvedConfig, draft: Draft, optOut: boolean): Draft {
  return saleIds(config).reduce((d, id) => setChoice(config, d, id, !optOut), draft);
}

/** What to pass to `update()`: every id the visitor could change, nothing locked. */
export function choices(config: ResolvedConfig, state: ConsentState, draft: Draft): Draft {
  const out: Draft = {};
  for (const id in draft) if (!isLocked(config, state, id)) out[id] = draft[id];
  return out;
}
