/**
 * The cold path: what runs only when something changes, so the loader does not carry it
 * on every page view. It validates a config this browser has not seen and records the
 * visitor's choices (js-cookie writes). The script-tag build loads it as
 * `portcullis-cold.js` on first use (`window.PortcullisCold`); the ESM build bundles it.
 */
import { choose, type Choice } from './core/choose';
import { removeCookie, writeCookie } from './core/cookie';
import { currentChoice, decide } from './core/decide';
import { randomId } from './core/randomId';
import type { ResolvedConfig } from './core/resolve';
import { encode, type StoredChoice } from './core/storage';
import { cleanup } from './gate/cleanup';
import { PREFIX } from './report';
import type { ConsentState } from './types';

export { validate } from './core/validate';

/** A recorded change: the new stored choice (null after a reset) and its cookie value. */
export interface Recorded {
  choice: StoredChoice | null;
  value: string;
}

/**
 * Turns an action into a stored choice and writes it (`null` forgets the choice). `fp` is
 * the fingerprint of the validated config, stored with the choice. When the change
 * withdraws vendors, their declared cookies and storage are cleared, and with
 * `reloadOnWithdraw` the page reloads once, since code that already ran cannot be unloaded.
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
    const chosen = choose(config, state, currentChoice(config, stored, now), change, now, randomId(), fp);
    if (chosen.unknown.length) console.warn(PREFIX, `update(): unknown ids ignored: ${chosen.unknown.join(', ')}`);
    choice = chosen.choice;
    value = encode(choice);
    if (!writeCookie(config.cookie, value)) console.warn(PREFIX, 'could not store the choice (cookies blocked?); it applies to this page only');
  } else removeCookie(config.cookie);
  const next = decide(config, choice, state.signals, now);
  cleanup(config, state, next);
  if (config.reloadOnWithdraw && Object.keys(state.categories).some((id) => state.categories[id] && !next.categories[id]))
    setTimeout(() => location.reload());
  return { choice, value };
}

/**
 * After a changed config was validated, re-stamps a still-current stored choice with the
 * new fingerprint, so the next page views skip validation again.
 */
export function restamp(config: ResolvedConfig, stored: StoredChoice | null, fp: string): void {
  const current = currentChoice(config, stored, Date.now());
  if (current && current.fp != fp) writeCookie(config.cookie, encode({ ...current, fp }));
}
