/**
 * A routed test site for real Chromium: pages on http://site.test are built per test,
 * `/dist/` and `/node_modules/` come from this repository, and every other host answers
 * as a stand-in tracker that records that it ran. No server process, no network.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type Route } from '@playwright/test';

export { expect };
export type Variant = 'iife' | 'esm';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = 'http://site.test';
export const NONCE = 'n0nce-3f9a';

/** What a test page contains. */
export interface PageSpec {
  /** `window.portcullisConfig` (or the JSON / URL form); omit for none. */
  config?: unknown;
  /** How the config reaches the loader. @default 'global' */
  configAs?: 'global' | 'json' | 'url';
  /** Raw JSON text for `configAs: 'url'` or `'json'` (overrides `config`). */
  configText?: string;
  /** Extra attributes on the loader tag, e.g. `data-region="US-CA"`. */
  loaderAttrs?: string;
  head?: string;
  body?: string;
  /** Send a strict nonce-based CSP; `{{nonce}}` in head/body is replaced by the nonce. */
  csp?: boolean;
  path?: string;
  origin?: string;
  /** Leave out the loader entirely. */
  noLoader?: boolean;
  /** Include `portcullis-autoblock.js` before the loader. */
  autoblock?: boolean;
  /** When `open` returns. @default 'load' */
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.html': 'text/html', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const IMPORTS = {
  'js-cookie': '/node_modules/js-cookie/dist/js.cookie.mjs',
  preact: '/node_modules/preact/dist/preact.mjs',
  'preact/hooks': '/node_modules/preact/hooks/dist/hooks.mjs',
  'preact/jsx-runtime': '/node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs',
  '@preact/signals': '/node_modules/@preact/signals/dist/signals.mjs',
  '@preact/signals-core': '/node_modules/@preact/signals-core/dist/signals-core.mjs',
};
export const CSP = `script-src 'nonce-${NONCE}'; style-src 'self'; object-src 'none'; base-uri 'none'`;

/** The test site and its subdomains (first party); every other host is a stand-in tracker. */
const isSite = (host: string) => host == 'site.test' || host.endsWith('.site.test');
const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The HTML of a test page for a build variant. */
export function pageHtml(spec: PageSpec, variant: Variant): string {
  const nonce = spec.csp ? ` nonce="${NONCE}"` : '';
  const as = spec.configAs || 'global';
  let config = '';
  if (spec.config !== undefined && as == 'global') config = `<script${nonce}>window.portcullisConfig = ${json(spec.config)};</script>`;
  if (as == 'json') config = `<script type="application/json" id="portcullis-config">${spec.configText ?? json(spec.config)}</script>`;
  const urlAttr = as == 'url' ? ' data-config="/consent.json"' : '';
  let loader = '';
  if (!spec.noLoader)
    loader =
      variant == 'iife'
        ? (spec.autoblock ? `<script src="/dist/portcullis-autoblock.js"${nonce}></script>` : '') +
          `<script src="/dist/portcullis.js"${nonce}${urlAttr} ${spec.loaderAttrs || ''}></script>`
        : `<script type="importmap"${nonce}>${JSON.stringify({ imports: IMPORTS })}</script>` +
          `<script type="module"${nonce}>${spec.autoblock ? "import '/dist/esm/autoblock.js'; " : ''}import { init } from '/dist/esm/index.js'; window.__instance = init(window.portcullisConfig);</script>`;
  const fill = (s = '') => s.replace(/\{\{nonce\}\}/g, NONCE);
  const init = `<script${nonce}>window.__ran = [];</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>${init}${config}${loader}${fill(spec.head)}</head><body>${fill(spec.body)}</body></html>`;
}

/** Stand-in tracker response: scripts push their name to `window.__ran`. */
function tracker(route: Route, url: URL) {
  const name = url.searchParams.get('name') || url.hostname + url.pathname;
  const headers = { 'access-control-allow-origin': '*' };
  if (/(\.m?js|\/js)$/.test(url.pathname))
    return route.fulfill({ headers, contentType: 'text/javascript', body: `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});` });
  if (/\.(gif|png)$|pixel/.test(url.pathname)) return route.fulfill({ headers, contentType: 'image/gif', body: GIF });
  if (/\.html$|embed/.test(url.pathname))
    return route.fulfill({ headers, contentType: 'text/html', body: `<!doctype html><title>${name}</title><p>embedded ${name}</p>` });
  return route.fulfill({ headers, status: 204, body: '' });
}

