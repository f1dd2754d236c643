/** Languages with built-in strings; English is inside the UI chunk, the others load on demand. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'nl', 'pt', 'pl', 'ar'];

/**
 * The UI language: the first of `config.language`, `<html lang>` and the browser's languages
 * whose primary subtag (`pt-BR` → `pt`) has built-in strings or the site's own translations;
 * English when none does.
 */
export function pickLanguage(
  config: { language?: string; translations?: Record<string, unknown> },
  doc: Document,
  nav: { languages?: readonly string[]; language?: string },
): string {
  const own = config.translations || {};
  for (const tag of [config.language, doc.documentElement.lang, ...(nav.languages || [nav.language])]) {
    const code = (tag || '').toLowerCase().split('-')[0];
    if (code && (LANGUAGES.includes(code) || own[code])) return code;
  }
  return 'en';
}
