import { describe, expect, it } from 'vitest';
import { decide, isAllowed } from '../../src/core/decide';
import type { StoredChoice } from '../../src/core/storage';
import type { Regime, Signals } from '../../src/types';
import { DAY, NOW, resolved } from './helpers';

const ALL = ['analytics', 'advertising', 'session_replay', 'personalization'];
const choice = (categories: string[], extra: Partial<StoredChoice> = {}): StoredChoice => ({
  policyVersion: 'v1',
  at: NOW - DAY,
  id: 'abcdefgh12345678',
  fp: 'abc',
  categories,
  vendors: {},
  ...extra,
});

// The decision table, stated as the rules read in DESIGN.md rather than as code:
// without a current choice opt-in allows nothing, opt-out and notice allow everything;
// with one, exactly what was chosen; an honored signal removes advertising (sale/sharing).
const storedCases: Array<[string, StoredChoice | null, Record<Regime, string[]> | string[]]> = [
  ['no choice', null, { 'opt-in': [], 'opt-out': ALL, notice: ALL }],
  ['accept all', choice(ALL), ALL],
  ['reject all', choice([]), []],
  ['analytics only', choice(['analytics']), ['analytics']],
  ['ads and replay', choice(['advertising', 'session_replay']), ['advertising', 'session_replay']],
  ['choice for an old policy', choice(ALL, { policyVersion: 'v0' }), { 'opt-in': [], 'opt-out': ALL, notice: ALL }],
  ['choice older than the cookie lifetime', choice(ALL, { at: NOW - 181 * DAY }), { 'opt-in': [], 'opt-out': ALL, notice: ALL }],
];
const signalCases: Array<[string, Signals]> = [
  ['no signal', { gpc: false, dnt: false }],
  ['GPC', { gpc: true, dnt: false }],
  ['DNT', { gpc: false, dnt: true }],
  ['GPC and DNT', { gpc: true, dnt: true }],
];

describe('decide: every regime × signal × stored choice', () => {
  for (const regime of ['opt-in', 'opt-out', 'notice'] as Regime[])
    for (const [signalName, signals] of signalCases)
      for (const [storedName, stored, expected] of storedCases)
        it(`${regime}, ${signalName}, ${storedName}`, () => {
          const state = decide(resolved({ regime }), stored, signals, NOW);
          const base = Array.isArray(expected) ? expected : expected[regime];
          const optedOut = signals.gpc || signals.dnt;
          const allowed = base.filter((c) => !(optedOut && c == 'advertising'));
          expect(Object.keys(state.categories).filter((c) => state.categories[c])).toEqual(['necessary', ...allowed].sort((a, b) => ['necessary', ...ALL].indexOf(a) - ['necessary', ...ALL].indexOf(b)));
          const current = stored != null && stored.policyVersion == 'v1' && NOW - stored.at <= 180 * DAY;
          expect(state.decided).toBe(current);
          expect(state.honored).toEqual(signals);
          expect(state.signals).toEqual(signals);
          expect(state.regime).toBe(regime);
          expect(state.updatedAt).toBe(current ? new Date(stored!.at).toISOString() : null);
          expect(state.id).toBe(current ? stored!.id : '');
        });
});

describe('decide: signals', () => {
  const gpc = { gpc: true, dnt: false };
  it('honors GPC over a stored accept (CCPA §7025(c)(3)) but leaves other categories', () => {
    const s = decide(resolved({ regime: 'opt-out' }), choice(ALL), gpc, NOW);
    expect(s.categories).toMatchObject({ advertising: false, analytics: true, personalization: true });
    expect(s.honored.gpc).toBe(true);
  });
  it('ignores a signal the site set to ignore, and says so', () => {
    const s = decide(resolved({ regime: 'opt-out', signals: { gpc: 'ignore', dnt: 'ignore' } }), null, { gpc: true, dnt: true }, NOW);
    expect(s.categories.advertising).toBe(true);
    expect(s.signals).toEqual({ gpc: true, dnt: true });
    expect(s.honored).toEqual({ gpc: false, dnt: false });
  });
  it('can honor DNT but ignore GPC', () => {
    const s = decide(resolved({ regime: 'opt-out', signals: { gpc: 'ignore' } }), null, { gpc: true, dnt: true }, NOW);
    expect(s.honored).toEqual({ gpc: false, dnt: true });
    expect(s.categories.advertising).toBe(false);
  });
  it('turns off every category flagged saleOrSharing, custom ones included', () => {
    const config = resolved({
      regime: 'opt-out',
      categories: [{ id: 'analytics' }, { id: 'advertising', saleOrSharing: false }, { id: 'partners', saleOrSharing: true }],
    });
    const s = decide(config, null, gpc, NOW);
    expect(s.categories).toEqual({ necessary: true, analytics: true, advertising: true, partners: false });
  });
  it('is not "honored" when there is nothing to sell or share', () => {
    const config = resolved({ regime: 'opt-out', categories: [{ id: 'analytics' }] });
    expect(decide(config, null, gpc, NOW).honored.gpc).toBe(false);
  });
});

