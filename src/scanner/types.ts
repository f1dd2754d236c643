/**
 * The scan report (`portcullis scan --report report.json`): everything the scanner saw on a
 * site, matched against the tracker catalog, plus the draft config it derived. The
 * configurator imports this file; `version` changes only when a field changes meaning.
 */
import type { CatalogCategory } from '../catalog';
import type { PortcullisConfig } from '../types';

/** Before any consent (a fresh visitor), or after "Accept all" in a Portcullis banner. */
export type Phase = 'before' | 'after';

/** A request the page made to a host of another site. */
export interface RequestRecord {
  url: string;
  /** Lowercase hostname, without port. */
  host: string;
  /** What the browser loaded: `document` (a frame), `script`, `image`, `xhr`, `fetch`, `ping` (a beacon), `stylesheet`... */
  type: string;
}

/** A cookie present in the browser at the end of a pass. */
export interface CookieRecord {
  name: string;
  /** As the browser stores it: `.example.com` (domain cookie) or `www.example.com` (host-only). */
  domain: string;
  path: string;
  /** Expiry as Unix time in seconds; -1 for a session cookie. */
  expires: number;
  /** Set on a domain of another site than the page. */
  thirdParty: boolean;
}

/** What one load of one page recorded. */
export interface PassRecord {
  /** Third-party requests, each URL once. */
  requests: RequestRecord[];
  /** Every cookie in the browser (each pass starts with none). */
  cookies: CookieRecord[];
  /** localStorage keys of the page's own origin. */
  storage: string[];
  /** URLs of the frames the page loaded. */
  iframes: string[];
}

/** One scanned page. */
export interface PageRecord {
  /** The URL after redirects. */
  url: string;
  /** HTTP status of the page, or null when it could not be loaded. */
  status: number | null;
  /** Why the page could not be scanned (unreachable, timeout); the scan went on. */
  error?: string;
  /** `window.Portcullis` exists on the page. */
  portcullis: boolean;
  /** How consent was given in the second pass: the banner's "Accept all" button, the API, or not at all. */
  consent: 'button' | 'api' | 'failed' | null;
  /** The first pass: a first visit, no choice made. */
  before: PassRecord;
  /**
   * The second pass, another first visit in which "Accept all" was given once the page had
   * settled: everything that load did, before and after the click. Null when the page has
   * no Portcullis.
   */
  after: PassRecord | null;
}

/** A catalog tracker found on the site. */
export interface TrackerFinding {
  /** Catalog id (`google-analytics`). */
  id: string;
  name: string;
  category: CatalogCategory;
  /** Hosts it was seen requesting. */
  hosts: string[];
  /** Names of the cookies attributed to it. */
  cookies: string[];
  /** localStorage keys attributed to it. */
  storage: string[];
  /** Pages (URLs) where it was seen, in either phase. */
  pages: string[];
  /** Seen on some page before any consent. */
  before: boolean;
  /** Seen after "Accept all" (only on pages with Portcullis). */
  after: boolean;
}

/** A third-party host no catalog entry covers: for a person to classify. */
export interface UnknownHost {
  host: string;
  /** One URL requested from it. */
  example: string;
  pages: string[];
  before: boolean;
  after: boolean;
}

/** A cookie no catalog entry covers (the `portcullis` choice cookie is left out). */
export interface UnknownCookie {
  name: string;
  domain: string;
  thirdParty: boolean;
  pages: string[];
  before: boolean;
  after: boolean;
}

/** A tracker that needs consent and ran before it: what `--check` fails on. */
export interface Violation {
  /** Catalog id of the tracker. */
  id: string;
  name: string;
  category: CatalogCategory;
  /** The page it happened on. */
  page: string;
  /** A request to one of its hosts, a cookie or a localStorage key of its own. */
  kind: 'request' | 'cookie' | 'storage';
  /** The request URL, the cookie name or the storage key. */
  detail: string;
}

/** The full findings of a scan, written by `--report`. */
export interface ScanReport {
  /** Format version of this report. */
  version: 1;
  /** The URL the scan started from. */
  url: string;
  /** The first-party site (registrable domain, or the host for IPs and single labels). */
  site: string;
  /** ISO time the scan started. */
  scannedAt: string;
  /** At least one page has Portcullis. */
  portcullis: boolean;
  pages: PageRecord[];
  /** Catalog trackers found, by category then name. */
  trackers: TrackerFinding[];
  unknownHosts: UnknownHost[];
  unknownCookies: UnknownCookie[];
  /** Non-functional trackers that made a request or stored something before consent. */
  violations: Violation[];
  /** The draft config (also what `--out` writes). */
  config: PortcullisConfig;
}
