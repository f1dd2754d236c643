import Cookies from 'js-cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieDomains, cookiePaths, glob } from '../../src/gate/cleanup';

afterEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name);
});

describe('glob', () => {
  it('matches whole names with * as any run of characters', () => {
    expect(glob('_ga_*').test('_ga_ABC123')).toBe(true);
    expect(glob('_ga_*').test('_ga')).toBe(false);
    expect(glob('_ga').test('_ga_x')).toBe(false);
    expect(glob('_hj*').test('_hjSessionUser_1')).toBe(true);
    expect(glob('_hj*').test('x_hj')).toBe(false);
    expect(glob('*').test('anything')).toBe(true);
  });
  it('treats every other character literally', () => {
    expect(glob('a.b').test('aXb')).toBe(false);
    expect(glob('mp_*_mixpanel').test('mp_abc_mixpanel')).toBe(true);
    expect(glob('(x)+[y]').test('(x)+[y]')).toBe(true);
  });
});

describe('cookieDomains', () => {
  it('lists host-only, the host and every parent domain', () => {
    expect(cookieDomains('www.shop.example.co.uk')).toEqual([undefined, 'www.shop.example.co.uk', 'shop.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(cookieDomains('example.com')).toEqual([undefined, 'example.com']);
  });
  it('has only host-only for single-label hosts and IP addresses', () => {
    expect(cookieDomains('localhost')).toEqual([undefined]);
    expect(cookieDomains('127.0.0.1')).toEqual([undefined]);
    expect(cookieDomains('::1')).toEqual([undefined]);
  });
});

describe('cookiePaths', () => {
  it('lists / and every parent of the page path, and the path itself', () => {
    expect(cookiePaths('/')).toEqual(['/']);
    expect(cookiePaths('/blog/2026/post')).toEqual(['/', '/blog', '/blog/2026', '/blog/2026/post']);
    expect(cookiePaths('/blog/')).toEqual(['/', '/blog']);
  });
});
