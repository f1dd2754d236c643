import type { LoadFile } from '../../loadScript';
import type { Strings, Translation } from './en';
import { LANGUAGES } from './pickLanguage';

type Loaded = Partial<Strings>;

/**
 * Loads one language's strings. The script-tag build adds `portcullis-ui-<lang>.js` from the
 * loader's directory (a script, not fetched JSON, so nonce-only CSPs allow it); the file
 * registers itself on `PortcullisLang`. The ESM build imports the module so bundlers split
 * it. English is built in. The unused branch is removed at build time.
 */
export function loadStrings(lang: string, load: LoadFile): Promise<Loaded> {
  // Languages the site translated itself need no file.
  if (lang == 'en' || !LANGUAGES.includes(lang)) return Promise.resolve({});
  if (!__IIFE__) {
    const files: Record<string, () => Promise<{ default: Translation }>> = {
      es: () => import('./es'),
      fr: () => import('./fr'),
      de: () => import('./de'),
      it: () => import('./it'),
      nl: () => import('./nl'),
      pt: () => import('./pt'),
      pl: () => import('./pl'),
      ar: () => import('./ar'),
    };
    return files[lang]().then((m) => m.default);
  }
  return load(`portcullis-ui-${lang}.js`, () => (window as { PortcullisLang?: Record<string, Loaded> }).PortcullisLang?.[lang]);
}
