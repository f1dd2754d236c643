import { describe, expect, it } from 'vitest';
import { choose } from '../../src/core/choose';
import { decide } from '../../src/core/decide';
import type { StoredChoice } from '../../src/core/storage';
import { NOW, resolved } from './helpers';

const config = resolved({
  vendors: [
    { id: 'ga', name: 'GA', category: 'analytics' },
    { id: 'meta', name: 'Meta', category: 'advertising' },
  ],
});
const none = { gpc: false, dnt: false };
const stateFor = (regime: 'opt-in' | 'opt-out', stored: StoredChoice | null = null) =>
  decide({ ...config, regime }, stored, none, NOW);

describe('choose', () => {
  it('accept all stores every non-necessary category and no vendor overrides', () => {
    const { choice } = choose(config, stateFor('opt-in'), null, 'all', NOW, 'id000001', 'fp');
    expect(choice).toEqual({ policyVersion: 'v1', at: NOW, id: 'id000001', fp: 'fp', categories: ['analytics', 'advertising', 'session_replay', 'personalization'], vendors: {} });
  });
  it('reject all stores nothing allowed and clears vendor overrides', () => {
    const prev: StoredChoice = { policyVersion: 'v1', at: 0, id: 'x', fp: '', categories: ['analytics'], vendors: { meta: true } };
    expect(choose(config, stateFor('opt-in', prev), prev, 'none', NOW, 'i', 'fp').choice).toMatchObject({ categories: [], vendors: {} });
  });
  it('update starts from the regime default when nothing was chosen', () => {
    expect(choose(config, stateFor('opt-in'), null, { analytics: true }, NOW, 'i', 'fp').choice.categories).toEqual(['analytics']);
    expect(choose(config, stateFor('opt-out'), null, { advertising: false }, NOW, 'i', 'fp').choice.categories).toEqual(['analytics', 'session_replay', 'personalization']);
  });
  it('update keeps unlisted ids and previous vendor overrides', () => {
    const prev: StoredChoice = { policyVersion: 'v1', at: 0, id: 'x', fp: '', categories: ['analytics', 'personalization'], vendors: { ga: false } };
    const { choice } = choose(config, stateFor('opt-in', prev), prev, { personalization: false, meta: true }, NOW, 'i', 'fp');
    expect(choice.categories).toEqual(['analytics']);
    expect(choice.vendors).toEqual({ ga: false, meta: true });
  });
  it('update reports unknown ids and ignores necessary', () => {
    const { choice, unknown } = choose(config, stateFor('opt-in'), null, { necessary: false, bogus: true, analytics: 1 as unknown as boolean }, NOW, 'i', 'fp');
    expect(unknown).toEqual(['bogus']);
    expect(choice.categories).toEqual(['analytics']);
  });
  it('stores the visitor\'s own words even where a signal overrides them', () => {
    const state = decide({ ...config, regime: 'opt-out' }, null, { gpc: true, dnt: false }, NOW);
    expect(choose(config, state, null, 'all', NOW, 'i', 'fp').choice.categories).toContain('advertising');
  });
});