/** The test site bound to one browser context. */
export interface Site {
  variant: Variant;
  /** Builds a page, serves it and navigates `page` (or a new tab) to it. */
  open(spec?: PageSpec, page?: Page): Promise<Page>;
  /** Another tab in the same browser context (same cookies, same origin). */
  newTab(): Promise<Page>;
  /** Every URL requested so far. */
  requests: string[];
  /** Requests that left for hosts other than site.test. */
  thirdParty(): string[];
  /** Console messages of every page, as "type: text". */
  console: string[];
  /** Uncaught page errors. */
  errors: string[];
  /** Delay responses whose URL contains `part` by `ms`. */
  delay(part: string, ms: number): void;
  /** Hold responses whose URL contains `part` until the returned function is called. */
  hold(part: string): () => void;
  /** Serve a custom response for a path on the site. */
  serve(pathname: string, body: string, contentType?: string, headers?: Record<string, string>): void;
  /** Simulate browser signals with an init script (before the page's own scripts). */
  signals(s: { gpc?: boolean; dnt?: boolean }): Promise<void>;
  /** Set the choice cookie. */
  setCookie(value: string, name?: string): Promise<void>;
  /** The choice cookie value (decoded by the browser as stored), or undefined. */
  cookie(name?: string): Promise<string | undefined>;
}

export const test = base.extend<{ site: Site }, { variant: Variant }>({
  variant: ['iife', { option: true, scope: 'worker' }],
  site: async ({ context, page, variant }, use) => {
    const pages = new Map<string, { body: string; type: string; headers: Record<string, string> }>();
    const requests: string[] = [];
    const gates: Array<{ part: string; wait: () => Promise<unknown> }> = [];
    const consoleLines: string[] = [];
    const errors: string[] = [];
    const watch = (p: Page) => {
      p.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
      p.on('pageerror', (e) => errors.push(String(e)));
    };
    watch(page);
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      requests.push(url.href);
      for (const g of gates) if (url.href.includes(g.part)) await g.wait();
      if (!isSite(url.hostname)) return tracker(route, url);
      const served = pages.get(url.pathname);
      if (served) return route.fulfill({ body: served.body, contentType: served.type, headers: served.headers });
      if (/^\/(dist|node_modules|test\/e2e\/fixtures)\//.test(url.pathname)) {
        const file = path.join(ROOT, decodeURIComponent(url.pathname));
        if (file.startsWith(ROOT) && statSync(file, { throwIfNoEntry: false })?.isFile())
          return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] || 'application/octet-stream' });
      }
      return route.fulfill({ status: 404, body: 'not found' });
    });
    const site: Site = {
      variant,
      requests,
      console: consoleLines,
      errors,
      delay(part, ms) {
        gates.push({ part, wait: () => new Promise((r) => setTimeout(r, ms)) });
      },
      hold(part) {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        gates.push({ part, wait: () => held });
        return release;
      },
      serve(pathname, body, type = 'text/html', headers = {}) {
        pages.set(pathname, { body, type, headers });
      },
      async open(spec = {}, p = page) {
        const pathname = spec.path || '/';
        if (spec.configAs == 'url') site.serve('/consent.json', spec.configText ?? JSON.stringify(spec.config), 'application/json');
        site.serve(pathname, pageHtml(spec, variant), 'text/html', spec.csp ? { 'content-security-policy': CSP } : {});
        await p.goto((spec.origin || SITE) + pathname, { waitUntil: spec.waitUntil });
        return p;
      },
      async newTab() {
        const p = await context.newPage();
        watch(p);
        return p;
      },
      thirdParty: () => requests.filter((u) => !isSite(new URL(u).hostname)),
      async signals(s) {
        await context.addInitScript((sig) => {
          if (sig.gpc) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
          if (sig.dnt) Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true });
        }, s);
      },
      async setCookie(value, name = 'portcullis') {
        await context.addCookies([{ name, value, url: SITE }]);
      },
      async cookie(name = 'portcullis') {
        return (await context.cookies(SITE)).find((c) => c.name == name)?.value;
      },
    };
    await use(site);
  },
});

/** Names the stand-in trackers on a page reported as run. */
export const ran = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran || []);

const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** The fingerprint the loader computes for a config (src/core/fingerprint.ts, same algorithm). */
export function fingerprintOf(config: unknown): string {
  const text = VERSION + JSON.stringify(config);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}

/**
 * A valid stored choice (cookie value form) with the given categories. With `config`, it
 * carries that config's fingerprint, as if made on this site with this very config (a
 * returning visitor: the loader skips validation); without, it was made under another
 * config (the loader validates first).
 */
export function storedChoice(categories: string[], config?: ({ policyVersion: string } & Record<string, unknown>) | null, vendors = '', policyVersion = config?.policyVersion ?? '1'): string {
  const t = Math.floor(Date.now() / 1000 - 60).toString(36);
  const fp = config ? fingerprintOf(config) : 'old';
  return encodeURIComponent(`1.${t}.abcdefgh12345678.${fp}.${categories.join('+')}.${vendors}.${policyVersion}`).replace(/%2B/g, '+').replace(/%21/g, '!');
}
