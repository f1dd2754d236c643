/**
 * The cold path: what runs only when something changes, so the loader does not carry it
 * on every page view. It validates a config this browser has not seen and records the
 * visitor's choices (js-cookie writes). The script-tag build loads it as
 * `portcullis-cold.js` on first use (`window.PortcullisCold`); the ESM build bundles it.
 */
import { choose, type Choice } from './core/choose';
import { removeCookie, writeCookie } from './core/cookie';
import { currentChoice } from './core/decide';
import { randomId } from './core/randomId';
import type { ResolvedConfig } from './core/resolve';
import { encode, type StoredChoice } from './core/storage';
import { cleanup } from './gate/cleanup';
import { PREFIX } from './report';
import type { ConsentState } from './types';

export { validate } from './core/validate';

/** A recorded change: the new stored choice (null after a reset), its cookie value, and how to store it. */
export interface Recorded {
  choice: StoredChoice | null;
  value: string;
  /**
   * Stores it: writes the cookie (or removes it after a reset); when the change withdraws
   * vendors, clears their declared cookies and storage, and with `reloadOnWithdraw` reloads
   * the page once, since code that already ran cannot be unloaded. `next` is the state the
   * caller decided from `choice` when it applied it.
   */
  commit(next: ConsentState): void;
}

// The id of the next choice, made when this chunk loads: a page's first
// crypto.getRandomValues() is slow, and a choice is made inside a click.
let nextId = randomId();

/**
 * Turns an action into a stored choice (`null` forgets the choice), without storing it yet:
 * the caller applies it at once and commits it a moment later. `fp` is the fingerprint of
 * the validated config, stored with the choice.
 */
export function record(
  config: ResolvedConfig,
  state: ConsentState,
  stored: StoredChoice | null,
  change: Choice | null,
  fp: string,
): Recorded {
  const now = Date.now();
  let choice: StoredChoice | null = null;
  let value = '';
  if (change) {
    const chosen = choose(config, state, currentChoice(config, stored, now), change, now, nextId || randomId(), fp);
    nextId = '';
    if (chosen.unknown.length) console.warn(PREFIX, `update(): unknown ids ignored: ${chosen.unknown.join(', ')}`);
    choice = chosen.choice;
    value = encode(choice);
  }
  return {
    choice,
    value,
    commit(next) {
      // The next id is drawn here, after the click that used this one has painted, and
      // what the change withdraws is worked out here too.
      nextId ||= randomId();
      if (!change) removeCookie(config.cookie);
      else if (!writeCookie(config.cookie, value)) console.warn(PREFIX, 'could not store the choice (cookies blocked?); it applies to this page only');
      cleanup(config, state, next);
      if (config.reloadOnWithdraw && Object.keys(state.categories).some((id) => state.categories[id] && !next.categories[id]))
        setTimeout(() => location.reload());
    },
  };
}

/**
 * After a changed config was validated, re-stamps a still-current stored choice with the
 * new fingerprint, so the next page views skip validation again.
 */
export function restamp(config: ResolvedConfig, stored: StoredChoice | null, fp: string): void {
  const current = currentChoice(config, stored, Date.now());
  if (current && current.fp != fp) writeCookie(config.cookie, encode({ ...current, fp }));
}
