import { describe, expect, it } from 'vitest';
import { catalog, catalogById, searchCatalog, toVendor } from '../../src/catalog';
import type { CatalogCategory } from '../../src/catalog';
import { validate } from '../../src/core/validate';

const CATEGORIES: CatalogCategory[] = [
  'analytics',
  'advertising',
  'session_replay',
  'personalization',
  'functional',
];

/** Vendors the catalog must always cover, by id. */
const REQUIRED = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'meta-pixel',
  'linkedin-insight',
  'tiktok-pixel',
  'x-pixel',
  'pinterest-tag',
  'snap-pixel',
  'reddit-pixel',
  'microsoft-uet',
  'microsoft-clarity',
  'hotjar',
  'fullstory',
  'logrocket',
  'mouseflow',
  'smartlook',
  'contentsquare',
  'quantum-metric',
  'heap',
  'mixpanel',
  'amplitude',
  'segment',
  'adobe-analytics',
  'matomo-cloud',
  'optimizely',
  'vwo',
  'ab-tasty',
  'intercom',
  'drift',
  'hubspot-analytics',
  'marketo',
  'criteo',
  'taboola',
  'outbrain',
  'quantcast',
  'amazon-ads',
  'youtube',
  'vimeo',
  'google-maps',
];

const ID = /^[a-z0-9_-]{1,40}$/;
const LABEL = '(?!-)[a-z0-9-]{1,63}(?<!-)';
const HOST = new RegExp(`^(\\*\\.)?(${LABEL}\\.)+${LABEL}$`);
const COOKIE = /^[A-Za-z0-9_.\-*]+$/;

describe('catalog', () => {
  it('has at least 60 entries, sorted by name', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(60);
    const names = catalog.map((e) => e.name);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  it('covers every required vendor', () => {
    const missing = REQUIRED.filter((id) => !catalogById(id));
    expect(missing).toEqual([]);
  });

  it('has unique, valid ids and unique names', () => {
    const ids = catalog.map((e) => e.id);
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(catalog.map((e) => e.name.toLowerCase())).size).toBe(catalog.length);
  });

  it('uses only the five catalog categories', () => {
    expect(catalog.filter((e) => !CATEGORIES.includes(e.category)).map((e) => e.id)).toEqual([]);
    for (const category of CATEGORIES)
      expect(catalog.some((e) => e.category == category)).toBe(true);
  });

  it('lists hosts as lowercase hostnames or *.domain wildcards, without scheme, port or path', () => {
    const bad = catalog.flatMap((e) =>
      e.hosts.filter((h) => !HOST.test(h)).map((h) => `${e.id}: ${h}`),
    );
    expect(bad).toEqual([]);
    expect(HOST.test('static.hotjar.com')).toBe(true);
    expect(HOST.test('*.hotjar.com')).toBe(true);
    for (const wrong of [
      'https://a.com',
      'a.com/x',
      'a.com:443',
      'A.com',
      'a.*.com',
      '*hotjar.com',
      'localhost',
    ])
      expect(HOST.test(wrong)).toBe(false);
  });

  it('names cookies and storage keys with valid names or globs', () => {
    const bad = catalog.flatMap((e) => [
      ...e.cookies.filter((c) => !COOKIE.test(c.name)).map((c) => `${e.id}: ${c.name}`),
      ...(e.storage || []).filter((k) => !COOKIE.test(k)).map((k) => `${e.id}: storage ${k}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('gives third-party cookie domains as bare domains', () => {
    const bad = catalog.flatMap((e) =>
      e.cookies
        .filter((c) => c.domain !== undefined && !/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(c.domain))
        .map((c) => `${e.id}: ${c.name}`),
    );
    expect(bad).toEqual([]);
  });

  it('has a one-line purpose, and https policy and source URLs', () => {
    for (const e of catalog) {
      expect(e.purpose.length, e.id).toBeGreaterThan(10);
      expect(e.purpose, e.id).not.toMatch(/\n/);
      expect(e.policyUrl, e.id).toMatch(/^https:\/\/[^\s]+$/);
      const sources = e.source.split(' ');
      expect(sources.length, e.id).toBeGreaterThan(0);
      for (const url of sources) expect(url, e.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it('passes the config validator as vendors, once `source` is stripped', () => {
    const categories = CATEGORIES.map((id) => ({ id }));
    for (const entry of catalog) {
      const vendor = toVendor(entry);
      expect(vendor).not.toHaveProperty('source');
      const v = validate({ policyVersion: '1', categories, vendors: [vendor] });
      expect(v.errors, entry.id).toEqual([]);
      expect(v.warnings, entry.id).toEqual([]);
    }
    const all = validate({ policyVersion: '1', categories, vendors: catalog.map(toVendor) });
    expect(all.errors).toEqual([]);
  });
});

describe('catalogById', () => {
  it('finds an entry by id and returns undefined for unknown ids', () => {
    expect(catalogById('hotjar')?.name).toBe('Hotjar');
    expect(catalogById('nope')).toBeUndefined();
  });
});

describe('searchCatalog', () => {
  const ids = (q: string) => searchCatalog(q).map((e) => e.id);

  it('ranks name prefixes first', () => {
    expect(ids('hot')[0]).toBe('hotjar');
    expect(ids('HOT')[0]).toBe('hotjar');
    expect(
      ids('google')
        .slice(0, 3)
        .every((id) => id.startsWith('google-')),
    ).toBe(true);
    expect(ids('mi')[0]).toBe('microsoft-uet');
  });

  it('matches words in names, ids and hosts', () => {
    expect(ids('clarity')[0]).toBe('microsoft-clarity');
    expect(ids('tiktok-pixel')).toEqual(['tiktok-pixel']);
    expect(ids('licdn')).toEqual(['linkedin-insight']);
    expect(ids('doubleclick')).toContain('google-ads');
  });

  it('returns everything for a blank query and nothing for no match', () => {
    expect(searchCatalog('  ')).toHaveLength(catalog.length);
    expect(searchCatalog('zzzz-no-such-vendor')).toEqual([]);
  });
});
