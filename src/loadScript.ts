/**
 * Adds a classic script carrying the loader's CSP nonce (so nonce-only policies allow it)
 * and resolves with what it defines, read by `defined()`; at once if that is already
 * there. Every chunk next to the loader (cold path, UI, preference center, languages)
 * loads this way.
 */
export function loadScript<T>(src: string, nonce: string, defined: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = defined();
    if (done) return resolve(done);
    const s = document.createElement('script');
    s.src = src;
    s.nonce = nonce;
    s.onload = () => {
      const value = defined();
      value ? resolve(value) : reject(new Error(`${src} is not a Portcullis file`));
    };
    s.onerror = () => reject(new Error(`could not load ${src}; is it next to portcullis.js?`));
    document.head.append(s);
  });
}

/**
 * Loads a Portcullis file from the loader's directory (`loadScript` with the loader's
 * nonce and version). The loader hands it to the UI, so the chunks share one copy.
 */
export type LoadFile = <T>(file: string, defined: () => T | undefined) => Promise<T>;

/** The `LoadFile` for a loader at `base` (its directory, ending with `/`) with `nonce`. */
export const fileLoader =
  (base: string, nonce: string): LoadFile =>
  (file, defined) =>
    loadScript(`${base}${file}?v=${__VERSION__}`, nonce, defined);
