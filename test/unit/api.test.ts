import { describe, expect, it, vi } from 'vitest';
import { createApi, type Engine } from '../../src/api';
import type { ConsentState } from '../../src/types';

const state = (analytics: boolean): ConsentState => ({
  decided: true,
  regime: 'opt-in',
  region: null,
  categories: { necessary: true, analytics },
  vendors: {},
  signals: { gpc: false, dnt: false },
  honored: { gpc: false, dnt: false },
  policyVersion: '1',
  updatedAt: null,
  id: 'x',
});
const engine = (overrides: Partial<Engine> = {}): Engine => ({
  get: () => state(true),
  allowed: (id) => id == 'analytics' || id == 'necessary',
  acceptAll: vi.fn(async () => state(true)),
  rejectAll: vi.fn(async () => state(false)),
  update: vi.fn(async () => state(true)),
  openPreferences: vi.fn(),
  close: vi.fn(),
  reset: vi.fn(async () => state(false)),
  ...overrides,
});

describe('createApi', () => {
  it('allows only necessary until an engine attaches, then forwards', () => {
    const { api, attach } = createApi(document);
    expect(api.allowed('necessary')).toBe(true);
    expect(api.allowed('analytics')).toBe(false);
    expect(api.get()).toMatchObject({ decided: false, categories: { necessary: true } });
    attach(engine());
    expect(api.allowed('analytics')).toBe(true);
    expect(api.get().decided).toBe(true);
  });

  it('queues actions until an engine attaches and runs them in order, resolving each', async () => {
    const { api, attach } = createApi(document);
    const order: string[] = [];
    const e = engine({
      update: vi.fn(async () => (order.push('update'), state(true))),
      rejectAll: vi.fn(async () => (order.push('reject'), state(false))),
    });
    const a = api.update({ analytics: true });
    const b = api.rejectAll();
    expect(order).toEqual([]);
    attach(e);
    expect(order).toEqual(['update', 'reject']);
    expect((await a).categories.analytics).toBe(true);
    expect((await b).categories.analytics).toBe(false);
  });

  it('fails closed: with no engine, queued and later actions are dropped and nothing throws', () => {
    const { api, attach } = createApi(document);
    api.acceptAll();
    attach(null);
    expect(() => api.acceptAll()).not.toThrow();
    expect(api.allowed('analytics')).toBe(false);
  });

  it('reports an engine that throws instead of throwing into the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { api, attach } = createApi(document);
    attach(engine({ update: () => { throw new TypeError('bad'); } }));
    expect(() => api.update({})).not.toThrow();
    expect(error).toHaveBeenCalledWith('[portcullis]', expect.objectContaining({ message: 'bad' }));
  });

  it('emits to on() listeners and as portcullis:* DOM events; late ready listeners get the state', () => {
    const { api, emit, attach } = createApi(document);
    attach(engine());
    const dom = vi.fn();
    document.addEventListener('portcullis:change', dom);
    const fn = vi.fn();
    const off = api.on('change', fn);
    emit('change', state(false));
    off();
    emit('change', state(true));
    expect(fn).toHaveBeenCalledTimes(1);
    expect(dom).toHaveBeenCalledTimes(2);
    expect(dom.mock.calls[0][0].detail.categories.analytics).toBe(false);
    document.removeEventListener('portcullis:change', dom);

    const early = vi.fn();
    api.on('ready', early);
    emit('ready', state(true));
    const late = vi.fn();
    api.on('ready', late);
    expect(early).toHaveBeenCalledTimes(1);
    expect(late).toHaveBeenCalledWith(expect.objectContaining({ decided: true }));
  });

  it('tells a developer what is wrong with on()', () => {
    const { api } = createApi(document);
    expect(() => api.on('change', 5 as never)).toThrow("[portcullis] on('change', fn): fn must be a function");
  });
});
