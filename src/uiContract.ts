import type { ResolvedConfig } from './core/resolve';
import type { LoadFile } from './loadScript';
import type { PortcullisApi, UiView } from './types';

/** What the loader hands the lazily loaded UI. */
export interface UiContext {
  config: ResolvedConfig;
  /** The public API: the UI acts only through it, like any page code. */
  api: PortcullisApi;
  /** The UI reports what it shows; the loader emits `portcullis:ui`. */
  setView(view: UiView): void;
  /** Directory the loader was served from (ends with `/`), for the CSS file fallback. */
  base: string;
  /** The loader's CSP nonce. */
  nonce: string;
  /** Loads a file next to the loader (the preference center, a language): the loader's own copy. */
  load: LoadFile;
}

/** Elements that get a placeholder while blocked. */
export const PLACEHOLDER_SELECTOR = 'iframe[data-consent],[data-consent][data-placeholder]';

/** A mounted UI. */
export interface UiHandle {
  show(view: 'banner' | 'preferences'): void;
  /** An element that needs a placeholder appeared: draw again (once per task). */
  refresh(): void;
  close(): void;
  destroy(): void;
}

/** The UI chunk's export. */
export interface UiModule {
  mount(ctx: UiContext): UiHandle;
}
