/**
 * `portcullis scan` (dist/cli.js) as a site owner runs it, against local fixture sites:
 * every host name resolves to one local server (`--host-rules "MAP * 127.0.0.1"`), which
 * answers for the sites and for stand-ins of real vendor hosts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { validate } from '../../src/core/validate';
import type { ScanReport } from '../../src/scanner/types';
import { serveFixtures, type FixtureServer } from './fixtures/scan/serve';
import { ROOT } from './harness';

const CLI = path.join(ROOT, 'dist/cli.js');
const HOST_RULES = ['--host-rules', 'MAP * 127.0.0.1'];

let server: FixtureServer;
const folders: string[] = [];

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  for (const file of [
    'dist/cli.js',
    'dist/portcullis.js',
    'dist/portcullis-cold.js',
    'dist/portcullis-ui.js',
  ])
    if (!existsSync(path.join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build first`);
  server = await serveFixtures();
});

test.afterAll(async () => {
  await server?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Runs the CLI to the end. */
function scan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A file path in a fresh temporary folder (another Playwright run may empty test-results). */
function outputFile(name: string): string {
  folders.push(mkdtempSync(path.join(tmpdir(), 'portcullis-scan-')));
  return path.join(folders[folders.length - 1], name);
}

const readReport = (file: string): ScanReport => JSON.parse(readFileSync(file, 'utf8'));
const hosts = (pass: ScanReport['pages'][number]['before'] | null) =>
  [...new Set(pass?.requests.map((r) => r.host))].sort();

