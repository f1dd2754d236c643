import type { Signals } from '../types';

/** The parts of `navigator` and `window` the signals come from; injectable for tests. */
export interface SignalSource {
  navigator?: { globalPrivacyControl?: unknown; doNotTrack?: unknown };
  doNotTrack?: unknown;
}

/**
 * Reads Global Privacy Control and Do Not Track. Only `true` counts as GPC (the spec's JS
 * property; Chrome leaves it undefined) and only `'1'` as DNT
 * (https://w3c.github.io/gpc/, https://developer.mozilla.org/docs/Web/HTTP/Headers/DNT).
 * Read once at start: browsers fix GPC per top-level navigation.
 */
export function readSignals(source: SignalSource = globalThis as SignalSource): Signals {
  const nav = source.navigator || {};
  return {
    gpc: nav.globalPrivacyControl === true,
    dnt: nav.doNotTrack === '1' || source.doNotTrack === '1',
  };
}
