/** Where a page can put its config, in the order they are read. */
export const CONFIG_SOURCES =
  'window.portcullisConfig, <script type="application/json" id="portcullis-config">, or data-config="URL" on the loader';

/**
 * Reads the inline config: `window.portcullisConfig`, else the JSON script element
 * `#portcullis-config`. Throws an Error with a readable message when the JSON is invalid
 * or nothing is there.
 */
export function pageConfig(doc: Document): unknown {
  if (window.portcullisConfig !== undefined) return window.portcullisConfig;
  const el = doc.getElementById('portcullis-config');
  if (!el) throw new Error(`no config found; add one of: ${CONFIG_SOURCES}`);
  try {
    return JSON.parse(el.textContent || '');
  } catch (e) {
    throw new Error(`#portcullis-config is not valid JSON (${(e as Error).message})`);
  }
}

/** Fetches a JSON config from `data-config`; rejects with a readable message. */
export async function fetchConfig(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new Error(`could not fetch the config from ${url}`);
  }
  if (!res.ok) throw new Error(`could not fetch the config from ${url} (HTTP ${res.status})`);
  try {
    return await res.json();
  } catch {
    throw new Error(`the config at ${url} is not valid JSON`);
  }
}
