import { describe, expect, it } from 'vitest';
import { readSignals } from '../../src/core/signals';

describe('readSignals', () => {
  it('reads GPC only when navigator.globalPrivacyControl is exactly true', () => {
    expect(readSignals({ navigator: { globalPrivacyControl: true } }).gpc).toBe(true);
    for (const v of [undefined, false, 'true', 1, '1', null]) expect(readSignals({ navigator: { globalPrivacyControl: v } }).gpc).toBe(false);
  });
  it('reads DNT only when it is "1", on navigator or window', () => {
    expect(readSignals({ navigator: { doNotTrack: '1' } }).dnt).toBe(true);
    expect(readSignals({ navigator: {}, doNotTrack: '1' }).dnt).toBe(true);
    for (const v of ['0', 'unspecified', null, 1, 'yes']) expect(readSignals({ navigator: { doNotTrack: v } }).dnt).toBe(false);
  });
  it('works without a navigator', () => {
    expect(readSignals({})).toEqual({ gpc: false, dnt: false });
  });
});
