import { describe, expect, it } from 'vitest';
import { BUILTIN_STRINGS, LANGUAGES, textPath, textStatus } from '../../src/configurator/translations';
import type { PortcullisConfig } from '../../src/types';

const config: PortcullisConfig = {
  policyVersion: '1',
  categories: [{ id: 'analytics' }, { id: 'advertising', label: 'Ads' }, { id: 'chat', label: 'Chat' }],
  translations: { de: { cat_chat: 'Chat (de)' } },
};

describe('category texts per language', () => {
  it('covers every built-in language', () => {
    expect(Object.keys(BUILTIN_STRINGS).sort()).toEqual([...LANGUAGES].sort());
  });

  it('built-in categories are translated everywhere unless the English text was replaced', () => {
    for (const lang of LANGUAGES) expect(textStatus(config, 'analytics', 'label', lang).missing, lang).toBe(false);
    expect(textStatus(config, 'advertising', 'label', 'en')).toEqual({ own: 'Ads', fallback: 'Ads', missing: false });
    // "Ads" would show to French visitors: a missing translation.
    expect(textStatus(config, 'advertising', 'label', 'fr')).toMatchObject({ own: '', fallback: 'Ads', missing: true });
  });

  it('a custom category misses every language it has no text in', () => {
    expect(textStatus(config, 'chat', 'label', 'de')).toMatchObject({ own: 'Chat (de)', missing: false });
    expect(textStatus(config, 'chat', 'label', 'it')).toMatchObject({ fallback: 'Chat', missing: true });
    expect(textStatus(config, 'chat', 'description', 'en')).toMatchObject({ own: '', fallback: '', missing: true });
    expect(textStatus({ policyVersion: '1' }, 'x', 'label', 'en')).toMatchObject({ fallback: 'x', missing: true });
  });

  it('edits English in the category and other languages in translations', () => {
    expect(textPath(config, 'advertising', 'label', 'en')).toBe('categories[1].label');
    expect(textPath(config, 'advertising', 'description', 'ar')).toBe('translations.ar.desc_advertising');
    expect(textPath(config, 'necessary', 'label', 'en')).toBeNull();
    expect(textPath({ ...config, translations: { en: { cat_chat: 'Support chat' } } }, 'chat', 'label', 'en')).toBe('translations.en.cat_chat');
  });
});
