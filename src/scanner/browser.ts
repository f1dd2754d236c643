/// <reference types="node" />
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ScanError } from './errors';

const INSTALL_HINT = `Install Playwright and a Chromium for it:
  npm i -D playwright-core
  npx playwright install chromium     (or: apt-get install chromium)
or point the scanner at one with --chromium PATH or CHROMIUM_PATH.`;

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where the browser comes from, in order: the option, the environment, the system, Playwright. */
export interface ChromiumChoice {
  option?: string;
  env?: string;
  /** Playwright's own executable path (may not be installed). */
  playwright?: string;
  exists?: (path: string) => boolean;
}

/**
 * The Chromium executable to launch: `--chromium`, else `CHROMIUM_PATH`, else
 * `/usr/bin/chromium` when present, else Playwright's own. A path that was asked for but
 * does not exist is an error, not a fallback.
 */
export function chooseChromium({
  option,
  env,
  playwright,
  exists = existsSync,
}: ChromiumChoice): string {
  const asked = option || env;
  if (asked) {
    if (exists(asked)) return asked;
    throw new ScanError(
      `no Chromium at ${asked} (from ${option ? '--chromium' : 'CHROMIUM_PATH'})\n${INSTALL_HINT}`,
    );
  }
  if (exists(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  if (playwright && exists(playwright)) return playwright;
  throw new ScanError(`no Chromium found\n${INSTALL_HINT}`);
}

/** Starts a headless Chromium. Throws a {@link ScanError} with the install hint when it cannot. */
export async function launch(options: { chromium?: string; hostRules?: string }): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new ScanError(
      `the scanner needs playwright-core, which is not installed\n${INSTALL_HINT}`,
    );
  }
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    // no browser registry for this platform
  }
  const executablePath = chooseChromium({
    option: options.chromium,
    env: process.env.CHROMIUM_PATH,
    playwright: own,
  });
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-sync',
    '--disable-background-networking',
  ];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.hostRules) args.push(`--host-resolver-rules=${options.hostRules}`);
  try {
    return await chromium.launch({ executablePath, args, headless: true });
  } catch (e) {
    const first = String((e as Error).message || e).split('\n')[0];
    throw new ScanError(`Chromium (${executablePath}) did not start: ${first}\n${INSTALL_HINT}`);
  }
}
