import { describe, expect, it } from 'vitest';
import ar from '../../src/ui/i18n/ar';
import de from '../../src/ui/i18n/de';
import en from '../../src/ui/i18n/en';
import es from '../../src/ui/i18n/es';
import { format } from '../../src/ui/i18n/format';
import fr from '../../src/ui/i18n/fr';
import it_ from '../../src/ui/i18n/it';
import nl from '../../src/ui/i18n/nl';
import { LANGUAGES, pickLanguage } from '../../src/ui/i18n/pickLanguage';
import pl from '../../src/ui/i18n/pl';
import pt from '../../src/ui/i18n/pt';

const doc = (lang: string) => ({ documentElement: { lang } }) as Document;

describe('pickLanguage', () => {
  it('prefers config.language, then <html lang>, then the browser, by primary subtag', () => {
    expect(pickLanguage({ language: 'de' }, doc('fr'), { languages: ['es'] })).toBe('de');
    expect(pickLanguage({}, doc('fr-CA'), { languages: ['es'] })).toBe('fr');
    expect(pickLanguage({}, doc(''), { languages: ['pt-BR', 'en'] })).toBe('pt');
    expect(pickLanguage({}, doc(''), { language: 'pl-PL' })).toBe('pl');
  });

  it('skips languages without strings and falls back to English', () => {
    expect(pickLanguage({ language: 'sv' }, doc('fi'), { languages: ['ja', 'nl-BE'] })).toBe('nl');
    expect(pickLanguage({}, doc('sv'), { languages: ['ja'] })).toBe('en');
  });

  it("takes a language the site translated itself", () => {
    expect(pickLanguage({ translations: { sv: { acceptAll: 'Godkänn alla' } } }, doc('sv-SE'), {})).toBe('sv');
  });
});

describe('format', () => {
  it('fills {slots} and leaves unknown ones', () => {
    expect(format('Allow {name} ({n}) {x}', { name: 'Video', n: 2 })).toBe('Allow Video (2) {x}');
  });
});

describe('built-in languages', () => {
  const files = { es, fr, de, it: it_, nl, pt, pl, ar };
  it('cover every language the picker offers', () => {
    expect(Object.keys(files).sort()).toEqual(LANGUAGES.filter((l) => l != 'en').sort());
  });

  for (const [lang, strings] of Object.entries(files))
    it(`${lang} has every key, keeps every {slot} and is its own text`, () => {
      const keys = Object.keys(en).filter((k) => k != 'gpc' && k != 'dnt');
      expect(Object.keys(strings).sort()).toEqual(keys.sort());
      for (const k of keys) {
        const slots = (s: string) => (s.match(/\{\w+\}/g) || []).sort();
        expect(slots((strings as Record<string, string>)[k]), `${lang}.${k}`).toEqual(slots((en as Record<string, string>)[k]));
        expect((strings as Record<string, string>)[k].trim()).not.toBe('');
      }
      expect(strings.acceptAll).not.toBe(en.acceptAll);
    });

  it('English keeps the CCPA phrases exact', () => {
    expect(en.doNotSell).toBe('Do Not Sell or Share My Personal Information');
    expect(en.choices).toBe('Your Privacy Choices');
    expect(en.honored).toBe('Opt-Out Request Honored');
  });
});
