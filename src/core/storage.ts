/**
 * The stored choice and its compact cookie form:
 *
 *   1.<time, base-36 seconds>.<consent id>.<allowed categories>.<vendor overrides>.<policyVersion>
 *
 * e.g. `1.t4k2c1.k3j9x0a8b7c6d5e4.analytics+personalization.hotjar+!meta.2026-01`.
 * Lists are joined with `+`; a vendor prefixed with `!` was turned off. `policyVersion` is
 * last so it may contain anything. Whatever does not parse exactly is "no choice", never
 * consent: a tampered, foreign, truncated, oversized or future-versioned value is ignored.
 */

/** An explicit choice as stored. */
export interface StoredChoice {
  policyVersion: string;
  /** Time of the choice, ms since the epoch (stored to the second). */
  at: number;
  /** Random consent id. */
  id: string;
  /** Category ids the visitor allowed; every other category is denied. */
  categories: string[];
  /** Vendor ids the visitor set explicitly, to true or false. */
  vendors: Record<string, boolean>;
}

/** The format version written now; any other version is not read. */
export const FORMAT = '1';
/** Longer values are not ours (or were tampered with). */
export const MAX_LENGTH = 600;

const ID = /^[a-z0-9_-]{1,40}$/i;
const CONSENT_ID = /^[a-z0-9]{8,32}$/;
const TIME = /^[a-z0-9]{1,9}$/;
const SKEW = 864e5;

/** Serializes a choice. */
export function encode(choice: StoredChoice): string {
  const vendors = Object.keys(choice.vendors).map((id) => (choice.vendors[id] ? id : '!' + id));
  return [
    FORMAT,
    Math.floor(choice.at / 1000).toString(36),
    choice.id,
    choice.categories.join('+'),
    vendors.join('+'),
    choice.policyVersion,
  ].join('.');
}

const list = (part: string) => (part ? part.split('+') : []);

/** Parses a stored value; null unless it is a well-formed choice made no later than `now`. */
export function decode(raw: unknown, now: number): StoredChoice | null {
  if (typeof raw != 'string' || raw.length > MAX_LENGTH) return null;
  const [format, time, id, cats, vends, ...rest] = raw.split('.');
  const policyVersion = rest.join('.');
  if (format !== FORMAT || !TIME.test(time) || !CONSENT_ID.test(id) || !policyVersion) return null;
  const at = parseInt(time, 36) * 1000;
  if (at > now + SKEW) return null;
  const categories = list(cats);
  const vendors: Record<string, boolean> = {};
  for (const v of list(vends)) {
    const off = v[0] == '!';
    const vid = off ? v.slice(1) : v;
    if (!ID.test(vid)) return null;
    vendors[vid] = !off;
  }
  if (!categories.every((c) => ID.test(c))) return null;
  return { policyVersion, at, id, categories, vendors };
}
