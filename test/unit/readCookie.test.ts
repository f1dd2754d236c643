import Cookies from 'js-cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { readCookie } from '../../src/core/readCookie';

afterEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name);
});

describe('readCookie', () => {
  it('reads back exactly what js-cookie wrote, for any value', () => {
    const values = ['1.t4k.abcdefgh.fp.analytics+advertising.!meta.v 2 ü ✓', 'a;b,c "q" %41 %', '=start', '', 'x'.repeat(300)];
    for (const value of values) {
      Cookies.set('portcullis', value);
      expect(readCookie('portcullis')).toBe(Cookies.get('portcullis'));
      expect(readCookie('portcullis')).toBe(value);
    }
  });
  it('finds the named cookie among others, not one whose name merely contains it', () => {
    Cookies.set('xportcullis', 'no');
    Cookies.set('portcullis_', 'no');
    Cookies.set('portcullis', 'yes');
    expect(readCookie('portcullis')).toBe('yes');
  });
  it('decodes percent escapes in either case, as js-cookie does', () => {
    for (const [raw, value] of [['v%C3%BC%2B', 'vü+'], ['v%c3%bc%2b', 'vü+'], ['%e2%9C%93', '✓']]) {
      document.cookie = `portcullis=${raw}`;
      expect(readCookie('portcullis')).toBe(value);
      expect(readCookie('portcullis')).toBe(Cookies.get('portcullis'));
    }
  });
  it('returns undefined for a missing cookie and tolerates malformed encodings', () => {
    expect(readCookie('missing')).toBeUndefined();
    document.cookie = 'bad=%E0%A4%A';
    expect(() => readCookie('bad')).not.toThrow();
  });
});
