/**
 * The stored choice and its compact cookie form:
 *
 *   1.<time, base-36 seconds>.<consent id>.<config fingerprint>.<allowed categories>.<vendor overrides>.<policyVersion>
 *
 * e.g. `1.t4k2c1.k3j9x0a8b7c6d5e4.1x2y3z.analytics+personalization.hotjar+!meta.2026-01`.
 * Lists are joined with `+`; a vendor prefixed with `!` was turned off. `policyVersion` is
 * last so it may contain anything. The fingerprint names the config the choice was
 * checked against (see fingerprint.ts). Whatever does not parse exactly is "no choice",
 * never consent: a tampered, foreign, truncated, oversized or future-versioned value is
 * ignored.
 */

/** An explicit choice as stored. */
export interface StoredChoice {
  policyVersion: string;
  /** Time of the choice, ms since the epoch (stored to the second). */
  at: number;
  /** Random consent id. */
  id: string;
  /** Fingerprint of the validated config this choice was stored under. */
  fp: string;
  /** Category ids the visitor allowed; every other category is denied. */
  categories: string[];
  /** Vendor ids the visitor set explicitly, to true or false. */
  vendors: Record<string, boolean>;
}

/** The format version written now; any other version is not read. */
export const FORMAT = '1';
/** Longer values are not ours (or were tampered with). */
export const MAX_LENGTH = 600;

const ID = /^[\w-]{1,40}$/;
const SKEW = 864e5;

/** Serializes a choice. */
export function encode(c: StoredChoice): string {
  const vendors = Object.keys(c.vendors).map((id) => (c.vendors[id] ? id : '!' + id));
  return [FORMAT, Math.floor(c.at / 1000).toString(36), c.id, c.fp, c.categories.join('+'), vendors.join('+'), c.policyVersion].join('.');
}

/** Parses a stored value; null unless it is a well-formed choice made no later than `now`. */
export function decode(raw: unknown, now: number): StoredChoice | null {
  if (typeof raw != 'string' || raw.length > MAX_LENGTH) return null;
  const [format, time, id, fp, cats, vends, ...rest] = raw.split('.');
  const policyVersion = rest.join('.');
  const at = parseInt(time, 36) * 1000;
  const categories = cats ? cats.split('+') : [];
  const vendors: Record<string, boolean> = {};
  for (const v of vends ? vends.split('+') : []) {
    const vid = v.replace(/^!/, '');
    if (!ID.test(vid)) return null;
    vendors[vid] = vid == v;
  }
  return format === FORMAT &&
    /^[a-z0-9]{1,9}$/.test(time) &&
    /^[a-z0-9]{8,32}$/.test(id) &&
    /^[a-z0-9]{0,9}$/.test(fp) &&
    policyVersion &&
    at <= now + SKEW &&
    categories.every((c) => ID.test(c))
    ? { policyVersion, at, id, fp, categories, vendors }
    : null;
}
