import { createEmitter } from './core/emitter';
import { attempt } from './report';
import type { ConsentState, PortcullisApi, PortcullisEvents } from './types';

type Action = 'acceptAll' | 'rejectAll' | 'update' | 'openPreferences' | 'close' | 'reset';
const ACTIONS: Action[] = ['acceptAll', 'rejectAll', 'update', 'openPreferences', 'close', 'reset'];

/** What the API forwards to once a valid config is installed. */
export interface Engine extends Pick<PortcullisApi, Action | 'get' | 'allowed'> {}

/** The public API object with the controls only Portcullis itself holds. */
export interface ApiHandle {
  api: PortcullisApi;
  /** Notify `on()` listeners and dispatch the `portcullis:<name>` DOM event. */
  emit<K extends keyof PortcullisEvents>(name: K, detail: PortcullisEvents[K]): void;
  /** Start forwarding to an engine and run the calls queued meanwhile; null fails closed. */
  attach(engine: Engine | null): void;
}

/** What is allowed before a config is installed, and for good when it is invalid. */
const closed = (): ConsentState => ({
  decided: false,
  regime: 'opt-in',
  region: null,
  categories: { necessary: true },
  vendors: {},
  signals: { gpc: false, dnt: false },
  honored: { gpc: false, dnt: false },
  policyVersion: '',
  updatedAt: null,
  id: '',
});

/**
 * Creates `window.Portcullis`. It exists from the first moment so page code never meets
 * an undefined global: until the config is installed (while `data-config` is fetched or a
 * new config is validated) only `necessary` is allowed and actions wait; with an invalid
 * config it stays that way — fail closed.
 */
export function createApi(doc: Document): ApiHandle {
  const events = createEmitter<PortcullisEvents>(attempt);
  let engine: Engine | null = null;
  let queue: Array<() => void> | null = [];
  let ready = false;

  const api = {
    version: __VERSION__,
    get: () => (engine ? engine.get() : closed()),
    allowed: (id: string) => (engine ? engine.allowed(id) : id == 'necessary'),
    on(name, fn) {
      if (typeof fn != 'function') throw new TypeError(`[portcullis] on('${name}', fn): fn must be a function`);
      if (name == 'ready' && ready) events.emit(name, api.get() as never, fn as never);
      return events.on(name, fn);
    },
  } as PortcullisApi;
  for (const name of ACTIONS)
    (api as unknown as Record<Action, unknown>)[name] = (...args: unknown[]) =>
      new Promise((done) => {
        const call = () => done((engine![name] as (...a: unknown[]) => unknown)(...args));
        engine ? attempt(call) : queue?.push(call);
      });

  return {
    api,
    emit(name, detail) {
      ready ||= name == 'ready';
      events.emit(name, detail);
      doc.dispatchEvent(new CustomEvent('portcullis:' + name, { detail }));
    },
    attach(next) {
      engine = next;
      const pending = queue || [];
      queue = null;
      if (next) pending.forEach(attempt);
    },
  };
}
