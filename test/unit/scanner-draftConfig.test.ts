import { describe, expect, it } from 'vitest';
import { catalog, catalogById, toVendor } from '../../src/catalog';
import { validate } from '../../src/core/validate';
import { draftConfig, isoDay } from '../../src/scanner/draftConfig';
import type { TrackerFinding } from '../../src/scanner/types';

const found = (id: string, before = false): TrackerFinding => {
  const e = catalogById(id)!;
  return {
    id,
    name: e.name,
    category: e.category,
    hosts: [],
    cookies: [],
    storage: [],
    pages: ['https://shop.example/'],
    before,
    after: true,
  };
};
const DAY = new Date(2026, 2, 5, 23, 30);

describe('draftConfig', () => {
  it('lists the catalog entries found as vendors, with their categories and today as policy version', () => {
    const config = draftConfig([found('google-analytics'), found('meta-pixel')], DAY);
    expect(config).toEqual({
      policyVersion: '2026-03-05',
      categories: [{ id: 'analytics' }, { id: 'advertising' }],
      vendors: [toVendor(catalogById('google-analytics')!), toVendor(catalogById('meta-pixel')!)],
    });
    expect(config.vendors![0]).not.toHaveProperty('source');
    expect(validate(config)).toMatchObject({ errors: [], warnings: [] });
  });

  it('declares the functional category when a functional vendor was found', () => {
    const config = draftConfig([found('hotjar'), found('intercom')], DAY);
    expect(config.categories).toEqual([
      { id: 'session_replay' },
      {
        id: 'functional',
        label: 'Functional',
        description: 'Chat, maps, payments, forms and other features you use directly.',
      },
    ]);
    expect(validate(config).errors).toEqual([]);
  });

  it('turns on autoBlock only when a tracker that needs consent ran before it', () => {
    expect(draftConfig([found('stripe', true), found('hotjar')], DAY).autoBlock).toBeUndefined();
    expect(draftConfig([found('hotjar', true)], DAY).autoBlock).toBe(true);
  });

  it('validates with every catalog entry at once, and with none', () => {
    const all = draftConfig(
      catalog.map((e) => found(e.id)),
      DAY,
    );
    expect(all.vendors).toHaveLength(catalog.length);
    expect(validate(all)).toMatchObject({ errors: [], warnings: [] });
    expect(validate(draftConfig([], DAY))).toMatchObject({ errors: [], warnings: [] });
  });

  it('writes local dates as yyyy-mm-dd', () => {
    expect(isoDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(isoDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});
