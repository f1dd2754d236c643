import { catalogById, toVendor } from '../catalog';
import type { PortcullisConfig, VendorConfig } from '../types';
import { categoriesOf, withVendors } from './vendors';

/** What an import produced; the caller validates the config like any draft. */
export type ImportResult =
  | { ok: false; error: string }
  | { ok: true; kind: 'config'; config: PortcullisConfig; notes: string[] }
  | {
      ok: true;
      kind: 'report';
      config: PortcullisConfig;
      added: string[];
      present: string[];
      /** Third-party hosts no catalog entry covers, for a person to classify. */
      unknownHosts: string[];
      notes: string[];
    };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const REPORT_KEYS = ['findings', 'trackers', 'unknownHosts'];

/** JSON, or the object literal inside `window.portcullisConfig = {…};` when that is JSON. */
function parse(text: string): unknown {
  const clean = text.replace(/^\uFEFF/, '').trim();
  try {
    return JSON.parse(clean);
  } catch (e) {
    const inner = clean.slice(clean.indexOf('{'), clean.lastIndexOf('}') + 1);
    if (inner && inner != clean)
      try {
        return JSON.parse(inner);
      } catch {
        // report the first error, about the text as given
      }
    throw e;
  }
}

/** A vendor from a catalog id, or undefined. */
const fromCatalog = (id: unknown) => (typeof id == 'string' && catalogById(id) ? toVendor(catalogById(id)!) : undefined);

/** Vendors and unknown hosts from any report shape the scanner writes or wrote. */
function readReport(input: Obj, notes: string[]): { vendors: VendorConfig[]; hosts: string[] } {
  const vendors: VendorConfig[] = [];
  const hosts: string[] = [];
  const nested = isObj(input.config) ? input.config.vendors : undefined;
  if (isObj(input.config) && input.config.autoBlock === true)
    notes.push('The scan saw trackers run before consent: consider turning on automatic blocking (Signals, cookie and Consent Mode).');
  for (const v of [...list(input.vendors), ...list(nested)]) {
    // A bare catalog id, or a vendor object (completed from the catalog when it is a catalog id).
    const known = fromCatalog(isObj(v) ? v.id : v);
    if (isObj(v) && typeof v.id == 'string') vendors.push({ ...known, ...v } as VendorConfig);
    else if (known) vendors.push(known);
    else notes.push(`Skipped a vendor that is neither a catalog id nor an object with an id: ${JSON.stringify(v)?.slice(0, 60)}`);
  }
  for (const f of [...list(input.findings), ...list(input.trackers)]) {
    const id = isObj(f) ? (f.catalogId ?? f.id) : f;
    const known = fromCatalog(id);
    if (known) vendors.push(known);
    else if (id) notes.push(`"${String(id)}" is not in the tracker catalog; add it as a custom vendor.`);
    if (!id && isObj(f)) hosts.push(...[f.host, ...list(f.hosts)].filter((h): h is string => typeof h == 'string'));
  }
  for (const h of list(input.unknownHosts)) {
    const host = isObj(h) ? h.host : h;
    if (typeof host == 'string') hosts.push(host);
  }
  const unique = vendors.filter((v, i) => vendors.findIndex((w) => w.id == v.id) == i);
  return { vendors: unique, hosts: [...new Set(hosts.map((h) => h.toLowerCase()))] };
}

/** Makes an imported config safe to edit: wrong-typed containers are dropped with a note; values are left to the validator. */
function tolerate(input: Obj, notes: string[]): PortcullisConfig {
  const c: Obj = { ...input };
  if (typeof c.policyVersion == 'number') c.policyVersion = String(c.policyVersion);
  for (const key of ['vendors', 'categories'])
    if (c[key] !== undefined) {
      if (!Array.isArray(c[key])) {
        notes.push(`"${key}" is not a list and was left out.`);
        delete c[key];
      } else if ((c[key] as unknown[]).some((x) => !isObj(x))) {
        notes.push(`Entries of "${key}" that are not objects were left out.`);
        c[key] = (c[key] as unknown[]).filter(isObj);
      }
    }
  for (const key of ['regimes', 'signals', 'cookie', 'translations', 'theme', 'ui'])
    if (c[key] !== undefined && !isObj(c[key])) {
      notes.push(`"${key}" is not an object and was left out.`);
      delete c[key];
    }
  if (isObj(c.translations))
    for (const [lang, t] of Object.entries(c.translations))
      if (!isObj(t)) {
        notes.push(`translations.${lang} is not an object and was left out.`);
        c.translations = { ...(c.translations as Obj), [lang]: undefined };
      }
  const config = c as unknown as PortcullisConfig;
  return { ...config, categories: categoriesOf(config) };
}

/**
 * Reads an import: a config (JSON, or the `window.portcullisConfig = {…}` line), or a scan
 * report — `{ vendors: VendorConfig[] }`, `{ findings: [{ catalogId }] }`, or the scanner's
 * `{ trackers, unknownHosts, config }`. A config replaces the draft; a report's vendors are
 * added to `current`. Tolerant: what it cannot use is left out with a note, never thrown.
 */
export function readImport(text: string, current: PortcullisConfig): ImportResult {
  let input: unknown;
  try {
    input = parse(text);
  } catch (e) {
    return { ok: false, error: `This is not JSON: ${(e as Error).message}` };
  }
  if (!isObj(input)) return { ok: false, error: 'Expected a JSON object: a config or a scan report.' };
  const notes: string[] = [];
  const configKeys = Object.keys(input).filter((k) => k != 'vendors');
  const isReport =
    REPORT_KEYS.some((k) => k in input) || (Array.isArray(input.vendors) && input.policyVersion === undefined && !configKeys.length);
  if (!isReport) return { ok: true, kind: 'config', config: tolerate(input, notes), notes };
  const { vendors, hosts } = readReport(input, notes);
  const result = withVendors(current, vendors);
  const listed = new Set((result.config.vendors || []).flatMap((v) => v.hosts || []));
  const unknownHosts = hosts.filter((h) => !listed.has(h));
  return { ok: true, kind: 'report', ...result, unknownHosts, notes };
}
