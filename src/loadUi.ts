import type { UiModule } from './uiContract';

/**
 * Loads the UI. The script-tag build adds `portcullis-ui.js` from the loader's own
 * directory (with the loader's nonce); the ESM build uses a dynamic import so bundlers
 * split it. The unused branch is removed at build time.
 */
export function loadUi(base: string, nonce: string): Promise<UiModule> {
  if (!__IIFE__) return import('./ui/index');
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = `${base}portcullis-ui.js?v=${__VERSION__}`;
    if (nonce) s.nonce = nonce;
    s.onload = () => {
      const ui = (window as { PortcullisUI?: UiModule }).PortcullisUI;
      ui ? resolve(ui) : reject(new Error(`${s.src} is not the Portcullis UI`));
    };
    s.onerror = () => reject(new Error(`could not load the UI from ${s.src}; is it next to portcullis.js?`));
    document.head.appendChild(s);
  });
}
