/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform as transformCss } from 'lightningcss';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** UI languages with their own file (`dist/portcullis-ui-<lang>.js`); English is in the UI chunk. */
const UI_LANGUAGES = ['es', 'fr', 'de', 'it', 'nl', 'pt', 'pl', 'ar'];
// Browsers with constructable stylesheets and CSS logical properties; an older target would
// lower `inset-inline-start` into `:lang()` guesses and bloat the UI chunk.
const UI_CSS_TARGET = ['chrome111', 'edge111', 'firefox113', 'safari16.4'];

// A chunk's exports object needs no `Symbol.toStringTag`: nothing inspects it.
const IIFE_OUTPUT = { generatedCode: { symbols: false } };

/**
 * Writes `portcullis-ui.css` beside the UI chunk: every UI style (the banner's and the
 * preference center's), minified, for browsers without constructable stylesheets. Uses
 * Lightning CSS, Vite's own CSS minifier.
 */
function uiCssFile(): Plugin {
  return {
    name: 'portcullis-ui-css',
    generateBundle() {
      const css = ['styles/portcullis.css', 'styles/preferences.css'].map((file) =>
        transformCss({ filename: file, code: readFileSync(new URL(file, import.meta.url)), minify: true }).code.toString(),
      );
      this.emitFile({ type: 'asset', fileName: 'portcullis-ui.css', source: css.join('') });
    },
  };
}

/**
 * Prefixes a file with Chromium's explicit compile hint: every function in it runs soon
 * after it loads, so it is compiled eagerly instead of function by function on first call.
 * The loader (about 1.4 ms less main-thread CPU per page view at 1×, measured with
 * `npm run bench`) and the cold path (whose recording code runs inside the click that
 * makes a choice) carry it.
 * https://v8.dev/blog/explicit-compile-hints
 */
function compileHint(): Plugin {
  return {
    name: 'portcullis-compile-hint',
    generateBundle(_, bundle) {
      // The hint takes the first line: every mapping moves down one line.
      for (const file of Object.values(bundle))
        if (file.type == 'chunk') file.code = '//# allFunctionsCalledOnLoad\n' + file.code;
        else if (file.fileName.endsWith('.map')) {
          const map = JSON.parse(String(file.source));
          map.mappings = ';' + map.mappings;
          file.source = JSON.stringify(map);
        }
    },
  };
}

/**
 * Resolves core/resolve and core/decide to src/coldCore.ts in the cold chunk's build: the
 * chunk uses the loader's copies instead of carrying its own (src/coreGlobal.ts).
 */
function sharedCore(): Plugin {
  const shim = fileURLToPath(new URL('src/coldCore.ts', import.meta.url));
  return {
    name: 'portcullis-shared-core',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved && /[\\/]src[\\/]core[\\/](resolve|decide)\.ts$/.test(resolved.id) ? shim : null;
    },
  };
}

/** One classic script per language that registers its strings on `PortcullisLang`. */
function languageEntries(): Plugin {
  return {
    name: 'portcullis-ui-languages',
    resolveId: (id) => (id.startsWith('lang:') ? '\0' + id : null),
    load(id) {
      const lang = id.startsWith('\0lang:') && id.slice(6);
      if (lang) return `import s from '/src/ui/i18n/${lang}.ts'; (self.PortcullisLang = self.PortcullisLang || {}).${lang} = s;`;
    },
  };
}

/**
 * One source, several builds, chosen by `--mode` (see `npm run build`):
 * - `loader`: dist/portcullis.js, the synchronous script-tag IIFE (no Preact, no UI text);
 * - `autoblock`: dist/portcullis-autoblock.js, opt-in auto-blocking, included right before
 *   the loader (`window.PortcullisAutoBlock`);
 * - `cold`: dist/portcullis-cold.js, the cold path (validating a new config, recording
 *   choices), loaded by the loader on demand, exposing `PortcullisCold`;
 * - `ui`: dist/portcullis-ui.js, the lazily loaded UI, exposing `PortcullisUI` (Preact as
 *   classic `h()` calls, the CSS inside), plus dist/portcullis-ui.css as a fallback;
 * - `preferences`: dist/portcullis-preferences.js, the preference center, loaded by the UI
 *   when it is opened (`PortcullisPreferences`, rendering with `PortcullisUI`'s Preact);
 * - `lang`: dist/portcullis-ui-<lang>.js, one small classic script per UI language;
 * - `esm`: dist/esm, for bundlers (`portcullis` and `portcullis/catalog`), with the UI as a
 *   split chunk and dependencies external.
 * Differences are build-time flags: `__IIFE__`, `__DEV__`, `__VERSION__`.
 */
