/**
 * The script-tag entry (`dist/portcullis.js`): include it first in `<head>`, without
 * `async` or `defer`. It reads the config, decides, and activates what is allowed —
 * synchronously for an inline config — and never throws into the page.
 */
import { createApi, type ApiHandle } from './api';
import { boot } from './boot';
import { loadUi } from './loadUi';
import { fetchConfig, pageConfig } from './pageConfig';
import { PREFIX, report } from './report';

function start(): void {
  if (window.Portcullis) {
    console.warn(PREFIX, 'loaded twice; the second copy does nothing');
    return;
  }
  const script = document.currentScript as HTMLScriptElement | null;
  const handle: ApiHandle = createApi(document);
  window.Portcullis = handle.api;
  const nonce = script?.nonce || script?.getAttribute('nonce') || '';
  const base = script?.src ? script.src.replace(/[^/]*$/, '') : '';
  const options = { doc: document, nonce, base, loadUi: () => loadUi(base, nonce) };
  const region = script?.getAttribute('data-region');
  const run = (raw: unknown) => {
    const config = region && raw && typeof raw == 'object' ? { ...raw, region } : raw;
    boot(config, handle, options);
  };
  const failClosed = (e: unknown) => {
    console.error(PREFIX, `${(e as Error).message}; only necessary elements will run`);
    handle.attach(null);
  };
  const url = script?.getAttribute('data-config');
  if (url) fetchConfig(url).then(run).catch(failClosed);
  else {
    let raw: unknown;
    try {
      raw = pageConfig(document);
    } catch (e) {
      return failClosed(e);
    }
    run(raw);
  }
}

try {
  start();
} catch (e) {
  report(e);
}