describe('decide: vendors', () => {
  const config = resolved({
    regime: 'opt-in',
    vendors: [
      { id: 'ga', name: 'GA', category: 'analytics' },
      { id: 'hotjar', name: 'Hotjar', category: 'session_replay' },
      { id: 'meta', name: 'Meta', category: 'advertising' },
      { id: 'cdn', name: 'CDN', category: 'necessary' },
    ],
  });
  it('follow their category', () => {
    const s = decide(config, choice(['analytics']), { gpc: false, dnt: false }, NOW);
    expect(s.vendors).toEqual({ ga: true, hotjar: false, meta: false, cdn: true });
  });
  it('follow an explicit choice over their category', () => {
    const s = decide(config, choice(['analytics'], { vendors: { ga: false, hotjar: true } }), { gpc: false, dnt: false }, NOW);
    expect(s.vendors).toMatchObject({ ga: false, hotjar: true });
    expect(s.categories.session_replay).toBe(false);
  });
  it('of sale/sharing categories stay off under an honored signal even when chosen', () => {
    const s = decide(config, choice(ALL, { vendors: { meta: true } }), { gpc: true, dnt: false }, NOW);
    expect(s.vendors.meta).toBe(false);
  });
  it('of the necessary category are always allowed', () => {
    expect(decide(config, null, { gpc: true, dnt: true }, NOW).vendors.cdn).toBe(true);
  });
  it('are answered by isAllowed, as are categories; unknown ids are not allowed', () => {
    const s = decide(config, choice(['analytics']), { gpc: false, dnt: false }, NOW);
    expect(isAllowed(s, 'ga')).toBe(true);
    expect(isAllowed(s, 'analytics')).toBe(true);
    expect(isAllowed(s, 'meta')).toBe(false);
    expect(isAllowed(s, 'necessary')).toBe(true);
    expect(isAllowed(s, 'nope')).toBe(false);
    expect(isAllowed(s, 'constructor')).toBe(false);
    expect(isAllowed(s, '__proto__')).toBe(false);
  });
});

describe('decide: regions', () => {
  it('resolves the regime from the region when none is forced', () => {
    expect(decide(resolved({ region: 'DE' }), null, { gpc: false, dnt: false }, NOW).regime).toBe('opt-in');
    expect(decide(resolved({ region: 'us-ca' }), null, { gpc: false, dnt: false }, NOW)).toMatchObject({ regime: 'opt-out', region: 'US-CA' });
    expect(decide(resolved({}), null, { gpc: false, dnt: false }, NOW)).toMatchObject({ regime: 'opt-in', region: null });
  });
  it('lets a forced regime win over the region', () => {
    expect(decide(resolved({ region: 'DE', regime: 'notice' }), null, { gpc: false, dnt: false }, NOW).regime).toBe('notice');
  });
  it('ignores stored category ids the config no longer has', () => {
    const s = decide(resolved({ regime: 'opt-in' }), choice(['analytics', 'gone']), { gpc: false, dnt: false }, NOW);
    expect(s.categories).not.toHaveProperty('gone');
  });
  it('accepts a choice made up to a day "in the future" (clock skew) but not a lifetime old', () => {
    const config = resolved({ regime: 'opt-in', cookie: { maxAgeDays: 30 } });
    expect(decide(config, choice(ALL, { at: NOW - 30 * DAY }), { gpc: false, dnt: false }, NOW).decided).toBe(true);
    expect(decide(config, choice(ALL, { at: NOW - 31 * DAY }), { gpc: false, dnt: false }, NOW).decided).toBe(false);
  });
});
