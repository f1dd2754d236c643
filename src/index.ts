/**
 * The ESM entry for bundlers: `import { init } from 'portcullis'`. Same behavior as the
 * script tag; the UI is a separate chunk your bundler splits off, and the cold path is
 * bundled, so actions apply synchronously.
 */
import { createApi } from './api';
import { boot } from './boot';
import * as cold from './cold';
import { lazy } from './lazy';
import { loadUi } from './loadUi';
import { listenOpenLinks } from './openLinks';
import { PREFIX } from './report';
import type { PortcullisConfig, PortcullisInstance } from './types';

export type {
  CategoryConfig,
  ConsentModeOptions,
  ConsentState,
  CookieDetail,
  PortcullisApi,
  PortcullisConfig,
  PortcullisEvents,
  PortcullisInstance,
  Regime,
  SignalPolicy,
  Signals,
  UiView,
  VendorConfig,
} from './types';
export { validate } from './core/validate';
export { decide } from './core/decide';
export { DEFAULT_REGIMES, resolveRegime } from './core/regions';

/** Options for {@link init}. */
export interface InitOptions {
  /** CSP nonce for activated scripts. @default '' */
  nonce?: string;
  /** Also set `window.Portcullis` (for `data-portcullis-open` and page scripts). @default true */
  global?: boolean;
}

/**
 * Starts Portcullis with a config and returns its API plus `destroy()`. Call it as early
 * as possible: marked elements stay inert until it runs. An invalid config fails closed
 * with one console error, like the script tag.
 */
export function init(config: PortcullisConfig, options: InitOptions = {}): PortcullisInstance {
  const handle = createApi(document);
  const stopLinks = listenOpenLinks(document, handle.api.openPreferences);
  const nonce = options.nonce || '';
  // Bundled, every chunk is a dynamic import: nothing is loaded by URL.
  const load = () => Promise.reject(new Error('not used in the ESM build'));
  // Bundled, the cold path is simply there: actions apply synchronously.
  const destroy = boot(config, handle, { doc: document, nonce, base: '', load, loadUi: () => loadUi(load), cold: lazy(() => Promise.resolve(cold), cold) });
  const global = options.global !== false;
  if (global) {
    if (window.Portcullis) console.warn(PREFIX, 'window.Portcullis already exists; it is replaced');
    window.Portcullis = handle.api;
  }
  return {
    ...handle.api,
    destroy() {
      destroy();
      stopLinks();
      if (global && window.Portcullis === handle.api) delete window.Portcullis;
    },
  };
}
