import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint';

describe('fingerprint', () => {
  it('is short, stable and base-36', () => {
    const a = fingerprint({ policyVersion: '1', regime: 'opt-in' });
    expect(a).toMatch(/^[a-z0-9]{1,7}$/);
    expect(fingerprint({ policyVersion: '1', regime: 'opt-in' })).toBe(a);
  });
  it('changes with any change to the config', () => {
    const base = { policyVersion: '1', theme: { accent: '#000' } };
    const seen = new Set([fingerprint(base)]);
    for (const variant of [{ ...base, policyVersion: '2' }, { ...base, theme: { accent: '#001' } }, { ...base, region: 'DE' }, { ...base, extra: true }])
      seen.add(fingerprint(variant));
    expect(seen.size).toBe(5);
  });
  it('is empty for values without a JSON form, so they are always validated', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(fingerprint(cyclic)).toBe('');
    expect(fingerprint({ n: BigInt(1) })).toBe('');
  });
});
