import { needsConsent } from './match';
import { clip, table } from './table';
import type { Phase, ScanReport, Violation } from './types';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
/** `1 page`, `2 pages`. */
export const plural = (n: number, one: string, many = one + 's'): string =>
  `${n} ${n == 1 ? one : many}`;

/** One progress line: `[2/10] https://shop.example/pricing (after consent)`. */
export function progressLine(n: number, limit: number, url: string, phase: Phase): string {
  return `[${n}/${limit}] ${url} (${phase == 'before' ? 'before consent' : 'after "Accept all"'})`;
}

/** What the scan covered and whether and how consent was given. */
function summary(r: ScanReport): string {
  const loaded = r.pages.filter((p) => p.status != null);
  const consent = r.pages.find((p) => p.consent)?.consent;
  const how =
    consent == 'button'
      ? 'consent given with its "Accept all" button'
      : consent == 'api'
        ? 'consent given with Portcullis.acceptAll()'
        : 'giving consent failed';
  const banner = r.portcullis
    ? `Portcullis found, ${how}`
    : 'no Portcullis on the site: scanned before consent only';
  return `Scanned ${plural(loaded.length, 'page')} of ${r.url} (${banner}).`;
}

/** The trackers table: tracker, category, cookies, pages, before and after consent. */
export function trackersTable(r: ScanReport): string {
  if (!r.trackers.length) return 'No known trackers found.';
  const total = r.pages.filter((p) => p.status != null).length;
  const rows = r.trackers.map((t) => [
    t.name,
    t.category,
    clip(t.cookies.join(', ') || '-', 36),
    `${t.pages.length}/${total}`,
    t.before && needsConsent(t.category) ? 'YES' : yesNo(t.before),
    r.portcullis ? yesNo(t.after) : 'n/a',
  ]);
  const text = table(
    ['Tracker', 'Category', 'Cookies', 'Pages', 'Before consent', 'After consent'],
    rows,
  );
  return r.violations.length ? `${text}\n(YES: needs consent, yet ran before it)` : text;
}

/** Third-party hosts and cookies the catalog does not know, for a person to classify. */
export function unknownsText(r: ScanReport): string {
  const out: string[] = [];
  if (r.unknownHosts.length) {
    const rows = r.unknownHosts.map((h) => [
      h.host,
      String(h.pages.length),
      yesNo(h.before),
      r.portcullis ? yesNo(h.after) : 'n/a',
      clip(h.example, 60),
    ]);
    out.push(
      `Unknown third-party hosts (not in the catalog; classify them by hand):\n${table(['Host', 'Pages', 'Before consent', 'After consent', 'Example'], rows)}`,
    );
  }
  if (r.unknownCookies.length)
    out.push(
      `Cookies not in the catalog: ${r.unknownCookies.map((c) => `${c.name} (${c.thirdParty ? 'third party, ' : ''}${c.domain})`).join(', ')}`,
    );
  return out.join('\n\n');
}

/** Pages that could not be scanned. */
export function errorsText(r: ScanReport): string {
  return r.pages
    .filter((p) => p.error)
    .map((p) => `! ${p.url}: ${p.error}`)
    .join('\n');
}

/**
 * Trackers that need consent and ran before it, grouped by tracker and page, with what
 * they did there (at most three items each).
 */
export function violationsText(violations: readonly Violation[]): string {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) {
    const key = `${v.name} (${v.category}) on ${v.page}`;
    groups.set(key, [...(groups.get(key) || []), v]);
  }
  const trackers = new Set(violations.map((v) => v.id)).size;
  const lines = [
    `${plural(trackers, 'tracker')} that need${trackers == 1 ? 's' : ''} consent ran before it:`,
  ];
  for (const [key, list] of groups) {
    lines.push(`  ${key}`);
    for (const v of list.slice(0, 3)) lines.push(`    ${v.kind} ${v.detail}`);
    if (list.length > 3) lines.push(`    and ${list.length - 3} more`);
  }
  return lines.join('\n');
}

/** The outcome of `--check`, one verdict line plus the details when it fails. */
export function checkText(r: ScanReport): string {
  if (!r.violations.length)
    return 'Check passed: no analytics, advertising, session replay or personalization tracker ran before consent.';
  return `Check failed: ${violationsText(r.violations)}`;
}

/** Everything printed after a scan, apart from `--check`'s verdict. */
export function reportText(r: ScanReport, check: boolean): string {
  const parts = [summary(r), trackersTable(r), unknownsText(r), errorsText(r)];
  if (!check && r.violations.length) parts.push(`Warning: ${violationsText(r.violations)}`);
  return parts.filter(Boolean).join('\n\n');
}
