import ar from '../ui/i18n/ar';
import de from '../ui/i18n/de';
import en, { type Strings } from '../ui/i18n/en';
import es from '../ui/i18n/es';
import fr from '../ui/i18n/fr';
import it from '../ui/i18n/it';
import nl from '../ui/i18n/nl';
import { LANGUAGES } from '../ui/i18n/pickLanguage';
import pl from '../ui/i18n/pl';
import pt from '../ui/i18n/pt';
import type { PortcullisConfig } from '../types';

export { LANGUAGES };

/** The UI's built-in strings per language. */
export const BUILTIN_STRINGS: Record<string, Partial<Strings>> = { en, es, fr, de, it, nl, pt, pl, ar };

/** Each built-in language by its own name, for pickers. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  nl: 'Nederlands',
  pt: 'Português',
  pl: 'Polski',
  ar: 'العربية',
};

/** Languages written right to left. */
export const isRtl = (lang: string) => /^(ar|fa|he|ur)$/.test(lang);

/** A category text: its `label` or its `description`. */
export type TextField = 'label' | 'description';

/** The translation key of a category text (`cat_analytics`, `desc_analytics`). */
export const textKey = (id: string, field: TextField) => (field == 'label' ? 'cat_' : 'desc_') + id;

/**
 * The draft path that holds a category text in a language. English is the category's own
 * `label` / `description`, which every language falls back to; other languages are
 * `translations.<lang>.cat_<id>` / `desc_<id>` (so is English when the config has an
 * English translation of it). Null when the category is not listed yet (`necessary`).
 */
export function textPath(config: PortcullisConfig, id: string, field: TextField, lang: string): string | null {
  const key = textKey(id, field);
  if (lang != 'en' || config.translations?.en?.[key] !== undefined) return `translations.${lang}.${key}`;
  const i = (config.categories || []).findIndex((c) => c.id == id);
  return i < 0 ? null : `categories[${i}].${field}`;
}

/** What a visitor reading `lang` sees for a category text, and whether it is a missing translation. */
export interface TextStatus {
  /** The site's own text in this language ('' when none). */
  own: string;
  /** What shows when `own` is empty. */
  fallback: string;
  /** The visitor would see text that is not in this language, or the bare id / nothing. */
  missing: boolean;
}

/**
 * Mirrors the UI's lookup (src/ui/index.ts): the language's own translation, else the
 * category's `label` / `description`, else the built-in string, else the id (label) or
 * nothing (description).
 */
export function textStatus(config: PortcullisConfig, id: string, field: TextField, lang: string): TextStatus {
  const key = textKey(id, field);
  const category = config.categories?.find((c) => c.id == id);
  const custom = category?.[field] || '';
  const builtin = (BUILTIN_STRINGS[lang] as Record<string, string> | undefined)?.[key] || '';
  const translated = config.translations?.[lang]?.[key] || '';
  if (lang == 'en') {
    const own = translated || custom;
    return { own, fallback: own || builtin || (field == 'label' ? id : ''), missing: !own && !builtin };
  }
  const fallback = custom || builtin || (en as Record<string, string>)[key] || (field == 'label' ? id : '');
  // A custom English text overrides the built-in strings in every language that has no own text.
  return { own: translated, fallback, missing: !translated && (!!custom || !builtin) };
}
