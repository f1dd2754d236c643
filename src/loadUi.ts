import type { LoadFile } from './loadScript';
import type { UiModule } from './uiContract';

/**
 * Loads the UI. The script-tag build adds `portcullis-ui.js` from the loader's own
 * directory (with the loader's nonce); the ESM build uses a dynamic import so bundlers
 * split it. The unused branch is removed at build time.
 */
export function loadUi(load: LoadFile): Promise<UiModule> {
  return __IIFE__ ? load('portcullis-ui.js', () => (window as { PortcullisUI?: UiModule }).PortcullisUI) : import('./ui/index');
}
