import { describe, expect, it } from 'vitest';
import { catalogById, toVendor } from '../../src/catalog';
import { validate } from '../../src/core/validate';
import { cleanConfig } from '../../src/configurator/clean';
import { TEMPLATES } from '../../src/configurator/templates';
import { categoryIds, customVendor, slug, uniqueId, withCategory, withVendors } from '../../src/configurator/vendors';

describe('vendors', () => {
  it('adds catalog vendors as copies, once, declaring the functional category they need', () => {
    const stripe = toVendor(catalogById('stripe')!);
    const { config, added, present } = withVendors({ policyVersion: '1' }, [stripe, toVendor(catalogById('hotjar')!), stripe]);
    expect(added).toEqual(['stripe', 'hotjar']);
    expect(present).toEqual(['stripe']);
    expect(categoryIds(config)).toEqual(['necessary', 'analytics', 'advertising', 'session_replay', 'personalization', 'functional']);
    config.vendors![0].hosts!.push('changed.example');
    expect(catalogById('stripe')!.hosts).not.toContain('changed.example');
    expect(validate(cleanConfig(config)).errors).toEqual([]);
  });

  it('declares a custom category under its id and keeps an existing one', () => {
    expect(withCategory({ policyVersion: '1', categories: [] }, 'chat').categories).toEqual([{ id: 'chat', label: 'chat' }]);
    expect(withCategory({ policyVersion: '1', categories: [{ id: 'chat' }] }, 'chat').categories).toEqual([{ id: 'chat' }]);
    expect(withCategory({ policyVersion: '1', categories: [] }, 'necessary').categories).toEqual([]);
  });

  it('makes ids from names, unique among categories and vendors', () => {
    expect(slug('Café Analytics 4!')).toBe('cafe-analytics-4');
    expect(slug('***')).toBe('vendor');
    expect(slug('x'.repeat(60))).toHaveLength(40);
    const config = { policyVersion: '1', vendors: [{ id: 'a', name: 'A', category: 'analytics' }] };
    expect(uniqueId(config, 'a')).toBe('a-2');
    expect(uniqueId(config, 'analytics')).toBe('analytics-2');
    expect(customVendor(config, '*.www.cdn.example')).toMatchObject({ id: 'www-cdn-example', hosts: ['*.www.cdn.example'], category: 'analytics' });
  });

  it('every template is a valid config', () => {
    for (const t of TEMPLATES) expect(validate(cleanConfig(t.build())).errors, t.id).toEqual([]);
    expect(cleanConfig(TEMPLATES[0].build())).toEqual({ policyVersion: expect.stringMatching(/^\d{4}-\d{2}$/) });
  });
});
