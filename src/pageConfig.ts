/**
 * Reads the inline config: `window.portcullisConfig`, else the JSON script element
 * `#portcullis-config`. Throws an Error with a readable message when the JSON is invalid
 * or nothing is there.
 */
export function pageConfig(doc: Document): unknown {
  if (window.portcullisConfig !== undefined) return window.portcullisConfig;
  const el = doc.getElementById('portcullis-config');
  if (!el)
    throw new Error('no config found: set window.portcullisConfig, add a #portcullis-config JSON script, or data-config="URL"');
  try {
    return JSON.parse(el.textContent!);
  } catch (e) {
    throw new Error(`#portcullis-config is not valid JSON (${(e as Error).message})`);
  }
}

/** Fetches a JSON config from `data-config`; rejects with a readable message. */
export function fetchConfig(url: string): Promise<unknown> {
  return fetch(url, { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw `HTTP ${res.status}`;
      return res.json().catch(() => {
        throw 'not valid JSON';
      });
    })
    .catch((why) => {
      throw new Error(`could not load the config from ${url} (${typeof why == 'string' ? why : 'network error'})`);
    });
}
