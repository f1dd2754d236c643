#!/usr/bin/env node
/**
 * The demo server, without dependencies. Two origins, so the stand-in trackers are truly
 * third-party (another site, not just another port):
 *
 * - the publisher site, http://localhost:PORT — `demo/` at `/`, `dist/` at `/portcullis/`;
 * - the tracker host, http://127.0.0.1:PORT+1 — `demo/trackers/` at `/`, plus the beacon
 *   endpoints `/collect` (GET or POST → 204) and `/pixel.gif` (a 1×1 gif), recorded.
 *
 * In served HTML, `{{TRACKERS}}` is replaced by the tracker origin (the port is dynamic).
 * Nothing is cached, and paths that would leave a served folder are refused.
 *
 *   node demo/serve.mjs [--port 5173]       (or PORT=5173)
 *   import { startDemoServer } from './demo/serve.mjs'  (tests: `{ port: 0 }` = free ports)
 */
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DEMO = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(path.dirname(DEMO), 'dist');
const TRACKERS = path.join(DEMO, 'trackers');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// The smallest transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const NO_CACHE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
// The stand-ins are called from the publisher's pages, like any tracker, so they answer CORS.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

/**
 * Maps a URL path to a file inside `root`, or returns an HTTP status when it must be refused:
 * 400 for bad encoding, 403 for `..`, backslashes and NUL, 404 for dot-files.
 */
function locate(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return 400;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 403;
  const parts = decoded.split('/').filter(Boolean);
  if (parts.some((p) => p == '..')) return 403;
  if (parts.some((p) => p.startsWith('.'))) return 404;
  const file = path.join(root, ...parts);
  return inside(root, file) ? file : 403;
}

const inside = (root, file) => file == root || file.startsWith(root + path.sep);

function send(res, status, headers = {}, body = '') {
  res.writeHead(status, { ...NO_CACHE, ...headers });
  res.end(res.req.method == 'HEAD' ? undefined : body);
}

const plain = (res, status, text, headers) =>
  send(res, status, { 'Content-Type': TYPES['.txt'], ...headers }, text + '\n');

/** Serves a static file from `root`; directories get their `index.html`. */
async function serveStatic(req, res, root, urlPath, tokens, extraHeaders = {}) {
  if (req.method != 'GET' && req.method != 'HEAD')
    return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD', ...extraHeaders });
  const located = locate(root, urlPath);
  if (typeof located == 'number')
    return plain(res, located, located == 404 ? 'Not found' : 'Refused', extraHeaders);
  let file = located;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return send(res, 301, { Location: urlPath + '/' + query, ...extraHeaders });
      }
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    // A symlink must not lead out of the served folder either.
    if (!inside(await realpath(root), await realpath(file))) return plain(res, 403, 'Refused');
    if (!info.isFile()) return plain(res, 404, 'Not found', extraHeaders);
  } catch {
    return plain(res, 404, 'Not found', extraHeaders);
  }
  const ext = path.extname(file).toLowerCase();
  let body = await readFile(file);
  if (ext == '.html') {
    let text = body.toString('utf8');
    for (const [token, value] of Object.entries(tokens)) text = text.replaceAll(token, value);
    body = Buffer.from(text, 'utf8');
  }
  send(
    res,
    200,
    {
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      'Content-Length': body.length,
      ...extraHeaders,
    },
    body,
  );
}

function readBody(req, limit = 8192) {
  return new Promise((resolve) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8').slice(0, limit)));
    req.on('error', () => resolve(''));
  });
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (e) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}

