/** A run of text: plain, or a link. */
export type Part = string | { text: string; href: string };

// http(s), protocol-relative or relative: any scheme before the first / ? # must be http(s).
const SAFE_URL = /^(https?:|[^:/?#]*([/?#]|$))/i;

/**
 * Splits config text into plain runs and `[text](url)` links, for rendering as text nodes and
 * `<a>` elements (never as HTML). URLs may hold one level of balanced parentheses. A link whose URL is not http(s), protocol-relative or
 * relative (`javascript:`, `data:`…) keeps only its text.
 */
export function markdownLinks(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g)) {
    parts.push(text.slice(last, m.index), SAFE_URL.test(m[2]) ? { text: m[1], href: m[2] } : m[1]);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((p) => p !== '');
}
