import { describe, expect, it } from 'vitest';
import { matchCookie, matchHost, matchStorage, needsConsent } from '../../src/scanner/match';
import { buildReport } from '../../src/scanner/report';
import type { CookieRecord, PageRecord, PassRecord } from '../../src/scanner/types';

const id = (e: { id: string } | undefined) => e?.id;

describe('matchHost', () => {
  it.each([
    ['www.google-analytics.com', 'google-analytics'],
    ['region1.analytics.google.com', 'google-analytics'],
    ['static.hotjar.com', 'hotjar'],
    ['HOTJAR.COM', 'hotjar'],
    ['connect.facebook.net', 'meta-pixel'],
    ['www.youtube-nocookie.com', 'youtube'],
    // The more precise pattern wins: *.tt.omtrdc.net (Target) over *.sc.omtrdc.net (Analytics).
    ['acme.tt.omtrdc.net', 'adobe-target'],
    ['acme.sc.omtrdc.net', 'adobe-analytics'],
  ])('%s is %s', (host, expected) => expect(id(matchHost(host))).toBe(expected));

  it.each(['evil-hotjar.com', 'hotjar.com.attacker.test', 'cdn.example.net', 'facebook.net'])(
    '%s is no catalog tracker',
    (host) => expect(matchHost(host)).toBeUndefined(),
  );
});

describe('matchCookie', () => {
  const first = (name: string) => ({ name, domain: 'shop.example' });

  it('matches first-party cookies by the catalog names and globs', () => {
    expect(id(matchCookie(first('_ga')))).toBe('google-analytics');
    expect(id(matchCookie(first('_ga_X1Y2Z3')))).toBe('google-analytics');
    expect(id(matchCookie(first('_fbp')))).toBe('meta-pixel');
    expect(id(matchCookie(first('_hjSessionUser_123')))).toBe('hotjar');
    expect(matchCookie(first('sessionid'))).toBeUndefined();
    // Globs are whole-name and case-sensitive.
    expect(matchCookie(first('x_ga'))).toBeUndefined();
  });

  it("gives a cookie on a tracker's own host to that tracker, whatever its name", () => {
    expect(id(matchCookie({ name: 'IDE', domain: '.doubleclick.net' }))).toBe('google-ads');
    expect(id(matchCookie({ name: 'whatever', domain: '.hotjar.com' }))).toBe('hotjar');
  });

  it('settles a name two trackers document: the documented domain, then what the page loaded', () => {
    // MUID: Microsoft Advertising documents it on .bing.com, Clarity too.
    expect(id(matchCookie({ name: 'MUID', domain: '.bing.com' }))).toBe('microsoft-uet');
    expect(id(matchCookie({ name: 'MUID', domain: '.clarity.ms' }))).toBe('microsoft-clarity');
    expect(id(matchCookie(first('MUID'), new Set(['microsoft-clarity'])))).toBe(
      'microsoft-clarity',
    );
    expect(id(matchCookie(first('MUID'), new Set(['microsoft-uet'])))).toBe('microsoft-uet');
  });

  it('matches localStorage keys by the catalog globs', () => {
    expect(id(matchStorage('_hjTLDTest'))).toBe('hotjar');
    expect(id(matchStorage('mp_abc_mixpanel'))).toBe('mixpanel');
    expect(matchStorage('cart')).toBeUndefined();
  });
});

it('only functional trackers may run before consent', () => {
  expect(
    ['analytics', 'advertising', 'session_replay', 'personalization', 'functional'].filter(
      needsConsent,
    ),
  ).toEqual(['analytics', 'advertising', 'session_replay', 'personalization']);
});

describe('buildReport', () => {
  const cookie = (name: string, domain = 'shop.example', thirdParty = false): CookieRecord => ({
    name,
    domain,
    path: '/',
    expires: -1,
    thirdParty,
  });
  const pass = (
    hosts: string[],
    cookies: CookieRecord[] = [],
    storage: string[] = [],
  ): PassRecord => ({
    requests: hosts.map((host) => ({ url: `https://${host}/x.js`, host, type: 'script' })),
    cookies,
    storage,
    iframes: [],
  });
  const page = (url: string, before: PassRecord, after: PassRecord | null = null): PageRecord => ({
    url,
    status: 200,
    portcullis: after != null,
    consent: after ? 'button' : null,
    before,
    after,
  });
  const pages = [
    page(
      'https://shop.example/',
      pass(['js.stripe.com', 'cdn.unknown.example']),
      pass(['www.google-analytics.com', 'js.stripe.com'], [cookie('_ga'), cookie('portcullis')]),
    ),
    page(
      'https://shop.example/b',
      pass(['static.hotjar.com'], [cookie('_hjSessionUser_1'), cookie('sid')], ['_hjTLDTest']),
      pass(['static.hotjar.com']),
    ),
  ];
  const report = buildReport('https://shop.example/', pages, new Date(2026, 0, 31, 12));

  it('attributes requests, cookies and storage to trackers, with pages and phases', () => {
    // By category (analytics, advertising, session replay, personalization, functional), then name.
    expect(report.trackers).toEqual([
      {
        id: 'google-analytics',
        name: 'Google Analytics 4',
        category: 'analytics',
        hosts: ['www.google-analytics.com'],
        cookies: ['_ga'],
        storage: [],
        pages: ['https://shop.example/'],
        before: false,
        after: true,
      },
      {
        id: 'hotjar',
        name: 'Hotjar',
        category: 'session_replay',
        hosts: ['static.hotjar.com'],
        cookies: ['_hjSessionUser_1'],
        storage: ['_hjTLDTest'],
        pages: ['https://shop.example/b'],
        before: true,
        after: true,
      },
      {
        id: 'stripe',
        name: 'Stripe',
        category: 'functional',
        hosts: ['js.stripe.com'],
        cookies: [],
        storage: [],
        pages: ['https://shop.example/'],
        before: true,
        after: true,
      },
    ]);
    expect(report.site).toBe('shop.example');
    expect(report.portcullis).toBe(true);
    expect(report.scannedAt).toBe(new Date(2026, 0, 31, 12).toISOString());
  });

  it('lists unknown hosts and cookies, but never the choice cookie', () => {
    expect(report.unknownHosts).toEqual([
      {
        host: 'cdn.unknown.example',
        example: 'https://cdn.unknown.example/x.js',
        pages: ['https://shop.example/'],
        before: true,
        after: false,
      },
    ]);
    expect(report.unknownCookies).toEqual([
      {
        name: 'sid',
        domain: 'shop.example',
        thirdParty: false,
        pages: ['https://shop.example/b'],
        before: true,
        after: false,
      },
    ]);
  });

  it('reports what non-functional trackers did before consent, each thing once', () => {
    expect(report.violations).toEqual([
      {
        id: 'hotjar',
        name: 'Hotjar',
        category: 'session_replay',
        page: 'https://shop.example/b',
        kind: 'request',
        detail: 'https://static.hotjar.com/x.js',
      },
      {
        id: 'hotjar',
        name: 'Hotjar',
        category: 'session_replay',
        page: 'https://shop.example/b',
        kind: 'cookie',
        detail: '_hjSessionUser_1',
      },
      {
        id: 'hotjar',
        name: 'Hotjar',
        category: 'session_replay',
        page: 'https://shop.example/b',
        kind: 'storage',
        detail: '_hjTLDTest',
      },
    ]);
  });

  it('derives the draft config', () => {
    expect(report.config.vendors!.map((v) => v.id)).toEqual([
      'google-analytics',
      'hotjar',
      'stripe',
    ]);
    expect(report.config.policyVersion).toBe('2026-01-31');
  });
});
