import type { currentChoice } from './core/decide';
import type { MAX_AGE_CAP, REGION, resolve } from './core/resolve';

/**
 * What the loader shares with the cold chunk (`window.PortcullisCore`, set by loader.ts), in
 * this order: the parts of core/resolve and core/decide the cold path uses. The cold build
 * reads them in src/coldCore.ts instead of carrying second copies: 0.7 KB less on every
 * first visit and on a returning visitor's first choice. A list, so only the loader's
 * minified references travel, not their names.
 */
export type SharedCore = [typeof resolve, typeof currentChoice, typeof REGION, typeof MAX_AGE_CAP];

declare global {
  interface Window {
    /** Internal: the loader's core for the cold chunk (not part of the public API). */
    PortcullisCore?: SharedCore;
  }
}
