/**
 * A tiny schema checker: each check validates one value, reports what is wrong with the
 * field path, the bad value and what is allowed, and returns the value to keep. Small
 * enough for the loader, so the script tag validates exactly like the configurator.
 */

/** Collected problems; `errors` make the config invalid, `warnings` do not. */
export interface Issues {
  errors: string[];
  warnings: string[];
}

/** Validates `value` at `path`; returns the (normalized) value, or undefined when invalid. */
export type Check<T = unknown> = (value: unknown, path: string, issues: Issues) => T | undefined;

function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? text.slice(0, 37) + '...' : text;
}

/** Records an error and returns undefined. */
export function fail(issues: Issues, path: string, value: unknown, expected: string): undefined {
  issues.errors.push(`${path} is ${show(value)}; expected ${expected}`);
  return undefined;
}

const is =
  <T>(test: (v: unknown) => boolean, expected: string): Check<T> =>
  (v, p, o) =>
    test(v) ? (v as T) : fail(o, p, v, expected);

export const bool = is<boolean>((v) => typeof v == 'boolean', 'true or false');

/** A string, optionally matching `pattern` (described as `expected`). */
export const str = (pattern?: RegExp, expected = 'a string'): Check<string> =>
  is((v) => typeof v == 'string' && (!pattern || pattern.test(v)), expected);

/** A number between `min` and `max`. */
export const num = (min: number, max: number): Check<number> =>
  is((v) => typeof v == 'number' && v >= min && v <= max, `a number from ${min} to ${max}`);

/** One of the listed strings. */
export const oneOf = <T extends string>(...values: T[]): Check<T> =>
  is((v) => values.includes(v as T), values.map((v) => `"${v}"`).join(' or '));

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v == 'object' && !Array.isArray(v);

/** An array whose items all pass `item`; invalid items are dropped (and reported). */
export const arr =
  <T>(item: Check<T>): Check<T[]> =>
  (v, p, o) =>
    Array.isArray(v)
      ? (v.map((x, i) => item(x, `${p}[${i}]`, o)).filter((x) => x !== undefined) as T[])
      : fail(o, p, v, 'an array');

/** An object with any keys, each value passing `value`. */
export const rec =
  <T>(value: Check<T>): Check<Record<string, T>> =>
  (v, p, o) => {
    if (!isObject(v)) return fail(o, p, v, 'an object');
    const out: Record<string, T> = {};
    for (const k in v) {
      if (k == '__proto__') continue;
      const x = value(v[k], `${p}.${k}`, o);
      if (x !== undefined) out[k] = x;
    }
    return out;
  };

/** An object with known fields; unknown fields are warned about and dropped. */
export const obj =
  <T>(shape: Record<string, Check>, required: string[] = []): Check<T> =>
  (v, p, o) => {
    if (!isObject(v)) return fail(o, p, v, 'an object');
    const out: Record<string, unknown> = {};
    for (const k in v) {
      const path = p ? `${p}.${k}` : k;
      if (!shape[k]) o.warnings.push(`unknown field ${path} is ignored`);
      else if (v[k] !== undefined) {
        const x = shape[k](v[k], path, o);
        if (x !== undefined) out[k] = x;
      }
    }
    for (const k of required)
      if (v[k] === undefined) o.errors.push(`${p ? p + '.' : ''}${k} is missing`);
    return out as T;
  };

/** `a` for values passing `test`, else `b` (e.g. a boolean or an options object). */
export const when =
  <A, B>(test: (v: unknown) => boolean, a: Check<A>, b: Check<B>): Check<A | B> =>
  (v, p, o) =>
    test(v) ? a(v, p, o) : b(v, p, o);
