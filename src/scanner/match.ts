import { catalog, type CatalogEntry } from '../catalog';
import { hostMatches } from '../core/hostMatch';
import { glob } from '../gate/cleanup';

/** How precisely a host pattern names a host: exact beats `*.`, a longer domain beats a shorter one. */
const hostScore = (pattern: string) =>
  pattern.startsWith('*.') ? pattern.length : 1000 + pattern.length;
/** How precisely a glob names a cookie: `_hjSession_*` beats `_hj*`, and a plain name beats both. */
const globScore = (pattern: string) =>
  pattern.includes('*') ? pattern.replace(/\*/g, '').length : 1000 + pattern.length;

const COOKIE_RULES = catalog.flatMap((entry) =>
  entry.cookies.map((c) => ({
    entry,
    test: glob(c.name),
    score: globScore(c.name),
    domain: c.domain?.replace(/^\./, ''),
  })),
);
const STORAGE_RULES = catalog.flatMap((entry) =>
  (entry.storage || []).map((key) => ({ entry, test: glob(key), score: globScore(key) })),
);

/** The catalog entry whose hosts cover `host` most precisely, or undefined. */
export function matchHost(host: string): CatalogEntry | undefined {
  let best: CatalogEntry | undefined;
  let bestScore = -1;
  for (const entry of catalog)
    for (const pattern of entry.hosts)
      if (hostScore(pattern) > bestScore && hostMatches(host, pattern)) {
        best = entry;
        bestScore = hostScore(pattern);
      }
  return best;
}

/** The best of several rule matches: a tracker already seen on the page first, then the most precise rule. */
function pick(
  matches: Array<{ entry: CatalogEntry; score: number }>,
  seen: ReadonlySet<string>,
): CatalogEntry | undefined {
  let best: { entry: CatalogEntry; score: number } | undefined;
  for (const m of matches) {
    const score = m.score + (seen.has(m.entry.id) ? 10_000 : 0);
    if (!best || score > best.score) best = { entry: m.entry, score };
  }
  return best?.entry;
}

/**
 * The tracker a cookie belongs to. A cookie on a tracker's own host is that tracker's
 * whatever its name; otherwise its name is matched against the catalog's cookie globs
 * (a first-party `_ga` is Google Analytics'). When several trackers document the name, one
 * that documents it on the cookie's domain wins, then one already seen on the page
 * (`seen`: catalog ids), then the most precise glob.
 */
export function matchCookie(
  cookie: { name: string; domain: string },
  seen: ReadonlySet<string> = new Set(),
): CatalogEntry | undefined {
  const domain = cookie.domain.replace(/^\./, '');
  const owner = matchHost(domain);
  if (owner) return owner;
  const named = COOKIE_RULES.filter((r) => r.test.test(cookie.name));
  return pick(
    named.map((r) => ({
      entry: r.entry,
      score: r.score + (r.domain && hostMatches(domain, '*.' + r.domain) ? 20_000 : 0),
    })),
    seen,
  );
}

/** The tracker a localStorage key belongs to, by the catalog's storage globs. */
export function matchStorage(
  key: string,
  seen: ReadonlySet<string> = new Set(),
): CatalogEntry | undefined {
  return pick(
    STORAGE_RULES.filter((r) => r.test.test(key)),
    seen,
  );
}

/**
 * Whether a tracker of this category needs consent, so that running before consent fails
 * `--check`. Everything but `functional` (chat, maps, payments, bot checks, the tag
 * container) does: analytics, advertising, session replay and personalization.
 */
export const needsConsent = (category: string): boolean => category != 'functional';
