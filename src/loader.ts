/**
 * The script-tag entry (`dist/portcullis.js`): include it first in `<head>`, without
 * `async` or `defer`. It reads the config, decides, and activates what is allowed —
 * synchronously for an inline config it has validated before — and never throws into
 * the page. The UI and the cold path (validation of a new config, recording choices) are
 * chunks next to it, loaded when needed.
 */
import { createApi } from './api';
import { boot, failClosed } from './boot';
import { currentChoice } from './core/decide';
import { MAX_AGE_CAP, REGION, resolve } from './core/resolve';
import type { ColdModule } from './install';
import { lazy } from './lazy';
import { fileLoader } from './loadScript';
import { listenOpenLinks } from './openLinks';
import { loadUi } from './loadUi';
import { fetchConfig, pageConfig } from './pageConfig';
import { attempt, PREFIX } from './report';

attempt(() => {
  if (window.Portcullis) return console.warn(PREFIX, 'loaded twice; the second copy does nothing');
  // The cold chunk's core (src/coreGlobal.ts).
  window.PortcullisCore = [resolve, currentChoice, REGION, MAX_AGE_CAP];
  const script = document.currentScript as HTMLScriptElement | null;
  const handle = createApi(document);
  window.Portcullis = handle.api;
  // From the start: a click before the config is installed waits in the API's queue.
  listenOpenLinks(document, handle.api.openPreferences);
  const attr = (name: string) => script?.getAttribute('data-' + name);
  const nonce = script?.nonce || '';
  const base = script?.src.replace(/[^/]*$/, '') || '';
  const region = attr('region');
  const load = fileLoader(base, nonce);
  let ui: ReturnType<typeof loadUi> | undefined;
  const options = {
    doc: document,
    nonce,
    base,
    load,
    // Once; a failed load is tried again on the next call.
    loadUi: () => (ui ||= loadUi(load).catch((e) => ((ui = undefined), Promise.reject(e)))),
    cold: lazy(() => load('portcullis-cold.js', () => (window as { PortcullisCold?: ColdModule }).PortcullisCold)),
  };
  const start = (raw: unknown) => boot(region && raw && typeof raw == 'object' ? { ...raw, region } : raw, handle, options);
  const fail = (e: Error) => failClosed(handle, e.message);
  const url = attr('config');
  if (url) return fetchConfig(url).then(start, fail);
  let raw: unknown;
  try {
    raw = pageConfig(document);
  } catch (e) {
    return fail(e as Error);
  }
  start(raw);
});