export default defineConfig(({ mode }): UserConfig => {
  const iife = mode == 'loader' || mode == 'cold' || mode == 'autoblock' || mode == 'ui' || mode == 'preferences';
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
      sourcemap: true,
      lib: { entry, formats: ['iife'], name: name || 'Portcullis_', fileName: () => fileName },
      rollupOptions: { output: IIFE_OUTPUT },
    },
  });
  if (mode == 'loader') return { ...iifeBuild('src/loader.ts', 'portcullis.js'), plugins: [compileHint()] };
  if (mode == 'cold') return { ...iifeBuild('src/coldChunk.ts', 'portcullis-cold.js', 'PortcullisCold'), plugins: [sharedCore(), compileHint()] };
  if (mode == 'autoblock') return iifeBuild('src/autoblock.ts', 'portcullis-autoblock.js');
  // The UI: Preact as classic `h()` calls (smaller than the automatic runtime), modern CSS.
  const uiBuild = (entry: string, fileName: string, name: string, more: UserConfig['build']): UserConfig => {
    const ui = iifeBuild(entry, fileName, name);
    return {
      ...ui,
      build: { ...ui.build, cssTarget: UI_CSS_TARGET, ...more },
      oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' }, jsxInject: `import { h, Fragment } from 'preact'` },
    };
  };
  if (mode == 'ui') return { ...uiBuild('src/ui/chunk.ts', 'portcullis-ui.js', 'PortcullisUI', {}), plugins: [uiCssFile()] };
  if (mode == 'preferences')
    return uiBuild('src/ui/preferencesChunk.ts', 'portcullis-preferences.js', 'PortcullisPreferences', {
      // Renders with the UI chunk's Preact.
      rollupOptions: { external: ['preact'], output: { ...IIFE_OUTPUT, globals: { preact: 'PortcullisUI' } } },
    });
  if (mode == 'lang')
    return {
      define,
      plugins: [languageEntries()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        minify: true,
        rollupOptions: {
          input: Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, 'lang:' + lang])),
          // Wrapped so the classic script declares no globals but `PortcullisLang`.
          output: { format: 'es', entryFileNames: 'portcullis-ui-[name].js', banner: '(()=>{', footer: '})();' },
        },
      },
    };
  if (mode == 'esm')
    return {
      define,
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        target: 'es2020',
        minify: false,
        sourcemap: true,
        lib: { entry: { index: 'src/index.ts', catalog: 'src/catalog/index.ts', autoblock: 'src/autoblock.ts' }, formats: ['es'], fileName: (_, name) => `${name}.js` },
        rollupOptions: { external: (id) => Object.keys(pkg.dependencies).some((d) => id == d || id.startsWith(d + '/')) },
      },
    };
  // `cli`: dist/cli.js, the `portcullis scan` command for Node (src/scanner), one ESM file
  // with an executable banner; playwright-core (an optional peer) and Node built-ins stay external.
  if (mode == 'cli')
    return {
      define,
      ssr: { noExternal: true, external: ['playwright-core'] },
      plugins: [{ name: 'portcullis-cli-executable', writeBundle: async () => (await import('node:fs')).chmodSync('dist/cli.js', 0o755) }],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        ssr: 'src/scanner/cli.ts',
        rollupOptions: {
          external: ['playwright-core', /^node:/],
          output: { format: 'es', entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' },
        },
      },
    };
  // `configurator`: dist/configurator/, the marketers' config editor as a static page
  // (index.html + configurator.js + configurator.css; fixed names so demo/configurator/
  // can load them). Its preview finds the loader at ../portcullis.js.
  if (mode == 'configurator')
    return {
      define,
      root: 'src/configurator',
      base: './',
      publicDir: false,
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      build: {
        outDir: '../../dist/configurator',
        emptyOutDir: true,
        target: 'es2020',
        modulePreload: { polyfill: false },
        rollupOptions: { output: { entryFileNames: 'configurator.js', chunkFileNames: 'configurator-[name].js', assetFileNames: 'configurator[extname]' } },
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
