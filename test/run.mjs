#!/usr/bin/env node
/**
 * `npm test`: type-check, build, unit + component tests (vitest, including the size
 * budgets), end-to-end tests (Playwright, real Chromium). Prints one final line
 * "N passed, N failed" summing every runner, and exits non-zero when anything failed.
 * Type-check and build count as one test each.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const cache = `${root}node_modules/.cache/portcullis-test`;
mkdirSync(cache, { recursive: true });
let passed = 0;
let failed = 0;

const run = (label, cmd, args, env = {}) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
};
const step = (label, cmd, args) => (run(label, cmd, args) ? passed++ : failed++);
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('type-check scanner (Node)', 'npx', ['tsc', '-p', 'src/scanner']);
step('type-check tests', 'npx', ['tsc', '-p', 'test/tsconfig.json']);
const built = run('build', 'npm', ['run', '--silent', 'build']);
built ? passed++ : failed++;

const vitestOut = `${cache}/vitest.json`;
rmSync(vitestOut, { force: true });
const vitestOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`]);
const v = readJson(vitestOut);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  if (!vitestOk && v.numFailedTests == 0) failed++; // a suite that failed to load
} else failed++;

if (built) {
  const pwOut = `${cache}/playwright.json`;
  rmSync(pwOut, { force: true });
  const pwOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test', '-c', 'test/e2e', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
  const p = readJson(pwOut);
  if (p?.stats) {
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
    if (!pwOk && p.stats.unexpected == 0) failed++;
  } else failed++;
} else {
  console.log('\n✖ end-to-end tests skipped: the build failed');
  failed++;
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${cache}/summary.txt`, summary + '\n');
console.log('\n' + summary);
process.exit(failed ? 1 : 0);
