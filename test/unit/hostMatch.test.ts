import { describe, expect, it } from 'vitest';
import { hostMatches } from '../../src/core/hostMatch';

describe('hostMatches', () => {
  const cases: Array<[string, string, boolean]> = [
    ['www.google-analytics.com', 'www.google-analytics.com', true],
    ['WWW.Google-Analytics.COM', 'www.google-analytics.com', true],
    ['www.google-analytics.com.', 'www.google-analytics.com', true],
    ['region1.google-analytics.com', 'www.google-analytics.com', false],
    ['static.hotjar.com', '*.hotjar.com', true],
    ['a.b.c.hotjar.com', '*.hotjar.com', true],
    ['hotjar.com', '*.hotjar.com', true],
    ['HOTJAR.com', '*.HotJar.com', true],
    // look-alikes that must never match
    ['evil-google-analytics.com.attacker.test', 'google-analytics.com', false],
    ['evil-google-analytics.com.attacker.test', '*.google-analytics.com', false],
    ['google-analytics.com.attacker.test', '*.google-analytics.com', false],
    ['evilgoogle-analytics.com', '*.google-analytics.com', false],
    ['notgoogle-analytics.com', 'google-analytics.com', false],
    ['evil-hotjar.com', '*.hotjar.com', false],
    ['hotjar.com.evil', '*.hotjar.com', false],
    ['xhotjar.com', '*.hotjar.com', false],
    ['www.google-analytics.co', 'www.google-analytics.com', false],
    ['', '*.hotjar.com', false],
    ['hotjar.com', '*.', false],
  ];
  for (const [host, pattern, expected] of cases)
    it(`${host || '(empty)'} ${expected ? 'matches' : 'does not match'} ${pattern}`, () => {
      expect(hostMatches(host, pattern)).toBe(expected);
    });
});
