import { describe, expect, it } from 'vitest';
import { cleanConfig } from '../../src/configurator/clean';
import { cookiesFromLines, fromLines, toLines } from '../../src/configurator/lines';
import { loadSaved, save, STORAGE_KEY } from '../../src/configurator/persist';
import { DEFAULT_PREVIEW } from '../../src/configurator/previewDoc';

describe('cleanConfig', () => {
  it('drops empty fields but keeps array items in place, so validator indices match the rows', () => {
    const out = cleanConfig({
      policyVersion: '1',
      privacyPolicyUrl: '',
      theme: {},
      translations: { de: {}, fr: { cat_analytics: 'Mesure' } },
      vendors: [{ id: 'a', name: 'A', category: 'analytics', hosts: [], purpose: '' }, { id: 'b', name: '', category: 'analytics' }],
      ui: { reopenButton: undefined },
      autoBlock: false,
    });
    expect(out).toEqual({
      policyVersion: '1',
      translations: { fr: { cat_analytics: 'Mesure' } },
      vendors: [{ id: 'a', name: 'A', category: 'analytics' }, { id: 'b', category: 'analytics' }],
      autoBlock: false,
    });
  });

  it('leaves out a category list that only repeats the built-in default', () => {
    const builtin = ['analytics', 'advertising', 'session_replay', 'personalization'].map((id) => ({ id }));
    expect(cleanConfig({ policyVersion: '1', categories: builtin }).categories).toBeUndefined();
    expect(cleanConfig({ policyVersion: '1', categories: builtin.slice(1) }).categories).toHaveLength(3);
    expect(cleanConfig({ policyVersion: '1', categories: [...builtin.slice(0, 3), { id: 'personalization', label: 'P' }] }).categories).toHaveLength(4);
  });
});

describe('lines', () => {
  it('edits lists one item per line', () => {
    expect(fromLines(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(toLines(['a', 'b'])).toBe('a\nb');
  });

  it('keeps cookie details of names that stay', () => {
    const before = [{ name: '_ga', purpose: 'Visitors', duration: '2 years' }, '_gid'];
    expect(cookiesFromLines('_ga\n_new', before)).toEqual([before[0], '_new']);
  });
});

describe('persist', () => {
  it('saves and loads the draft, preview options and snippet folder', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadSaved(storage)).toBeNull();
    expect(save(storage, { draft: { policyVersion: '7' }, preview: { ...DEFAULT_PREVIEW, language: 'de' }, base: '/cmp/' })).toBe(true);
    expect(loadSaved(storage)).toEqual({ draft: { policyVersion: '7' }, preview: { ...DEFAULT_PREVIEW, language: 'de' }, base: '/cmp/' });
  });

  it('treats foreign or unreadable values as nothing saved, and a refusing storage as not saved', () => {
    for (const value of ['{', '[]', '{"draft":3}', 'null'])
      expect(loadSaved({ getItem: (k) => (k == STORAGE_KEY ? value : null) })).toBeNull();
    expect(loadSaved({ getItem: () => { throw new Error('blocked'); } })).toBeNull();
    expect(save({ setItem: () => { throw new Error('full'); } }, { draft: { policyVersion: '1' }, preview: DEFAULT_PREVIEW, base: '' })).toBe(false);
    expect(save(undefined, { draft: { policyVersion: '1' }, preview: DEFAULT_PREVIEW, base: '' })).toBe(false);
  });
});
