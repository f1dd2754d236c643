/** A minimal typed event emitter; `on` returns the function that stops listening. */
export interface Emitter<E> {
  on<K extends keyof E>(name: K, fn: (detail: E[K]) => void): () => void;
  /** Calls every listener of `name`, or only `one` when given. */
  emit<K extends keyof E>(name: K, detail: E[K], one?: (detail: E[K]) => void): void;
}

/** Creates an emitter. A throwing listener is reported and does not stop the others. */
export function createEmitter<E>(attempt: (fn: () => unknown) => void): Emitter<E> {
  const listeners = new Set<[keyof E, (detail: never) => void]>();
  return {
    on(name, fn) {
      // A fresh entry each time: the same function registered twice is two subscriptions.
      const entry: [keyof E, (detail: never) => void] = [name, fn];
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    emit(name, detail, one) {
      if (one) return attempt(() => one(detail));
      listeners.forEach(([n, fn]) => n == name && attempt(() => (fn as (d: typeof detail) => void)(detail)));
    },
  };
}
