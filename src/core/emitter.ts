/** A minimal typed event emitter; `on` returns the function that stops listening. */
export interface Emitter<E> {
  on<K extends keyof E>(name: K, fn: (detail: E[K]) => void): () => void;
  emit<K extends keyof E>(name: K, detail: E[K]): void;
}

/** Creates an emitter. A throwing listener is reported and does not stop the others. */
export function createEmitter<E>(report: (error: unknown) => void): Emitter<E> {
  const listeners: { [K in keyof E]?: Set<(detail: E[K]) => void> } = {};
  return {
    on(name, fn) {
      const set = (listeners[name] ||= new Set());
      // Wrap so the same function registered twice gets two independent subscriptions.
      const once = (d: E[typeof name]) => fn(d);
      set.add(once);
      return () => void set.delete(once);
    },
    emit(name, detail) {
      listeners[name]?.forEach((fn) => {
        try {
          fn(detail);
        } catch (e) {
          report(e);
        }
      });
    },
  };
}
