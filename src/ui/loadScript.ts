/**
 * Adds a classic script (so nonce-only CSPs allow it, with the loader's nonce) and resolves
 * with what it defines, read by `defined()`; at once if that is already there.
 */
export function loadScript<T>(src: string, nonce: string, defined: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = defined();
    if (done) return resolve(done);
    const s = document.createElement('script');
    s.src = src;
    if (nonce) s.nonce = nonce;
    s.onload = () => {
      const value = defined();
      value ? resolve(value) : reject(new Error(`${src} is not a Portcullis file`));
    };
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}
