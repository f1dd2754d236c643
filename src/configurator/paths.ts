/**
 * Field paths as the validator writes them (`vendors[1].category`, `theme.accent-fg`,
 * `regimes.US-CA`): reading and immutably writing a draft by path, and the element id of
 * the field that edits a path.
 */

/** One step of a path: an object key or an array index. */
export type Segment = string | number;

/** `vendors[1].hosts[0]` → `['vendors', 1, 'hosts', 0]`. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]);
  return out;
}

/** The value at `path`, or undefined when any step is missing. */
export function getIn(root: unknown, path: string): unknown {
  let at = root;
  for (const key of parsePath(path)) {
    if (at == null || typeof at != 'object') return undefined;
    at = (at as Record<Segment, unknown>)[key];
  }
  return at;
}

/**
 * A copy of `root` with `value` at `path`; `undefined` deletes the key. Objects and arrays
 * along the path are copied, missing ones created; nothing else is shared-mutated.
 */
export function setIn<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i];
    const copy = (
      Array.isArray(node) ? [...node] : node && typeof node == 'object' ? { ...node } : typeof key == 'number' ? [] : {}
    ) as Record<Segment, unknown>;
    const next = i == keys.length - 1 ? value : write(copy[key], i + 1);
    if (next === undefined && !Array.isArray(copy)) delete copy[key];
    else copy[key] = next;
    return copy;
  };
  return (keys.length ? write(root, 0) : value) as T;
}

/** The DOM id of the field editing `path`; any path gives a valid, unique id. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^\w-]/g, (c) => '_' + c.charCodeAt(0).toString(16));
}

/** Whether `path` is `parent` or lies inside it (`vendors[0].cookies[2]` is inside `vendors[0].cookies`). */
export function isWithin(path: string, parent: string): boolean {
  return path == parent || path.startsWith(parent + '.') || path.startsWith(parent + '[');
}

/** `path` and each of its ancestors, longest first: `a[0].b` → `a[0].b`, `a[0]`, `a`. */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$|^[^.[\]]+$/, '')) out.push(p);
  return out;
}
