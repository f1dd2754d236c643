#!/usr/bin/env node
/**
 * `npm run bench`: builds Portcullis, then measures it side by side with a page without a
 * consent tool, vanilla-cookieconsent and Klaro in headless Chromium with the CPU
 * throttled, alternating the contenders round by round, and writes bench/results.json,
 * bench/results.md and the table in README.md's "Benchmark" section.
 *
 *   node bench/run.mjs [--rounds 9] [--profile-rounds 5] [--throttle 4] [--settle 1000] [--reps 4] [--no-build] [--no-readme]
 *   (9 rounds: on a small, noisy machine a median of 5 moves by tens of milliseconds between runs)
 *                      [--only visits,accept,autoblock]
 *   node bench/run.mjs --report-only   (results.md and the README section again from results.json)
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium when present, else Playwright's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CONTENDERS } from './contenders.mjs';
import { acceptTags, pageHtml, visitTags } from './pages.mjs';
import { markdown, updateReadme } from './report.mjs';
import { checks, summarize } from './summary.mjs';
import { acceptAll, calibrate, insertion, visits } from './scenarios.mjs';
import { startServer } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');

/** @param {string[]} argv */
function parseArgs(argv) {
  const opts = { rounds: 9, throttle: 4, build: true, readme: true, reportOnly: false, only: ['visits', 'accept', 'autoblock'], settle: 1000, reps: 4, profileRounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a == '--rounds') opts.rounds = Number(argv[++i]);
    else if (a == '--throttle') opts.throttle = Number(argv[++i]);
    else if (a == '--settle') opts.settle = Number(argv[++i]);
    else if (a == '--reps') opts.reps = Number(argv[++i]);
    else if (a == '--profile-rounds') opts.profileRounds = Number(argv[++i]);
    else if (a == '--no-build') opts.build = false;
    else if (a == '--no-readme') opts.readme = false;
    else if (a == '--report-only') opts.reportOnly = true;
    else if (a == '--only') opts.only = argv[++i].split(',');
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

/** Builds every bundle; retries a few times (a bundle may be mid-edit). */
function build() {
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status == 0) return;
    if (attempt == 3) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
    console.error(`build failed (attempt ${attempt}); retrying in 30 s`);
    spawnSync('sleep', ['30']);
  }
}

/** Rotates `list` by `n`, so each contender takes each position in turn. */
const rotate = (list, n) => list.map((_, i) => list[(i + n) % list.length]);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reportOnly) {
    // Rewrites results.md and the README section from results.json, measuring nothing.
    const { meta, samples } = JSON.parse(readFileSync(path.join(BENCH, 'results.json'), 'utf8'));
    const summary = { ...summarize(samples), problems: checks(samples) };
    writeFileSync(path.join(BENCH, 'results.md'), markdown(meta, summary));
    if (opts.readme) updateReadme(path.join(ROOT, 'README.md'), meta, summary);
    return;
  }
  const started = Date.now();
  if (opts.build) {
    console.log('building…');
    build();
  }
  const load = { before: os.loadavg() };
  const pages = new Map();
  const server = await startServer({ root: ROOT, pages });
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-extensions',
      // Playwright keeps the DevTools Network domain on in every page, so Chromium captures a
      // JavaScript stack for each request a script starts; by default V8 then re-parses every
      // function on that stack for its source positions (about 10 ms at 4× in a loader that
      // starts two requests), which a visitor's browser never does. With this flag V8 records
      // positions while compiling, at a small cost to every page alike.
      '--js-flags=--no-enable-lazy-source-positions',
    ],
  });
  const chromiumVersion = browser.version();
  const env = { browser, origin: server.origin, throttle: opts.throttle, settle: opts.settle };
  const tools = CONTENDERS.filter((c) => c.accept);
  const portcullis = CONTENDERS.find((c) => c.id == 'portcullis');

  for (const c of CONTENDERS) pages.set(`visit-${c.id}`, pageHtml(c, visitTags()));
  pages.set('autoblock', pageHtml(portcullis, visitTags(), { feed: true, autoBlock: 'manual' }));

  /** @type {Record<string, any[]>} */
  const samples = {};
  const push = (key, value) => (samples[key] ||= []).push(value);
  let work = 0;
  try {
    console.log('calibrating the stand-in tags…');
    work = await calibrate(
      env,
      (w) => {
        pages.set(`calibrate-${w}`, pageHtml(CONTENDERS[0], acceptTags(w)));
        return `/page/calibrate-${w}`;
      },
      2.5,
    );
    for (const c of tools) pages.set(`accept-${c.id}`, pageHtml(c, acceptTags(work)));
    mkdirSync(path.join(BENCH, '.work'), { recursive: true });
    for (const [name, html] of pages) writeFileSync(path.join(BENCH, '.work', `${name}.html`), html);

    if (opts.only.includes('visits')) {
      console.log('bytes pass (CDP Network domain on)…');
      for (const c of CONTENDERS) {
        const r = await visits(env, c, `/page/visit-${c.id}`, 'bytes');
        push(`bytes-first/${c.id}`, r.first);
        push(`bytes-returning/${c.id}`, r.returning);
      }
      console.log(`profile pass (${opts.profileRounds} rounds, JavaScript sampled)…`);
      for (let round = 0; round < opts.profileRounds; round++)
        for (const c of rotate(tools, round)) {
          const r = await visits(env, c, `/page/visit-${c.id}`, 'profile');
          push(`profile-first/${c.id}`, r.first);
          push(`profile-returning/${c.id}`, r.returning);
        }
    }
    for (let round = 0; round < opts.rounds; round++) {
      console.log(`round ${round + 1}/${opts.rounds}`);
      if (opts.only.includes('visits'))
        for (const c of rotate(CONTENDERS, round)) {
          const r = await visits(env, c, `/page/visit-${c.id}`);
          push(`first/${c.id}`, r.first);
          push(`returning/${c.id}`, r.returning);
        }
      if (opts.only.includes('accept'))
        for (const c of rotate(tools, round)) push(`accept/${c.id}`, await acceptAll(env, c, `/page/accept-${c.id}`, 10));
      if (opts.only.includes('autoblock')) {
        const r = await insertion(env, portcullis, '/page/autoblock', opts.reps);
        push('autoblock/off', r.off);
        push('autoblock/on', r.on);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  load.after = os.loadavg();

  const meta = {
    date: new Date().toISOString(),
    rounds: opts.rounds,
    throttle: opts.throttle,
    settleMs: opts.settle,
    reps: opts.reps,
    profileRounds: opts.profileRounds,
    tagWork: work,
    chromium: chromiumVersion,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadavg: load,
    durationS: Math.round((Date.now() - started) / 1000),
    versions: {
      portcullis: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
      'vanilla-cookieconsent': JSON.parse(readFileSync(path.join(ROOT, 'node_modules/vanilla-cookieconsent/package.json'), 'utf8')).version,
      klaro: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/klaro/package.json'), 'utf8')).version,
    },
  };
  const summary = { ...summarize(samples), problems: checks(samples) };
  for (const p of summary.problems) console.warn(`check failed: ${p}`);
  writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify({ meta, summary, samples }, null, 2) + '\n');
  const md = markdown(meta, summary);
  writeFileSync(path.join(BENCH, 'results.md'), md);
  if (opts.readme) updateReadme(path.join(ROOT, 'README.md'), meta, summary);
  console.log(md);
  console.log(`done in ${meta.durationS} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
