import { afterEach, describe, expect, it, vi } from 'vitest';
import { decide } from '../../src/core/decide';
import type { ConsentState, PortcullisApi, PortcullisConfig } from '../../src/types';
import { mount } from '../../src/ui/index';
import type { UiHandle } from '../../src/uiContract';
import { resolved } from '../unit/helpers';
import { VENDORS } from './helpers';

/** A stand-in for the loader's API: records calls and emits `change` like the real one. */
function fakeApi(extra: Partial<PortcullisConfig> = {}) {
  const config = resolved({ vendors: VENDORS, regime: 'opt-in', ...extra });
  const listeners = new Set<(s: ConsentState) => void>();
  const events = {
    emit: (_: 'change', s: ConsentState) => listeners.forEach((fn) => fn(s)),
    on: (_: string, fn: (s: ConsentState) => void) => (listeners.add(fn), () => listeners.delete(fn)),
  };
  let state: ConsentState = decide(config, null, { gpc: false, dnt: false }, Date.now());
  const set = (categories: string[]) => {
    state = decide(config, { policyVersion: config.policyVersion, at: Date.now(), id: 'x', fp: '', categories, vendors: {} }, { gpc: false, dnt: false }, Date.now());
    events.emit('change', state);
  };
  const api = {
    version: '0',
    get: () => state,
    allowed: (id: string) => !!(state.categories[id] || state.vendors[id]),
    acceptAll: vi.fn(() => set(['analytics', 'advertising', 'session_replay', 'personalization'])),
    rejectAll: vi.fn(() => set([])),
    update: vi.fn((c: Record<string, boolean>) => set(Object.keys(c).filter((k) => c[k] && config.categories.some((x) => x.id == k)))),
    openPreferences: vi.fn(),
    close: vi.fn(),
    reset: vi.fn(() => {
      state = decide(config, null, { gpc: false, dnt: false }, Date.now());
      events.emit('change', state);
    }),
    on: events.on,
  } as unknown as PortcullisApi & Record<'acceptAll' | 'rejectAll' | 'update', ReturnType<typeof vi.fn>>;
  const setView = vi.fn();
  return { config, api, setView, ctx: { config, api, setView, base: '', nonce: '', load: () => Promise.reject(new Error('tests load no files')) }, set };
}

let ui: UiHandle | undefined;
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  document.body.innerHTML = '';
  vi.useRealTimers();
});
const root = () => document.querySelector('portcullis-ui')!.shadowRoot!;
const button = (name: string) =>
  Array.from(root().querySelectorAll('button')).find((b) => b.textContent == name || b.getAttribute('aria-label') == name)!;
const ready = () => vi.waitFor(() => expect(root().querySelector('.ui')!.children.length).toBeGreaterThan(1));

describe('mount', () => {
  it('appends one host with an open shadow root at the end of <body> and shows the banner', async () => {
    document.body.innerHTML = '<main><a href="#">page</a></main>';
    const f = fakeApi();
    ui = mount(f.ctx);
    ui.show('banner');
    await ready();
    expect(document.body.lastElementChild!.tagName).toBe('PORTCULLIS-UI');
    expect(root().querySelector('.banner')).toBeTruthy();
    expect(f.setView).toHaveBeenLastCalledWith('banner');
    expect(root().querySelector('[role=status]')).toBeTruthy();
  });

  it('acts through the API, closes, reports the view and announces "Preferences saved"', async () => {
    const f = fakeApi();
    ui = mount(f.ctx);
    ui.show('banner');
    await ready();
    button('Accept all').click();
    expect(f.api.acceptAll).toHaveBeenCalledOnce();
    expect(root().querySelector('.banner')).toBeNull();
    expect(f.setView).toHaveBeenLastCalledWith(null);
    await vi.waitFor(() => expect(root().querySelector('[role=status]')!.textContent).toBe('Preferences saved'));
  });

  it('saves the preference center as update() with every changeable id', async () => {
    const f = fakeApi();
    ui = mount(f.ctx);
    ui.show('preferences');
    await ready();
    expect(f.setView).toHaveBeenLastCalledWith('preferences');
    (root().querySelector('[aria-labelledby="c-analytics"]') as HTMLElement).click();
    (root().querySelector('[aria-labelledby="v-px"]') as HTMLElement).click();
    button('Save choices').click();
    expect(f.api.update).toHaveBeenCalledWith({
      analytics: true,
      advertising: false,
      session_replay: false,
      personalization: false,
      ga: true,
      px: true,
    });
    expect(root().querySelector('dialog')).toBeNull();
  });

  it('closes the banner when another tab or page code decides, and shows it again after reset()', async () => {
    const f = fakeApi();
    ui = mount(f.ctx);
    ui.show('banner');
    await ready();
    // Outside changes are drawn a microtask later (see mount()).
    f.set(['analytics']);
    await Promise.resolve();
    expect(root().querySelector('.banner')).toBeNull();
    f.api.reset();
    await Promise.resolve();
    expect(root().querySelector('.banner')).toBeTruthy();
  });

  it('applies the theme with CSSOM on the host, with or without the prefix', async () => {
    const f = fakeApi({ theme: { accent: '#0b5d75', '--portcullis-radius': '4px' } });
    ui = mount(f.ctx);
    ui.show('banner');
    await ready();
    const host = document.querySelector('portcullis-ui') as HTMLElement;
    expect(host.style.getPropertyValue('--portcullis-accent')).toBe('#0b5d75');
    expect(host.style.getPropertyValue('--portcullis-radius')).toBe('4px');
  });

  it('speaks the chosen language, right-to-left for Arabic, with per-string overrides', async () => {
    const f = fakeApi({ language: 'ar', translations: { ar: { acceptAll: 'موافق' } } });
    ui = mount(f.ctx);
    ui.show('banner');
    await ready();
    const box = root().querySelector('.ui') as HTMLElement;
    expect([box.lang, box.dir]).toEqual(['ar', 'rtl']);
    expect(button('موافق')).toBeTruthy();
    expect(button('رفض الكل')).toBeTruthy();
  });

  it('covers a blocked embed with a placeholder until it is allowed', async () => {
    // (Real iframes are covered end-to-end; happy-dom cannot load them.)
    document.body.innerHTML = '<p>before</p><div data-consent="personalization" data-placeholder>map</div>';
    const f = fakeApi();
    ui = mount(f.ctx);
    await vi.waitFor(() => expect(document.querySelector('portcullis-placeholder')).toBeTruthy());
    const iframe = document.querySelector('[data-consent]') as HTMLElement;
    expect(iframe.previousElementSibling!.tagName).toBe('PORTCULLIS-PLACEHOLDER');
    expect(iframe.style.getPropertyValue('visibility')).toBe('hidden');
    const ph = document.querySelector('portcullis-placeholder')!.shadowRoot!;
    await vi.waitFor(() => expect(ph.querySelector('button')).toBeTruthy());
    ph.querySelector('button')!.click();
    expect(f.api.update).toHaveBeenCalledWith({ personalization: true });
    expect(document.querySelector('portcullis-placeholder')).toBeNull();
    expect(iframe.style.getPropertyValue('visibility')).toBe('');
  });

  it('destroy() removes everything', async () => {
    const f = fakeApi();
    ui = mount(f.ctx);
    ui.show('banner');
    await ready();
    ui.destroy();
    ui = undefined;
    expect(document.querySelector('portcullis-ui')).toBeNull();
    expect(f.setView).toHaveBeenLastCalledWith(null);
  });
});
