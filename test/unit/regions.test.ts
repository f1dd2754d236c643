import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIMES, EEA, resolveRegime, US_PRIVACY_STATES } from '../../src/core/regions';

const table = (extra: Record<string, 'opt-in' | 'opt-out' | 'notice'> = {}) => ({ ...DEFAULT_REGIMES, ...extra });

describe('resolveRegime', () => {
  it('maps every EU/EEA member to opt-in through the EU entry', () => {
    expect(EEA).toHaveLength(30);
    for (const c of EEA) expect(resolveRegime(c, table())).toBe('opt-in');
    expect(resolveRegime('FR-75', table())).toBe('opt-in');
  });
  it('maps GB and CH to opt-in', () => {
    expect(resolveRegime('GB', table())).toBe('opt-in');
    expect(resolveRegime('CH', table())).toBe('opt-in');
  });
  it('maps the US and its privacy-law states to opt-out', () => {
    expect(resolveRegime('US', table())).toBe('opt-out');
    expect(resolveRegime('US-NY', table())).toBe('opt-out');
    for (const s of US_PRIVACY_STATES) expect(resolveRegime('US-' + s, table())).toBe('opt-out');
  });
  it('keeps privacy-law states opt-out when a site maps the rest of the US differently', () => {
    const t = table({ US: 'notice' });
    expect(resolveRegime('US-CA', t)).toBe('opt-out');
    expect(resolveRegime('US-NY', t)).toBe('notice');
  });
  it('prefers the most specific entry: subdivision, country, EU, then *', () => {
    const t = table({ DE: 'notice', 'DE-BY': 'opt-out', EU: 'opt-out', '*': 'notice' });
    expect(resolveRegime('DE-BY', t)).toBe('opt-out');
    expect(resolveRegime('DE-BE', t)).toBe('notice');
    expect(resolveRegime('FR', t)).toBe('opt-out');
    expect(resolveRegime('JP', t)).toBe('notice');
  });
  it('gives unknown and missing regions the safest regime, opt-in', () => {
    expect(resolveRegime(null, table())).toBe('opt-in');
    expect(resolveRegime('JP', table())).toBe('opt-in');
    expect(resolveRegime('BR', {})).toBe('opt-in');
  });
});
