import { describe, expect, it } from 'vitest';
import {
  checkText,
  progressLine,
  reportText,
  trackersTable,
  unknownsText,
  violationsText,
} from '../../src/scanner/format';
import { clip, table } from '../../src/scanner/table';
import type { ScanReport, TrackerFinding, Violation } from '../../src/scanner/types';

const tracker = (over: Partial<TrackerFinding>): TrackerFinding => ({
  id: 'google-analytics',
  name: 'Google Analytics 4',
  category: 'analytics',
  hosts: [],
  cookies: [],
  storage: [],
  pages: [],
  before: false,
  after: false,
  ...over,
});
const ok = {
  url: 'https://shop.example/',
  status: 200,
  portcullis: true,
  consent: 'button' as const,
  before: { requests: [], cookies: [], storage: [], iframes: [] },
  after: null,
};
const report = (over: Partial<ScanReport> = {}): ScanReport => ({
  version: 1,
  url: 'https://shop.example/',
  site: 'shop.example',
  scannedAt: '2026-01-01T00:00:00.000Z',
  portcullis: true,
  pages: [ok, { ...ok, url: 'https://shop.example/b' }],
  trackers: [],
  unknownHosts: [],
  unknownCookies: [],
  violations: [],
  config: { policyVersion: '1' },
  ...over,
});
const ga: Violation = {
  id: 'google-analytics',
  name: 'Google Analytics 4',
  category: 'analytics',
  page: 'https://shop.example/',
  kind: 'cookie',
  detail: '_ga',
};

describe('table', () => {
  it('aligns columns two spaces apart under a dashed rule, without trailing spaces', () => {
    expect(
      table(
        ['A', 'Long header'],
        [
          ['wide cell', 'x'],
          ['y', ''],
        ],
      ),
    ).toBe(['A          Long header', '---------  -----------', 'wide cell  x', 'y'].join('\n'));
  });

  it('clips long cells with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abcd', 4)).toBe('abcd');
  });
});

describe('the printed report', () => {
  it('shows each tracker with category, cookies, pages and both phases', () => {
    const r = report({
      trackers: [
        tracker({
          cookies: ['_ga', '_ga_X1'],
          pages: ['https://shop.example/', 'https://shop.example/b'],
          before: true,
          after: true,
        }),
        tracker({
          id: 'stripe',
          name: 'Stripe',
          category: 'functional',
          pages: ['https://shop.example/b'],
          before: true,
          after: true,
        }),
      ],
      violations: [ga],
    });
    expect(trackersTable(r)).toBe(
      [
        'Tracker             Category    Cookies      Pages  Before consent  After consent',
        '------------------  ----------  -----------  -----  --------------  -------------',
        'Google Analytics 4  analytics   _ga, _ga_X1  2/2    YES             yes',
        'Stripe              functional  -            1/2    yes             yes',
        '(YES: needs consent, yet ran before it)',
      ].join('\n'),
    );
  });

  it('says n/a after consent when the site has no Portcullis, and when nothing was found', () => {
    expect(
      trackersTable(
        report({ portcullis: false, trackers: [tracker({ pages: ['https://shop.example/'] })] }),
      ),
    ).toMatch(/1\/2    no              n\/a$/);
    expect(trackersTable(report())).toBe('No known trackers found.');
  });

  it('lists unknown hosts and cookies for a person to classify', () => {
    const text = unknownsText(
      report({
        unknownHosts: [
          {
            host: 'cdn.x.example',
            example: 'https://cdn.x.example/a.js',
            pages: ['https://shop.example/'],
            before: true,
            after: true,
          },
        ],
        unknownCookies: [
          {
            name: 'sid',
            domain: 'shop.example',
            thirdParty: false,
            pages: [],
            before: true,
            after: true,
          },
        ],
      }),
    );
    expect(text).toContain('Unknown third-party hosts');
    expect(text).toMatch(
      /cdn\.x\.example  1      yes             yes            https:\/\/cdn\.x\.example\/a\.js/,
    );
    expect(text).toContain('Cookies not in the catalog: sid (shop.example)');
  });

  it('groups violations by tracker and page, three items each at most', () => {
    const many = ['a', 'b', 'c', 'd'].map((d) => ({
      ...ga,
      kind: 'request' as const,
      detail: `https://www.google-analytics.com/${d}`,
    }));
    expect(violationsText([...many, ga])).toBe(
      [
        '1 tracker that needs consent ran before it:',
        '  Google Analytics 4 (analytics) on https://shop.example/',
        '    request https://www.google-analytics.com/a',
        '    request https://www.google-analytics.com/b',
        '    request https://www.google-analytics.com/c',
        '    and 2 more',
      ].join('\n'),
    );
  });

  it('gives the check verdict, and warns without --check', () => {
    expect(checkText(report())).toMatch(/^Check passed/);
    expect(checkText(report({ violations: [ga] }))).toMatch(
      /^Check failed: 1 tracker that needs consent ran before it:\n  Google Analytics 4 \(analytics\) on https:\/\/shop\.example\/\n    cookie _ga$/,
    );
    expect(reportText(report({ violations: [ga] }), false)).toContain('Warning: 1 tracker');
    expect(reportText(report({ violations: [ga] }), true)).not.toContain('Warning');
    expect(reportText(report(), false)).toMatch(
      /^Scanned 2 pages of https:\/\/shop\.example\/ \(Portcullis found, consent given with its "Accept all" button\)\./,
    );
  });

  it('writes one progress line per pass', () => {
    expect(progressLine(2, 10, 'https://shop.example/b', 'after')).toBe(
      '[2/10] https://shop.example/b (after "Accept all")',
    );
  });
});