test('a compliant site: nothing goes out before consent, both trackers after "Accept all"; --check passes', async () => {
  const draft = outputFile('draft.json');
  const reportFile = outputFile('report.json');
  const r = await scan(
    'scan',
    server.origin('compliant'),
    ...HOST_RULES,
    '--check',
    '--out',
    draft,
    '--report',
    reportFile,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Check passed');
  expect(r.stdout).toMatch(/Google Analytics 4\s+analytics\s+_ga\s+1\/1\s+no\s+yes/);
  expect(r.stdout).toMatch(/Meta Pixel \(Facebook\)\s+advertising\s+_fbp\s+1\/1\s+no\s+yes/);
  // A functional tracker before consent is listed, and does not fail the check.
  expect(r.stdout).toMatch(/Stripe\s+functional\s+-\s+1\/1\s+yes\s+yes/);

  const report = readReport(reportFile);
  const [page] = report.pages;
  expect(page.portcullis).toBe(true);
  expect(page.consent).toBe('button');
  expect(hosts(page.before)).toEqual(['js.stripe.com']);
  expect(hosts(page.after)).toEqual([
    'connect.facebook.net',
    'js.stripe.com',
    'www.google-analytics.com',
  ]);
  expect(page.before.cookies.map((c) => c.name)).toEqual([]);
  expect(page.after!.cookies.map((c) => c.name).sort()).toEqual(['_fbp', '_ga', 'portcullis']);
  expect(page.after!.cookies.find((c) => c.name == '_ga')).toMatchObject({
    domain: 'compliant.test',
    thirdParty: false,
  });
  expect(report.violations).toEqual([]);

  const config = JSON.parse(readFileSync(draft, 'utf8'));
  expect(config).toEqual(report.config);
  const v = validate(config);
  expect(v.errors).toEqual([]);
  expect(v.warnings).toEqual([]);
  expect(config.vendors.map((x: { id: string }) => x.id)).toEqual([
    'google-analytics',
    'meta-pixel',
    'stripe',
  ]);
  expect(config.categories.map((x: { id: string }) => x.id)).toEqual([
    'analytics',
    'advertising',
    'functional',
  ]);
  expect(config.policyVersion).toMatch(/^\d{4}-\d\d-\d\d$/);
  expect(config.autoBlock).toBeUndefined();
});

test('a tracker firing before consent: --check exits 1 and names the tracker, the page and what it did', async () => {
  const r = await scan('scan', server.origin('violating'), ...HOST_RULES, '--check');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('Check failed: 1 tracker that needs consent ran before it:');
  expect(r.stdout).toContain(`Google Analytics 4 (analytics) on ${server.origin('violating')}`);
  expect(r.stdout).toContain('cookie _ga');
  expect(r.stdout).toMatch(/request http:\/\/www\.google-analytics\.com:\d+\/collect/);
  // The marked tracker waits for consent, as it should.
  expect(r.stdout).toMatch(/Hotjar\s+session_replay\s+_hjSessionUser_1\s+1\/1\s+no\s+yes/);
  expect(r.stdout).not.toContain('Hotjar (session_replay) on');
});

test("a multi-page site: --pages 3 follows same-site links breadth-first and finds each page's trackers", async () => {
  const reportFile = outputFile('report.json');
  const r = await scan(
    'scan',
    server.origin('multi'),
    ...HOST_RULES,
    '--pages',
    '3',
    '--report',
    reportFile,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // Not a terminal: one plain progress line per page.
  expect(r.stdout).toMatch(/^\[1\/3\] http:\/\/multi\.test:\d+\/ - before consent: /m);
  expect(r.stdout).toMatch(/^\[3\/3\] http:\/\/multi\.test:\d+\/blog\/ - /m);
  expect(r.stdout).toContain('no Portcullis on the site');
  expect(r.stdout).toMatch(/cdn\.widgets\.example\s+1\s+yes\s+n\/a/);

  const report = readReport(reportFile);
  const origin = server.origin('multi');
  // The fragment link is the same page, the PDF, mailto: and the partner site are not crawled,
  // and /team.html (linked from page 2) is the fourth page: beyond the limit.
  expect(report.pages.map((p) => p.url)).toEqual([
    origin,
    origin + 'pricing.html',
    origin + 'blog/',
  ]);
  expect(report.trackers.map((t) => [t.id, t.pages.map((p) => p.slice(origin.length))])).toEqual([
    ['google-analytics', ['']],
    ['hotjar', ['pricing.html']],
    ['youtube', ['blog/']],
  ]);
  expect(report.trackers.find((t) => t.id == 'hotjar')).toMatchObject({
    cookies: ['_hjSessionUser_1'],
    storage: ['_hjTLDTest'],
  });
  expect(report.pages[2].before.iframes).toEqual([
    expect.stringMatching(/^http:\/\/www\.youtube\.com:\d+\/embed\/x$/),
  ]);
  expect(report.unknownHosts.map((h) => h.host)).toEqual(['cdn.widgets.example']);
  expect(server.hits.some((h) => h.startsWith('analytics.tiktok.com'))).toBe(false);
  expect(validate(report.config).errors).toEqual([]);
  expect(report.config.autoBlock).toBe(true);
});

test('an unreachable URL exits 2 with a clear message', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
  const r = await scan('scan', `http://127.0.0.1:${port}/`);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    `portcullis: could not reach http://127.0.0.1:${port}/: the connection was refused`,
  );
  expect(r.stdout).toBe('');
});

test('a page that never answers exits 2 after --timeout', async () => {
  const r = await scan(
    'scan',
    server.origin('compliant') + 'never',
    ...HOST_RULES,
    '--timeout',
    '1500',
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('timed out after 1500 ms');
});

test('bad arguments and a missing Chromium exit 2 with what to do', async () => {
  const bad = await scan('scan', 'ftp://example.com');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('"ftp://example.com" is not an http or https URL');
  const noBrowser = await scan(
    'scan',
    'https://example.com',
    '--chromium',
    '/nonexistent/chromium',
  );
  expect(noBrowser.code).toBe(2);
  expect(noBrowser.stderr).toContain('no Chromium at /nonexistent/chromium');
  expect(noBrowser.stderr).toContain('npm i -D playwright-core');
  expect(noBrowser.stderr).toContain('npx playwright install chromium');
});
