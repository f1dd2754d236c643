/** A random 16-character base-36 id for a consent record (not a visitor identifier). */
export function randomId(): string {
  const words = new Uint32Array(4);
  try {
    crypto.getRandomValues(words);
  } catch {
    // Very old or locked-down runtimes: still unique enough for a receipt id.
    for (let i = 0; i < 4; i++) words[i] = (Math.random() * 2 ** 32) >>> 0;
  }
  let id = '';
  for (const w of words) id += (w % 1679616).toString(36).padStart(4, '0');
  return id;
}
