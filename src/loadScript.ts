/**
 * Loads a chunk that sits next to the loader (`${base}${file}`) as a script carrying the
 * loader's CSP nonce, and resolves with the global it defines.
 */
export function loadScript<T>(base: string, file: string, global: string, nonce: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = `${base}${file}?v=${__VERSION__}`;
    s.nonce = nonce;
    s.onload = () => {
      const value = (window as unknown as Record<string, T>)[global];
      value ? resolve(value) : reject(new Error(`${s.src} is not the Portcullis ${file}`));
    };
    s.onerror = () => reject(new Error(`could not load ${s.src}; is it next to portcullis.js?`));
    document.head.appendChild(s);
  });
}
