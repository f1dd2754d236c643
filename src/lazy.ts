import { attempt, report } from './report';

/** Something loaded on first use. */
export interface Lazy<T> {
  /** Run `fn` with the value, loading it first if needed; calls made while loading are queued. */
  use(fn: (value: T) => void): void;
  /** The value if it has loaded, without loading it. */
  current(): T | undefined;
}

/** Loads once, on first use. A failed load is reported and the next `use` retries. */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let queue: Array<(value: T) => void> | null = null;
  return {
    current: () => value,
    use(fn) {
      if (value) return attempt(() => fn(value!));
      if (queue) return void queue.push(fn);
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
