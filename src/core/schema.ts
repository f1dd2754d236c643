/**
 * A tiny schema checker. A schema is data: a leaf code (a key of `LEAVES`; uppercase when
 * the field is required, `?`-prefixed when a bad value is only warned about and dropped),
 * `[item]` for an array, `[leaf, object]` for "a leaf value or an object", `{ '*': value }`
 * for a record, or an object of fields. `walk` validates a value against it, reports each
 * problem with the field path, the bad value and what is allowed, and returns the value to
 * keep. It is data rather than code so that the loader can carry the same validator as the
 * configurator at little cost.
 */
import { REGION } from './resolve';

/** Collected problems; `errors` make the config invalid, `warnings` do not. */
export interface Issues {
  errors: string[];
  warnings: string[];
}

/** A schema node. */
export type Schema = string | Schema[] | { [field: string]: Schema };

type Leaf = [type: string, test?: RegExp | [number, number], expected?: string];

/**
 * Leaf checks: JS type, then a pattern (strings) or range (numbers), then what is allowed.
 * Without a description, an enum pattern `^(a|b)$` reads as `"a" or "b"` and a range as
 * `a number from A to B`.
 */
export const LEAVES: Record<string, Leaf> = {
  s: ['string', , 'a string'],
  b: ['boolean', , 'true or false'],
  m: ['boolean', , 'true, false or an object'],
  v: ['string', /^.{1,64}$/, '1 to 64 characters'],
  i: ['string', /^[\w-]{1,40}$/, 'letters, digits, _ or - (at most 40)'],
  // http(s), protocol-relative or relative URLs; never javascript:, data: and friends.
  u: ['string', /^(https?:\/\/|\/|\.{0,2}\/|[\w%.-]+([/?#]|$))/i, 'an http(s) or relative URL'],
  r: ['string', /^(opt-in|opt-out|notice)$/],
  p: ['string', /^(honor|ignore)$/],
  o: ['string', /^(do-not-sell-or-share|your-privacy-choices)$/],
  g: ['string', REGION, 'an ISO 3166 code such as "DE" or "US-CA"'],
  l: ['string', /^[a-z]{2,3}(-\w{2,8})*$/i, 'a language tag such as "pt-BR"'],
  d: ['string', /^\.?[a-z0-9.-]+$/i, 'a domain such as "example.com"'],
  t: ['string', /^[^;{}<>]{0,200}$/, 'a CSS value without ; { } < >'],
  n: ['number', [1, 3650]],
  w: ['number', [0, 60000]],
};

const describe = ([, test, expected]: Leaf): string =>
  expected ||
  (Array.isArray(test)
    ? `a number from ${test[0]} to ${test[1]}`
    : test!.source.slice(2, -2).replace(/\|/g, '" or "').replace(/^|$/g, '"'));

/** Records an error (or a warning when `soft`) about a value and returns undefined. */
export function fail(issues: Issues, path: string, value: unknown, expected: string, soft?: unknown): undefined {
  let text = String(value);
  try {
    text = JSON.stringify(value) ?? text;
  } catch {
    // cyclic: String() it is
  }
  if (text.length > 40) text = text.slice(0, 37) + '...';
  (soft ? issues.warnings : issues.errors).push(`${path} is ${text}; expected ${expected}${soft ? ' (ignored)' : ''}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** Validates `value` against `schema`; invalid parts are reported and left out. */
export function walk(schema: Schema, value: unknown, path: string, issues: Issues): unknown {
  if (typeof schema == 'string') {
    const leaf = LEAVES[schema.slice(-1).toLowerCase()];
    const test = leaf[1];
    return typeof value == leaf[0] &&
      (!test || (Array.isArray(test) ? +value! >= test[0] && +value! <= test[1] : test.test(value as string)))
      ? value
      : fail(issues, path, value, describe(leaf), schema[1]);
  }
  if (Array.isArray(schema))
    return schema[1]
      ? walk(schema[+isObject(value)], value, path, issues)
      : Array.isArray(value)
        ? value.map((x, i) => walk(schema[0], x, `${path}[${i}]`, issues)).filter((x) => x !== undefined)
        : fail(issues, path, value, 'an array');
  if (!isObject(value)) return fail(issues, path, value, 'an object');
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const p = path ? `${path}.${k}` : k;
    const s = schema['*'] || schema[k];
    if (!s) issues.warnings.push(`unknown field ${p} is ignored`);
    else if (value[k] !== undefined && k != '__proto__') {
      const x = walk(s, value[k], p, issues);
      if (x !== undefined) out[k] = x;
    }
  }
  for (const k in schema)
    if (/^[A-Z]/.test(schema[k] as string) && value[k] === undefined) issues.errors.push(`${path ? path + '.' : ''}${k} is missing`);
  return out;
}
