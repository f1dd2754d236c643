import type { CookieDetail } from '../types';

/** A list edited one item per line in a text area. */
export const toLines = (list: readonly string[] | undefined): string => (list || []).join('\n');

/** The non-blank lines of a text area, trimmed. */
export const fromLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A cookie entry's name, whether written as a name or as details. */
export const cookieName = (c: string | CookieDetail): string => (typeof c == 'string' ? c : c?.name ?? '');

/**
 * Cookie names edited as lines, keeping the details (purpose, duration) of every name that
 * was already listed, so editing the names of a catalog vendor does not lose its cookie table.
 */
export function cookiesFromLines(text: string, previous: ReadonlyArray<string | CookieDetail> | undefined): Array<string | CookieDetail> {
  const details = new Map((previous || []).map((c) => [cookieName(c), c]));
  return fromLines(text).map((name) => details.get(name) ?? name);
}
