/**
 * The benchmark's web server, on 127.0.0.1 only. Text responses are gzip-compressed
 * (level 9, like the size budgets) with `Content-Encoding: gzip`, so the bytes Chromium
 * reports as transferred are what a real visitor downloads.
 *
 * - `/page/<name>`: a page built by the caller (`pages` map);
 * - `/dist/`, `/node_modules/vanilla-cookieconsent/dist/`, `/node_modules/klaro/dist/`:
 *   the contenders' files as built or published;
 * - `/tags/<name>.js?work=N`: a stand-in tag that does N iterations of busy work and
 *   reports that it ran (`window.__ran`);
 * - `/img/<name>.svg|.gif`: the article's images.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
};
const STATIC = ['/dist/', '/node_modules/vanilla-cookieconsent/dist/', '/node_modules/klaro/dist/'];
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const HERO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="360" viewBox="0 0 960 360">' +
  '<defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#6a8caf"/><stop offset="1" stop-color="#27374d"/></linearGradient></defs>' +
  '<rect width="960" height="360" fill="url(#g)"/><circle cx="760" cy="90" r="48" fill="#f4d35e"/>' +
  '<path d="M0 300 220 150 380 260 560 120 960 330V360H0z" fill="#1d2a3a"/></svg>';

/**
 * The stand-in tag: a fixed amount of busy work (calibrated to a few milliseconds at 1×,
 * like a real tag's initialisation), then it records that it ran.
 * @param {string} name
 * @param {number} work iterations
 */
export function tagSource(name, work) {
  return `(function () {
  var t = performance.now(), x = 0;
  for (var i = 0; i < ${work}; i++) x = Math.imul(x ^ i, 0x01000193) + (x >>> 7);
  window.__sink = x;
  (window.__ran = window.__ran || []).push(${JSON.stringify(name)});
  (window.__ranAt = window.__ranAt || []).push(performance.now());
  (window.__tagMs = window.__tagMs || []).push(performance.now() - t);
})();
`;
}

/**
 * Starts the server.
 * @param {{ root: string, pages: Map<string, string>, dist?: string, latency?: number }} options repository
 *   root; page HTML by name; the folder served at `/dist/` (default: the repository's `dist/`, e.g.
 *   another build to compare); ms to hold every response, to emulate a network's round trip
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, pages, dist = path.join(root, 'dist'), latency = 0 }) {
  /** @type {Map<string, Buffer>} gzip cache by path */
  const gz = new Map();

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {string} type
   * @param {string | Buffer} body
   * @param {string} [key] cache key for the compressed body
   */
  const send = (res, type, body, key) => {
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=3600' };
    if (/^(text|image\/svg)/.test(type)) {
      let packed = key ? gz.get(key) : undefined;
      if (!packed) packed = gzipSync(body, { level: 9 });
      if (key) gz.set(key, packed);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': packed.length, Vary: 'Accept-Encoding' });
      return res.end(packed);
    }
    res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const p = url.pathname;
    if (latency) await new Promise((r) => setTimeout(r, latency));
    try {
      if (p.startsWith('/page/') && pages.has(p.slice(6))) return send(res, TYPES['.html'], pages.get(p.slice(6)));
      const tag = p.match(/^\/tags\/([\w-]+)\.js$/);
      if (tag) return send(res, TYPES['.js'], tagSource(tag[1], Number(url.searchParams.get('work')) || 0));
      if (p == '/favicon.ico') return res.writeHead(204).end();
      if (p == '/img/hero.svg') return send(res, TYPES['.svg'], HERO, p);
      if (p.endsWith('.gif') && p.startsWith('/img/')) return send(res, TYPES['.gif'], PIXEL);
      if (STATIC.some((dir) => p.startsWith(dir)) && !p.includes('..')) {
        const file = p.startsWith('/dist/') ? path.join(dist, decodeURIComponent(p.slice(6))) : path.join(root, decodeURIComponent(p));
        const type = TYPES[path.extname(file)];
        if (type) return send(res, type, await readFile(file), p);
      }
    } catch {
      // fall through to 404
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
