import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/decide';
import { choices, initialDraft, isLocked, optedOut, setChoice, setSale, signalBlocks } from '../../src/ui/draft';
import { resolved } from '../unit/helpers';
import { VENDORS } from './helpers';

const config = resolved({ vendors: VENDORS, regime: 'opt-out' });
const state = (gpc = false) => decide(config, null, { gpc, dnt: false }, Date.now());

describe('draft', () => {
  it('starts from what is allowed now', () => {
    expect(initialDraft(config, state())).toMatchObject({ necessary: true, analytics: true, advertising: true, ga: true, px: true });
    expect(initialDraft(config, state(true))).toMatchObject({ analytics: true, advertising: false, px: false });
  });

  it('a category switch sets its vendors too; a vendor switch only itself', () => {
    const d = setChoice(config, initialDraft(config, state()), 'analytics', false);
    expect(d).toMatchObject({ analytics: false, ga: false, advertising: true });
    expect(setChoice(config, d, 'ga', true)).toMatchObject({ analytics: false, ga: true });
  });

  it('"Do Not Sell or Share" turns every sale/sharing category and vendor off, and back on', () => {
    const start = initialDraft(config, state());
    expect(optedOut(config, start)).toBe(false);
    const out = setSale(config, start, true);
    expect(out).toMatchObject({ advertising: false, px: false, analytics: true });
    expect(optedOut(config, out)).toBe(true);
    expect(optedOut(config, { ...out, px: true })).toBe(false);
    expect(setSale(config, out, false)).toMatchObject({ advertising: true, px: true });
  });

  it('locks necessary, and sale/sharing while a signal is honored; never sends locked ids', () => {
    expect(isLocked(config, state(), 'necessary')).toBe(true);
    expect(isLocked(config, state(), 'advertising')).toBe(false);
    expect(isLocked(config, state(true), 'advertising')).toBe(true);
    expect(isLocked(config, state(true), 'px')).toBe(true);
    expect(signalBlocks(config, state(true), 'analytics')).toBe(false);
    expect(choices(config, state(true), initialDraft(config, state(true)))).toEqual({
      analytics: true,
      session_replay: true,
      personalization: true,
      ga: true,
    });
  });
});
