import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { Variant } from './harness';

// Debian's Chromium where Playwright cannot download its own (CHROMIUM_PATH overrides).
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig<{ variant: Variant }>({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Every case runs against the script-tag build; cases that apply to bundler users run against the ESM build too.
    { name: 'iife', use: { variant: 'iife' } },
    { name: 'esm', use: { variant: 'esm' }, testIgnore: ['demo.spec.ts', 'csp.spec.ts', 'loader.spec.ts', 'screenshots.spec.ts', 'scanner.spec.ts', 'configurator.spec.ts'] },
  ],
});