function shut(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the demo: the site on `http://localhost:port` and the tracker host on
 * `http://127.0.0.1:port+1`. `port: 0` picks a free pair. Resolves to
 * `{ url, trackerUrl, requests, beacons, close() }`; `requests` lists every request the tracker
 * host received (scripts included), `beacons` only those to `/collect` and `/pixel.gif`.
 */
export async function startDemoServer({ port = 5173, log = false } = {}) {
  const requests = [];
  const beacons = [];
  let trackerUrl = '';
  let url = '';

  const site = async (req, res) => {
    const { pathname } = new URL(req.url, 'http://site.invalid');
    if (pathname == '/portcullis' || pathname.startsWith('/portcullis/'))
      return serveStatic(req, res, DIST, pathname.slice('/portcullis'.length) || '/', {});
    // The stand-ins are only ever served from the third-party origin.
    if (pathname == '/trackers' || pathname.startsWith('/trackers/'))
      return plain(res, 404, 'Not found (trackers are served from the tracker host)');
    return serveStatic(req, res, DEMO, pathname, { '{{TRACKERS}}': trackerUrl });
  };

  const tracker = async (req, res) => {
    const { pathname, search } = new URL(req.url, 'http://tracker.invalid');
    const entry = {
      method: req.method,
      path: pathname,
      query: search,
      url: pathname + search,
      referer: req.headers.referer || '',
      at: Date.now(),
    };
    requests.push(entry);
    if (req.method == 'OPTIONS') return send(res, 204, CORS);
    if (pathname == '/collect' || pathname == '/pixel.gif') {
      if (req.method == 'POST') entry.body = await readBody(req);
      beacons.push(entry);
      if (log) console.log(`  tracker host ← ${req.method} ${entry.url}`);
      if (pathname == '/pixel.gif' && (req.method == 'GET' || req.method == 'HEAD'))
        return send(
          res,
          200,
          { 'Content-Type': 'image/gif', 'Content-Length': PIXEL.length, ...CORS },
          PIXEL,
        );
      if (pathname == '/collect' && (req.method == 'GET' || req.method == 'POST'))
        return send(res, 204, CORS);
      return plain(res, 405, 'Method not allowed', { Allow: 'GET, POST', ...CORS });
    }
    return serveStatic(req, res, TRACKERS, pathname, { '{{TRACKERS}}': trackerUrl }, CORS);
  };

  const handle = (fn) => (req, res) =>
    fn(req, res).catch((e) => {
      console.error('[demo]', e);
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.end();
    });

  // `localhost` may resolve to either loopback address; listen on both so every browser finds it.
  const siteV4 = createServer(handle(site));
  const siteV6 = createServer(handle(site));
  const trackerServer = createServer(handle(tracker));
  const all = [siteV4, siteV6, trackerServer];

  for (let attempt = 0; ; attempt++) {
    try {
      const sitePort = await listen(siteV4, port, '127.0.0.1');
      await listen(siteV6, sitePort, '::1').catch((e) => {
        if (!['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(e.code)) throw e;
      });
      const trackerPort = await listen(trackerServer, sitePort + 1, '127.0.0.1');
      url = `http://localhost:${sitePort}`;
      trackerUrl = `http://127.0.0.1:${trackerPort}`;
      break;
    } catch (e) {
      await Promise.all(all.map(shut));
      // With a chosen port, say which one is taken; with port 0, try another free pair.
      if (port !== 0 || attempt >= 20 || e.code != 'EADDRINUSE') {
        if (e.code == 'EADDRINUSE')
          e.message = `port ${e.port} is in use; the demo needs PORT and PORT+1 (try --port N)`;
        throw e;
      }
    }
  }

  return {
    url,
    trackerUrl,
    requests,
    beacons,
    close: () => Promise.all(all.map(shut)).then(() => undefined),
  };
}

function parsePort(argv, env) {
  const i = argv.findIndex((a) => a == '--port' || a.startsWith('--port='));
  const raw = i < 0 ? env.PORT : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return 5173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65534) {
    console.error(`[demo] --port must be a whole number from 0 to 65534, not "${raw}"`);
    process.exit(2);
  }
  return port;
}

async function main() {
  const port = parsePort(process.argv.slice(2), process.env);
  let server;
  try {
    server = await startDemoServer({ port, log: true });
  } catch (e) {
    console.error('[demo]', e.message);
    process.exit(1);
  }
  try {
    await stat(path.join(DIST, 'portcullis.js'));
  } catch {
    console.warn('[demo] dist/portcullis.js is missing: run `npm run build` (or `npm run demo`)');
  }
  console.log(`
Portcullis demo
  Publisher site:  ${server.url}/
  Tracker host:    ${server.trackerUrl}/   (third-party stand-ins)
  Try a region:    ${server.url}/?region=US-CA   ${server.url}/?region=DE

Press Ctrl+C to stop.
`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const direct = process.argv[1] && (await realpath(process.argv[1]).catch(() => process.argv[1]));
if (direct && pathToFileURL(direct).href == import.meta.url) main();
