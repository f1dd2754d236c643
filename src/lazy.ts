import { attempt, report } from './report';

/** Something loaded on first use. */
export interface Lazy<T> {
  /**
   * Run `fn` with the value, loading it first if needed; calls made while loading are
   * queued. With `ifStarted`, nothing is loaded for it: it runs only if the value is there
   * or on its way.
   */
  use(fn: (value: T) => void, ifStarted?: boolean): void;
  /** The value if it has loaded, without loading it. */
  current(): T | undefined;
}

/**
 * Loads once, on first use; `value` makes it available at once (bundled builds). A failed
 * load is reported and the next `use` retries.
 */
export function lazy<T>(load: () => Promise<T>, value?: T): Lazy<T> {
  let queue: Array<(value: T) => void> | null = null;
  return {
    current: () => value,
    use(fn, ifStarted) {
      if (value) return attempt(() => fn(value!));
      if (queue) return void queue.push(fn);
      if (ifStarted) return;
      queue = [fn];
      load().then(
        (v) => {
          value = v;
          queue!.forEach((f) => attempt(() => f(v)));
          queue = null;
        },
        (e) => {
          queue = null;
          report(e);
        },
      );
    },
  };
}
