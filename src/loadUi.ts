import { loadScript } from './loadScript';
import type { UiModule } from './uiContract';

/**
 * Loads the UI. The script-tag build adds `portcullis-ui.js` from the loader's own
 * directory (with the loader's nonce); the ESM build uses a dynamic import so bundlers
 * split it. The unused branch is removed at build time.
 */
export function loadUi(base: string, nonce: string): Promise<UiModule> {
  return __IIFE__
    ? loadScript(`${base}portcullis-ui.js?v=${__VERSION__}`, nonce, () => (window as { PortcullisUI?: UiModule }).PortcullisUI)
    : import('./ui/index');
}
