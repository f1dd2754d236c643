/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * One source, several builds, chosen by `--mode` (see `npm run build`):
 * - `loader`: dist/portcullis.js, the synchronous script-tag IIFE (no Preact, no UI text);
 * - `ui`: dist/portcullis-ui.js, the lazily loaded UI, exposing `PortcullisUI`;
 * - `esm`: dist/esm, for bundlers, with the UI as a split chunk and dependencies external.
 * Differences are build-time flags: `__IIFE__`, `__DEV__`, `__VERSION__`.
 */
export default defineConfig(({ mode }): UserConfig => {
  const iife = mode == 'loader' || mode == 'ui';
  const define = {
    __VERSION__: JSON.stringify(pkg.version),
    __IIFE__: String(iife),
    // Dev warnings: off in the minified IIFE; left to the bundler's NODE_ENV in the ESM build.
    __DEV__: iife ? 'false' : mode == 'esm' ? '(typeof process != "undefined" && process.env.NODE_ENV !== "production")' : 'true',
  };
  const iifeBuild = (entry: string, fileName: string, name?: string): UserConfig => ({
    define,
    build: {
      outDir: 'dist',
      emptyOutDir: mode == 'loader',
      target: 'es2020',
      minify: true,
      terserOptions: { compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true }, format: { comments: false } },
      sourcemap: true,
      lib: { entry, formats: ['iife'], name: name || 'Portcullis_', fileName: () => fileName },
    },
  });
  if (mode == 'loader') return iifeBuild('src/loader.ts', 'portcullis.js');
  if (mode == 'ui') return iifeBuild('src/ui/chunk.ts', 'portcullis-ui.js', 'PortcullisUI');
  if (mode == 'esm')
    return {
      define,
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        target: 'es2020',
        minify: false,
        sourcemap: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
        rollupOptions: { external: (id) => Object.keys(pkg.dependencies).some((d) => id == d || id.startsWith(d + '/')) },
      },
    };
  return {
    define,
    test: {
      environment: 'happy-dom',
      include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
      restoreMocks: true,
    },
  };
});
