import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/validate';
import { readImport } from '../../src/configurator/importer';
import { cleanConfig } from '../../src/configurator/clean';
import type { PortcullisConfig } from '../../src/types';

const current: PortcullisConfig = { policyVersion: '2026-01', categories: [{ id: 'analytics' }, { id: 'advertising' }], vendors: [{ id: 'hotjar', name: 'Hotjar', category: 'analytics' }] };

describe('readImport', () => {
  it('reads a config, and the window.portcullisConfig line', () => {
    const config = { policyVersion: 3, vendors: [{ id: 'x', name: 'X', category: 'analytics' }] };
    const r = readImport(JSON.stringify(config), current);
    expect(r).toMatchObject({ ok: true, kind: 'config', config: { policyVersion: '3', vendors: config.vendors } });
    // Categories are listed for editing (the built-in four when the config has none).
    if (r.ok) expect(r.config.categories).toHaveLength(4);
    const line = readImport(`\uFEFF<script>window.portcullisConfig = ${JSON.stringify(config)};</script>`, current);
    expect(line).toMatchObject({ ok: true, kind: 'config' });
  });

  it('adds the vendors of a { vendors } report to the draft, completing catalog ids', () => {
    const r = readImport(JSON.stringify({ vendors: [{ id: 'google-analytics' }, 'meta-pixel', { id: 'own', name: 'Own', category: 'analytics' }, { id: 'hotjar' }, 42] }), current);
    if (!r.ok || r.kind != 'report') throw new Error('expected a report');
    expect(r.added).toEqual(['google-analytics', 'meta-pixel', 'own']);
    expect(r.present).toEqual(['hotjar']);
    expect(r.notes).toHaveLength(1);
    expect(r.config.vendors!.find((v) => v.id == 'google-analytics')).toMatchObject({ name: 'Google Analytics 4', category: 'analytics' });
    expect(r.config.policyVersion).toBe('2026-01');
  });

  it('reads { findings: [{ catalogId }] } with unknown hosts, and declares categories the vendors need', () => {
    const report = { findings: [{ catalogId: 'stripe' }, { catalogId: 'no-such-tracker' }, { host: 'cdn.unknown.example', catalogId: null }] };
    const r = readImport(JSON.stringify(report), current);
    if (!r.ok || r.kind != 'report') throw new Error('expected a report');
    expect(r.added).toEqual(['stripe']);
    expect(r.unknownHosts).toEqual(['cdn.unknown.example']);
    expect(r.notes.join(' ')).toContain('no-such-tracker');
    expect(r.config.categories!.map((c) => c.id)).toContain('functional');
    expect(validate(cleanConfig(r.config)).errors).toEqual([]);
  });

  it('reads the scanner’s own report: trackers, unknownHosts and its draft config', () => {
    const report = {
      version: 1,
      url: 'https://shop.example/',
      trackers: [{ id: 'tiktok-pixel', name: 'TikTok Pixel', category: 'advertising', hosts: ['analytics.tiktok.com'] }],
      unknownHosts: [{ host: 'px.Other.example', example: 'https://px.other.example/p.gif' }, { host: 'analytics.tiktok.com' }],
      config: { policyVersion: 'scan', vendors: [{ id: 'tiktok-pixel', name: 'TikTok Pixel', category: 'advertising' }] },
    };
    const r = readImport(JSON.stringify(report), current);
    if (!r.ok || r.kind != 'report') throw new Error('expected a report');
    expect(r.added).toEqual(['tiktok-pixel']);
    expect(r.present).toEqual([]);
    expect(r.unknownHosts).toEqual(['px.other.example']);
  });

  it('drops wrong-typed containers with a note and leaves values to the validator', () => {
    const r = readImport(JSON.stringify({ policyVersion: '1', vendors: 'x', categories: [1, { id: 'analytics' }], theme: 'dark', translations: { de: 'x', fr: { a: 'b' } }, regime: 'maybe' }), current);
    if (!r.ok) throw new Error(r.error);
    expect(r.notes).toHaveLength(4);
    expect(r.config).toMatchObject({ categories: [{ id: 'analytics' }], translations: { fr: { a: 'b' } }, regime: 'maybe' });
    expect(r.config.vendors).toBeUndefined();
    expect(validate(cleanConfig(r.config)).errors).toEqual([expect.stringMatching(/^regime is "maybe"/)]);
  });

  it('says what is wrong with text that is not a JSON object', () => {
    expect(readImport('{ nope', current)).toMatchObject({ ok: false, error: expect.stringMatching(/^This is not JSON/) });
    expect(readImport('[1, 2]', current)).toMatchObject({ ok: false, error: expect.stringMatching(/JSON object/) });
  });
});
