import { describe, expect, it } from 'vitest';
import { decode, encode, MAX_LENGTH, type StoredChoice } from '../../src/core/storage';
import { NOW } from './helpers';

const sample: StoredChoice = {
  policyVersion: '2026-01.b',
  at: Math.floor(NOW / 1000) * 1000,
  id: 'k3j9x0a8b7c6d5e4',
  fp: '1x2y3z',
  categories: ['analytics', 'personalization'],
  vendors: { hotjar: true, 'meta-pixel': false },
};

describe('storage encode/decode', () => {
  it('round-trips a choice', () => {
    expect(decode(encode(sample), NOW)).toEqual(sample);
  });
  it('round-trips empty lists and any policyVersion text', () => {
    for (const policyVersion of ['1', 'a.b.c', 'v 2 ü ✓', '...', '+!;=,"']) {
      const c = { ...sample, policyVersion, fp: '', categories: [], vendors: {} };
      expect(decode(encode(c), NOW)).toEqual(c);
    }
  });
  it('is compact: the default four categories with a consent id stay far below 300 bytes', () => {
    const value = encode({ ...sample, categories: ['analytics', 'advertising', 'session_replay', 'personalization'], vendors: {} });
    expect(value.length).toBeLessThan(120);
    expect(value).toMatch(/^1\.[a-z0-9]+\.k3j9x0a8b7c6d5e4\.1x2y3z\.analytics\+advertising\+session_replay\+personalization\.\.2026-01\.b$/);
  });
  it('stores the time to the second', () => {
    expect(decode(encode({ ...sample, at: sample.at + 999 }), NOW)!.at).toBe(sample.at);
  });

  const hostile: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { v: 1 }],
    ['empty', ''],
    ['a foreign cookie value', 'GA1.2.1234567890.1700000000'],
    ['JSON', '{"analytics":true}'],
    ['a future format version', encode(sample).replace(/^1/, '2')],
    ['format 0', encode(sample).replace(/^1/, '0')],
    ['no policy version', '1.t4k2c1.k3j9x0a8b7c6d5e4.fp.analytics..'],
    ['a short consent id', '1.t4k2c1.abc.fp.analytics..v1'],
    ['an upper-case consent id', '1.t4k2c1.K3J9X0A8B7C6D5E4.fp.analytics..v1'],
    ['a bad time', '1.t4k-2c1.k3j9x0a8b7c6d5e4.fp.analytics..v1'],
    ['a time far in the future', `1.${Math.floor(NOW / 1000 + 3 * 86400).toString(36)}.k3j9x0a8b7c6d5e4.fp.analytics..v1`],
    ['a bad fingerprint', '1.t4k2c1.k3j9x0a8b7c6d5e4.F-P.analytics..v1'],
    ['a category with markup', '1.t4k2c1.k3j9x0a8b7c6d5e4.fp.<img src=x>..v1'],
    ['a category with spaces', '1.t4k2c1.k3j9x0a8b7c6d5e4.fp.ana lytics..v1'],
    ['a vendor with markup', '1.t4k2c1.k3j9x0a8b7c6d5e4.fp.analytics.!"x".v1'],
    ['a bare "!" vendor', '1.t4k2c1.k3j9x0a8b7c6d5e4.fp.analytics.!.v1'],
    ['too few parts', '1.t4k2c1.k3j9x0a8b7c6d5e4.fp'],
    ['oversized', encode({ ...sample, policyVersion: 'x'.repeat(MAX_LENGTH) })],
  ];
  for (const [name, value] of hostile)
    it(`treats ${name} as no choice`, () => {
      expect(decode(value, NOW)).toBeNull();
    });

  it('never throws and never invents consent from random input (fuzz)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = '1.+!abcdefghijklmnopqrstuvwxyz0123456789_-%<>"\' \u0000\u00e9\ud83d';
    const base = encode(sample);
    for (let i = 0; i < 5000; i++) {
      let s: string;
      if (i % 2) {
        s = '';
        const len = Math.floor(rand() * 80);
        for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      } else {
        // mutate one character of a valid value
        const at = Math.floor(rand() * base.length);
        s = base.slice(0, at) + alphabet[Math.floor(rand() * alphabet.length)] + base.slice(at + 1);
      }
      const out = decode(s, NOW);
      if (out) {
        // Whatever parses must be well-formed: ids and categories of the allowed shapes only.
        expect(out.id).toMatch(/^[a-z0-9]{8,32}$/);
        expect(out.fp).toMatch(/^[a-z0-9]{0,9}$/);
        for (const c of out.categories) expect(c).toMatch(/^[a-z0-9_-]{1,40}$/i);
        for (const v of Object.keys(out.vendors)) expect(v).toMatch(/^[a-z0-9_-]{1,40}$/i);
        expect(out.at).toBeLessThanOrEqual(NOW + 864e5);
      }
    }
  });
});
