import type { ConsentState, Signals } from '../types';
import { resolveRegime } from './regions';
import type { StoredChoice } from './storage';
import type { ResolvedConfig } from './resolve';

const DAY = 864e5;

/**
 * The stored choice if it still counts: made for the current `policyVersion` and not older
 * than the cookie lifetime (a value can outlive its max-age when copied or tampered with).
 */
export function currentChoice(config: ResolvedConfig, stored: StoredChoice | null, now: number): StoredChoice | null {
  return stored &&
    stored.policyVersion === config.policyVersion &&
    now - stored.at <= config.cookie.maxAgeDays * DAY
    ? stored
    : null;
}

/**
 * Decides what may run. Pure: the same config, stored choice, signals and time give the
 * same state.
 *
 * - Without a current choice, `opt-in` allows only `necessary`; `opt-out` and `notice`
 *   allow everything.
 * - With one, the categories the visitor allowed; vendors follow their category unless
 *   the visitor set them explicitly.
 * - An honored GPC or DNT signal turns off every sale/sharing category and its vendors,
 *   and wins over a stored "allow": 11 CCR §7025(c)(3) (https://law.cornell.edu/regulations/california/11-CCR-7025).
 */
export function decide(config: ResolvedConfig, stored: StoredChoice | null, signals: Signals, now: number): ConsentState {
  const regime = config.regime || resolveRegime(config.region, config.regimes);
  const choice = currentChoice(config, stored, now);
  // A signal is "honored" when it is detected, the site honors it, and it has something to turn off.
  const applies = config.categories.some((c) => c.saleOrSharing);
  const honored = { gpc: signals.gpc && config.signals.gpc && applies, dnt: signals.dnt && config.signals.dnt && applies };
  const optedOut = honored.gpc || honored.dnt;

  const chosen: Record<string, boolean> = {};
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) {
    chosen[c.id] = c.id == 'necessary' || (choice ? choice.categories.includes(c.id) : regime != 'opt-in');
    categories[c.id] = chosen[c.id] && !(optedOut && c.saleOrSharing);
  }
  const vendors: Record<string, boolean> = {};
  for (const v of config.vendors) {
    const own = choice?.vendors[v.id];
    const explicit = v.category == 'necessary' || (typeof own == 'boolean' ? own : undefined);
    vendors[v.id] = (explicit ?? chosen[v.category]) && !(optedOut && isSale(config, v.category));
  }
  return {
    decided: !!choice,
    regime,
    region: config.region,
    categories,
    vendors,
    signals: { gpc: signals.gpc, dnt: signals.dnt },
    honored,
    policyVersion: config.policyVersion,
    updatedAt: choice ? new Date(choice.at).toISOString() : null,
    id: choice ? choice.id : '',
  };
}

function isSale(config: ResolvedConfig, category: string): boolean {
  return config.categories.some((c) => c.id == category && c.saleOrSharing);
}

/** Whether a category or vendor id is allowed in a state; unknown ids are not. */
export function isAllowed(state: ConsentState, id: string): boolean {
  // Strict: `state.categories.constructor` must not count as an allowed id.
  return state.categories[id] === true || state.vendors[id] === true;
}
