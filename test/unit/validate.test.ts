import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/validate';

const ok = (extra: object = {}) => validate({ policyVersion: '1', ...extra });

describe('validate', () => {
  it('accepts the minimal config and applies defaults', () => {
    const v = ok();
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([]);
    expect(v.config).toMatchObject({
      policyVersion: '1',
      categories: [
        { id: 'necessary', saleOrSharing: false },
        { id: 'analytics', saleOrSharing: false },
        { id: 'advertising', saleOrSharing: true },
        { id: 'session_replay', saleOrSharing: false },
        { id: 'personalization', saleOrSharing: false },
      ],
      vendors: [],
      region: null,
      signals: { gpc: true, dnt: true },
      cookie: { name: 'portcullis', maxAgeDays: 180 },
      googleConsentMode: null,
    });
    expect(v.config!.regimes).toMatchObject({ EU: 'opt-in', US: 'opt-out', 'US-CA': 'opt-out', '*': 'opt-in' });
  });

  it('accepts a full config', () => {
    const v = ok({
      privacyPolicyUrl: '/privacy',
      categories: [{ id: 'necessary', label: 'Essential' }, { id: 'analytics', label: 'Stats', description: 'See [how](https://x.test)' }, { id: 'advertising' }],
      vendors: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', hosts: ['*.google-analytics.com'], cookies: ['_ga', { name: '_ga_*', duration: '2 years' }], storage: ['ga:*'], policyUrl: 'https://policies.google.com/privacy', purpose: 'Statistics' }],
      regime: 'opt-out',
      region: 'us-ca',
      regimes: { 'us-ny': 'notice', EU: 'opt-in' },
      signals: { gpc: 'honor', dnt: 'ignore' },
      cookie: { name: 'consent', domain: '.example.com', maxAgeDays: 30 },
      googleConsentMode: { waitForUpdate: 800, adsDataRedaction: true },
      autoBlock: true,
      language: 'pt-BR',
      translations: { en: { acceptAll: 'OK' } },
      theme: { accent: '#0a58ca', '--portcullis-radius': '8px' },
      ui: { reopenButton: true, optOutLinkText: 'your-privacy-choices' },
      reloadOnWithdraw: true,
    });
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([]);
    const c = v.config!;
    expect(c.categories[0]).toEqual({ id: 'necessary', label: 'Essential', saleOrSharing: false });
    expect(c.categories.map((x) => x.id)).toEqual(['necessary', 'analytics', 'advertising']);
    expect(c.region).toBe('US-CA');
    expect(c.regimes['US-NY']).toBe('notice');
    expect(c.signals).toEqual({ gpc: true, dnt: false });
    expect(c.googleConsentMode).toEqual({ waitForUpdate: 800, adsDataRedaction: true, urlPassthrough: false });
    expect(c.cookie).toEqual({ name: 'consent', domain: '.example.com', maxAgeDays: 30 });
  });

  it('accepts a numeric policyVersion as text', () => {
    expect(validate({ policyVersion: 3 }).config!.policyVersion).toBe('3');
  });

  it('turns googleConsentMode: true into the default options', () => {
    expect(ok({ googleConsentMode: true }).config!.googleConsentMode).toEqual({ waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false });
  });

  const bad: Array<[string, unknown, string]> = [
    ['no config at all', undefined, ' is undefined; expected an object'],
    ['an array', [], ' is []; expected an object'],
    ['missing policyVersion', {}, 'policyVersion is missing'],
    ['an empty policyVersion', { policyVersion: '' }, 'policyVersion is ""; expected 1 to 64 characters'],
    ['a misspelled regime', { policyVersion: '1', regime: 'opt_in' }, 'regime is "opt_in"; expected "opt-in" or "opt-out" or "notice"'],
    ['a bad regimes value', { policyVersion: '1', regimes: { US: 'optout' } }, 'regimes.US is "optout"; expected "opt-in" or "opt-out" or "notice"'],
    ['a category without id', { policyVersion: '1', categories: [{ label: 'x' }] }, 'categories[0].id is missing'],
    ['a category id with spaces', { policyVersion: '1', categories: [{ id: 'my stats' }] }, 'categories[0].id is "my stats"; expected letters, digits, _ or - (at most 40)'],
    ['a duplicate category', { policyVersion: '1', categories: [{ id: 'a' }, { id: 'a' }] }, 'categories[1].id is "a"; expected an id used only once and not a reserved word'],
    ['a vendor in an unknown category', { policyVersion: '1', vendors: [{ id: 'ga', name: 'GA', category: 'stats' }] }, 'vendors[0].category is "stats"; expected one of the category ids'],
    ['a vendor id equal to a category', { policyVersion: '1', vendors: [{ id: 'analytics', name: 'A', category: 'analytics' }] }, 'vendors[0].id is "analytics"; expected an id used only once and not a reserved word'],
    ['a reserved id', { policyVersion: '1', categories: [{ id: 'constructor' }] }, 'categories[0].id is "constructor"; expected an id used only once and not a reserved word'],
    ['a vendor without name', { policyVersion: '1', vendors: [{ id: 'ga', category: 'analytics' }] }, 'vendors[0].name is missing'],
    ['hosts not a list', { policyVersion: '1', vendors: [{ id: 'ga', name: 'GA', category: 'analytics', hosts: 'x.com' }] }, 'vendors[0].hosts is "x.com"; expected an array'],
    ['a javascript: policy URL', { policyVersion: '1', privacyPolicyUrl: 'javascript:alert(1)' }, 'privacyPolicyUrl is "javascript:alert(1)"; expected an http(s) or relative URL'],
    ['a data: URL', { policyVersion: '1', vendors: [{ id: 'ga', name: 'GA', category: 'analytics', policyUrl: 'data:text/html,x' }] }, 'vendors[0].policyUrl is "data:text/html,x"; expected an http(s) or relative URL'],
    ['a string boolean', { policyVersion: '1', autoBlock: 'yes' }, 'autoBlock is "yes"; expected true or false'],
    ['a signal policy typo', { policyVersion: '1', signals: { gpc: 'respect' } }, 'signals.gpc is "respect"; expected "honor" or "ignore"'],
    ['a negative cookie lifetime', { policyVersion: '1', cookie: { maxAgeDays: -1 } }, 'cookie.maxAgeDays is -1; expected a number from 1 to 3650'],
    ['a cookie name with ;', { policyVersion: '1', cookie: { name: 'a;b' } }, 'cookie.name is "a;b"; expected letters, digits, _ or - (at most 40)'],
    ['a huge wait_for_update', { policyVersion: '1', googleConsentMode: { waitForUpdate: 1e9 } }, 'googleConsentMode.waitForUpdate is 1000000000; expected a number from 0 to 60000'],
    ['googleConsentMode as a string', { policyVersion: '1', googleConsentMode: 'on' }, 'googleConsentMode is "on"; expected true, false or an object'],
    ['a theme value breaking out of CSS', { policyVersion: '1', theme: { accent: 'red;}body{display:none' } }, 'theme.accent is "red;}body{display:none"; expected a CSS value without ; { } < >'],
    ['HTML in a translation is text, but a non-string is not', { policyVersion: '1', translations: { en: { title: 5 } } }, 'translations.en.title is 5; expected a string'],
    ['a bad optOutLinkText', { policyVersion: '1', ui: { optOutLinkText: 'dns' } }, 'ui.optOutLinkText is "dns"; expected "do-not-sell-or-share" or "your-privacy-choices"'],
  ];
  for (const [name, input, message] of bad)
    it(`rejects ${name}, naming the field, the value and what is allowed`, () => {
      const v = validate(input);
      expect(v.config).toBeNull();
      expect(v.errors).toContain(message);
    });

  it('reports every error at once', () => {
    const v = validate({ policyVersion: '1', regime: 'x', autoBlock: 1, signals: 5 });
    expect(v.errors).toHaveLength(3);
  });

  it('warns about a malformed region and treats it as unknown (regions often come from request headers)', () => {
    const v = ok({ region: 'US-CA ' });
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual(['region is "US-CA "; expected an ISO 3166 code such as "DE" or "US-CA" (ignored)']);
    expect(v.config!.region).toBeNull();
  });

  it('warns about unknown fields without failing', () => {
    const v = ok({ regmes: {}, ui: { reopen: true }, vendors: [{ id: 'ga', name: 'GA', category: 'analytics', cookie: '_ga' }] });
    expect(v.config).not.toBeNull();
    expect(v.warnings).toEqual(['unknown field regmes is ignored', 'unknown field ui.reopen is ignored', 'unknown field vendors[0].cookie is ignored']);
    expect(v.config).not.toHaveProperty('regmes');
  });

  it('caps the cookie lifetime at 13 months with a warning', () => {
    const v = ok({ cookie: { maxAgeDays: 1000 } });
    expect(v.config!.cookie.maxAgeDays).toBe(395);
    expect(v.warnings).toEqual(['cookie.maxAgeDays 1000 is capped at 395 (13 months)']);
  });

  it('keeps necessary always on and never sale/sharing', () => {
    const v = ok({ categories: [{ id: 'necessary', saleOrSharing: true }] });
    expect(v.config!.categories).toEqual([{ id: 'necessary', saleOrSharing: false }]);
  });

  it('survives hostile input without throwing', () => {
    const cyclic: Record<string, unknown> = { policyVersion: '1' };
    cyclic.self = cyclic;
    const getterBomb = { policyVersion: '1', get regime(): never { throw new Error('boom'); } };
    for (const input of [null, 0, 'x', true, () => 1, cyclic, Object.create(null), { policyVersion: '1', categories: [null, 1, 'a'] }, { policyVersion: '1', __proto__: { regime: 'x' } }])
      expect(() => validate(input)).not.toThrow();
    expect(validate(cyclic).warnings).toContain('unknown field self is ignored');
    expect(validate(getterBomb)).toMatchObject({ config: null, errors: ['the config could not be read (boom)'] });
  });

  it('does not let __proto__ keys pollute objects', () => {
    const v = validate(JSON.parse('{"policyVersion":"1","regimes":{"__proto__":{"polluted":"opt-in"}},"translations":{"__proto__":{"x":"y"}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(v.config === null || typeof v.config == 'object').toBe(true);
  });
});
