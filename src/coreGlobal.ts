import { currentChoice, decide } from './core/decide';
import { MAX_AGE_CAP, REGION, resolve } from './core/resolve';

/**
 * What the loader shares with the cold chunk, in this order: the parts of core/resolve
 * and core/decide the cold path uses. A list, so only the loader's minified references
 * travel, not their names.
 */
export type SharedCore = [typeof resolve, typeof decide, typeof currentChoice, typeof REGION, typeof MAX_AGE_CAP];

declare global {
  interface Window {
    /** Internal: the loader's core for the cold chunk (not part of the public API). */
    PortcullisCore?: SharedCore;
  }
}

/**
 * Hands the loader's own core functions to the cold chunk (see src/coldCore.ts), whose
 * build would otherwise carry second copies: 0.7 KB less on every first visit and on a
 * returning visitor's first choice.
 */
export function shareCore(): void {
  window.PortcullisCore = [resolve, decide, currentChoice, REGION, MAX_AGE_CAP];
}
