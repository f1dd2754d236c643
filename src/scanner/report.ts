import type { CatalogEntry } from '../catalog';
import { CATEGORY_ORDER, draftConfig } from './draftConfig';
import { matchCookie, matchHost, matchStorage, needsConsent } from './match';
import { siteOf } from './site';
import type {
  PageRecord,
  PassRecord,
  Phase,
  ScanReport,
  TrackerFinding,
  UnknownCookie,
  UnknownHost,
  Violation,
} from './types';

/** The choice cookie of Portcullis itself (its default name), never a finding. */
const OWN_COOKIE = 'portcullis';

interface Findings {
  trackers: Map<string, TrackerFinding>;
  hosts: Map<string, UnknownHost>;
  cookies: Map<string, UnknownCookie>;
  /** By tracker, page, kind and detail, so each is reported once. */
  violations: Map<string, Violation>;
}

/** The item under `key`, made on first use. */
function upsert<T>(map: Map<string, T>, key: string, make: () => T): T {
  let item = map.get(key);
  if (!item) map.set(key, (item = make()));
  return item;
}

const unseen = () => ({ pages: [] as string[], before: false, after: false });

/** Notes that something was seen on a page in a phase. */
function mark(item: ReturnType<typeof unseen>, page: string, phase: Phase): void {
  if (!item.pages.includes(page)) item.pages.push(page);
  item[phase] = true;
}

/** Everything one pass shows, attributed to catalog trackers or listed as unknown. */
function attribute(pass: PassRecord, page: string, phase: Phase, into: Findings): void {
  const seen = new Set<string>();
  const hit = (entry: CatalogEntry, kind: Violation['kind'], detail: string, value = detail) => {
    const { id, name, category } = entry;
    seen.add(id);
    const t = upsert(into.trackers, id, () => ({
      id,
      name,
      category,
      hosts: [],
      cookies: [],
      storage: [],
      ...unseen(),
    }));
    mark(t, page, phase);
    const list = kind == 'request' ? t.hosts : kind == 'cookie' ? t.cookies : t.storage;
    if (!list.includes(value)) list.push(value);
    if (phase == 'before' && needsConsent(category))
      upsert(into.violations, [id, page, kind, detail].join(' '), () => ({
        id,
        name,
        category,
        page,
        kind,
        detail,
      }));
  };
  for (const req of pass.requests) {
    const entry = matchHost(req.host);
    if (entry) hit(entry, 'request', req.url, req.host);
    else
      mark(
        upsert(into.hosts, req.host, () => ({ host: req.host, example: req.url, ...unseen() })),
        page,
        phase,
      );
  }
  for (const c of pass.cookies) {
    if (c.name == OWN_COOKIE && !c.thirdParty) continue;
    const entry = matchCookie(c, seen);
    if (entry) hit(entry, 'cookie', c.name);
    else {
      const make = () => ({
        name: c.name,
        domain: c.domain,
        thirdParty: c.thirdParty,
        ...unseen(),
      });
      mark(upsert(into.cookies, c.name + ' ' + c.domain, make), page, phase);
    }
  }
  for (const key of pass.storage) {
    const entry = matchStorage(key, seen);
    if (entry) hit(entry, 'storage', key);
  }
}

const byCategoryThenName = (a: TrackerFinding, b: TrackerFinding) =>
  CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
  a.name.localeCompare(b.name, 'en');

/**
 * Matches what the scan recorded against the tracker catalog and derives the draft config.
 * Pure: the same pages give the same report.
 */
export function buildReport(
  url: string,
  pages: readonly PageRecord[],
  startedAt: Date,
): ScanReport {
  const into: Findings = {
    trackers: new Map(),
    hosts: new Map(),
    cookies: new Map(),
    violations: new Map(),
  };
  for (const page of pages) {
    attribute(page.before, page.url, 'before', into);
    if (page.after) attribute(page.after, page.url, 'after', into);
  }
  const trackers = [...into.trackers.values()].sort(byCategoryThenName);
  return {
    version: 1,
    url,
    site: siteOf(new URL(pages[0]?.url || url).hostname),
    scannedAt: startedAt.toISOString(),
    portcullis: pages.some((p) => p.portcullis),
    pages: pages.slice(),
    trackers,
    unknownHosts: [...into.hosts.values()].sort((a, b) => a.host.localeCompare(b.host)),
    unknownCookies: [...into.cookies.values()].sort((a, b) => a.name.localeCompare(b.name)),
    violations: [...into.violations.values()],
    config: draftConfig(trackers, startedAt),
  };
}
