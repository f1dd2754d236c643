/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** UI languages with their own file (`dist/portcullis-ui-<lang>.js`); English is in the UI chunk. */
const UI_LANGUAGES = ['es', 'fr', 'de', 'it', 'nl', 'pt', 'pl', 'ar'];
// Browsers with constructable stylesheets and CSS logical properties; an older target would
// lower `inset-inline-start` into `:lang()` guesses and bloat the UI chunk.
const UI_CSS_TARGET = ['chrome111', 'edge111', 'firefox113', 'safari16.4'];

/** Writes the UI's minified CSS, as bundled into the chunk, to `portcullis-ui.css` beside it. */
function uiCssFile(): Plugin {
  let css = '';
  return {
    name: 'portcullis-ui-css',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('portcullis.css?inline')) css = JSON.parse(code.slice(code.indexOf('"'), code.lastIndexOf('"') + 1));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'portcullis-ui.css', source: css });
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
 * - `lang`: dist/portcullis-ui-<lang>.js, one small classic script per UI language;
 * - `esm`: dist/esm, for bundlers (`portcullis` and `portcullis/catalog`), with the UI as a
 *   split chunk and dependencies external.
 * Differences are build-time flags: `__IIFE__`, `__DEV__`, `__VERSION__`.
 */
export default defineConfig(({ mode }): UserConfig => {
  const iife = mode == 'loader' || mode == 'cold' || mode == 'autoblock' || mode == 'ui';
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
    },
  });
  if (mode == 'loader') return iifeBuild('src/loader.ts', 'portcullis.js');
  if (mode == 'cold') return iifeBuild('src/coldChunk.ts', 'portcullis-cold.js', 'PortcullisCold');
  if (mode == 'autoblock') return iifeBuild('src/autoblock.ts', 'portcullis-autoblock.js');
  if (mode == 'ui') {
    const ui = iifeBuild('src/ui/chunk.ts', 'portcullis-ui.js', 'PortcullisUI');
    return {
      ...ui,
      build: { ...ui.build, cssTarget: UI_CSS_TARGET },
      oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' }, jsxInject: `import { h, Fragment } from 'preact'` },
      plugins: [uiCssFile()],
    };
  }
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
  return {
    define,
    test: {
      environment: 'happy-dom',
      include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
      restoreMocks: true,
    },
  };
});
