import { createEmitter } from './core/emitter';
import { report } from './report';
import type { ConsentState, PortcullisApi, PortcullisEvents } from './types';

type Action = 'acceptAll' | 'rejectAll' | 'update' | 'openPreferences' | 'close' | 'reset';

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
 * an undefined global: until the config is installed (e.g. while `data-config` is
 * fetched) only `necessary` is allowed and actions are queued; with an invalid config it
 * stays that way — fail closed.
 */
export function createApi(doc: Document): ApiHandle {
  const events = createEmitter<PortcullisEvents>(report);
  let engine: Engine | null = null;
  let queue: Array<[Action, unknown[]]> | null = [];
  let readyFired = false;

  const act =
    (name: Action) =>
    (...args: unknown[]) => {
      try {
        if (engine) (engine[name] as (...a: unknown[]) => void)(...args);
        else queue?.push([name, args]);
      } catch (e) {
        report(e);
      }
    };

  const api: PortcullisApi = {
    version: __VERSION__,
    get: () => (engine ? engine.get() : closed()),
    allowed: (id) => (engine ? engine.allowed(id) : id == 'necessary'),
    acceptAll: act('acceptAll'),
    rejectAll: act('rejectAll'),
    update: act('update'),
    openPreferences: act('openPreferences'),
    close: act('close'),
    reset: act('reset'),
    on(name, fn) {
      if (typeof fn != 'function') throw new TypeError(`[portcullis] on('${String(name)}', fn): fn must be a function`);
      if (name == 'ready' && readyFired)
        try {
          (fn as (s: ConsentState) => void)(api.get());
        } catch (e) {
          report(e);
        }
      return events.on(name, fn);
    },
  };

  return {
    api,
    emit(name, detail) {
      if (name == 'ready') readyFired = true;
      events.emit(name, detail);
      try {
        doc.dispatchEvent(new CustomEvent('portcullis:' + name, { detail }));
      } catch (e) {
        report(e);
      }
    },
    attach(next) {
      engine = next;
      const pending = queue || [];
      queue = null;
      if (next) for (const [name, args] of pending) act(name)(...args);
    },
  };
}
