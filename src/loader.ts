/**
 * The script-tag entry (`dist/portcullis.js`): include it first in `<head>`, without
 * `async` or `defer`. It reads the config, decides, and activates what is allowed —
 * synchronously for an inline config — and never throws into the page.
 */
import { createApi } from './api';
import { boot, failClosed } from './boot';
import { loadUi } from './loadUi';
import { fetchConfig, pageConfig } from './pageConfig';
import { attempt, PREFIX } from './report';

attempt(() => {
  if (window.Portcullis) return console.warn(PREFIX, 'loaded twice; the second copy does nothing');
  const script = document.currentScript as HTMLScriptElement | null;
  const handle = createApi(document);
  window.Portcullis = handle.api;
  const attr = (name: string) => script?.getAttribute('data-' + name);
  const nonce = script?.nonce || '';
  const base = script?.src.replace(/[^/]*$/, '') || '';
  const region = attr('region');
  const start = (raw: unknown) =>
    boot(region && raw && typeof raw == 'object' ? { ...raw, region } : raw, handle, {
      doc: document,
      nonce,
      base,
      loadUi: () => loadUi(base, nonce),
    });
  const url = attr('config');
  const fail = (e: Error) => failClosed(handle, e.message);
  if (url) fetchConfig(url).then(start, fail);
  else
    try {
      start(pageConfig(document));
    } catch (e) {
      fail(e as Error);
    }
});
