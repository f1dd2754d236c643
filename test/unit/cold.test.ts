import { afterEach, describe, expect, it } from 'vitest';
import { record } from '../../src/cold';
import { decide } from '../../src/core/decide';
import { decode } from '../../src/core/storage';
import { resolved } from './helpers';

const config = resolved({ regime: 'opt-in' });
const none = { gpc: false, dnt: false };
const fresh = () => decide(config, null, none, Date.now());
/** What the caller decided from a recorded choice, as install.ts does when it applies it. */
const after = (c: typeof config, r: { choice: Parameters<typeof decide>[1] }) => decide(c, r.choice, none, Date.now());
// The cookie keeps the time in whole seconds.
const stored = (r: { choice: { at: number } | null }) => ({ ...r.choice, at: Math.floor(r.choice!.at / 1000) * 1000 });
const cookie = () => document.cookie.split('; ').find((c) => c.startsWith('portcullis='))?.slice('portcullis='.length);

afterEach(() => {
  document.cookie = 'portcullis=; max-age=0; path=/';
});

describe('record', () => {
  it('turns an action into a stored choice and its cookie value, storing nothing until commit', () => {
    const r = record(config, fresh(), null, 'all', 'fp1');
    expect(r.choice).toMatchObject({ policyVersion: 'v1', fp: 'fp1', categories: ['analytics', 'advertising', 'session_replay', 'personalization'] });
    expect(r.choice!.id).toMatch(/^[a-z0-9]{16}$/);
    expect(decode(r.value, Date.now())).toEqual(stored(r));
    expect(cookie()).toBeUndefined();
    r.commit(after(config, r));
    expect(decode(decodeURIComponent(cookie()!), Date.now())).toEqual(stored(r));
  });

  it('gives every choice its own id, also when two are made before either is stored', () => {
    const a = record(config, fresh(), null, 'all', 'fp');
    const b = record(config, fresh(), null, 'none', 'fp');
    a.commit(after(config, a));
    const c = record(config, fresh(), a.choice, { analytics: false }, 'fp');
    const ids = [a, b, c].map((r) => r.choice!.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('a reset forgets the choice: no value, and commit removes the cookie', () => {
    const a = record(config, fresh(), null, 'all', 'fp');
    a.commit(after(config, a));
    expect(cookie()).toBeTruthy();
    const r = record(config, decide(config, a.choice, none, Date.now()), a.choice, null, 'fp');
    expect([r.choice, r.value]).toEqual([null, '']);
    r.commit(after(config, r));
    expect(cookie()).toBeUndefined();
  });

  it('clears what a change withdraws on commit, worked out from the state before it', () => {
    const withVendor = resolved({ regime: 'opt-in', vendors: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', cookies: ['_ga*'] }] });
    const a = record(withVendor, decide(withVendor, null, none, Date.now()), null, 'all', 'fp');
    a.commit(after(withVendor, a));
    document.cookie = '_ga_X1=1; path=/';
    const r = record(withVendor, decide(withVendor, a.choice, none, Date.now()), a.choice, { analytics: false }, 'fp');
    expect(document.cookie).toContain('_ga_X1=1');
    r.commit(after(withVendor, r));
    expect(document.cookie).not.toContain('_ga_X1');
  });
});
