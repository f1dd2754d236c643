import { vi } from 'vitest';
import { decide } from '../../src/core/decide';
import type { ResolvedConfig } from '../../src/core/validate';
import type { ConsentState, PortcullisConfig } from '../../src/types';
import en, { type Strings } from '../../src/ui/i18n/en';
import { format } from '../../src/ui/i18n/format';
import type { Actions, View } from '../../src/ui/view';
import { resolved } from '../unit/helpers';

export const VENDORS: PortcullisConfig['vendors'] = [
  {
    id: 'ga',
    name: 'Google Analytics',
    category: 'analytics',
    purpose: 'Counts visits.',
    cookies: [{ name: '_ga', purpose: 'Tells visitors apart', duration: '2 years' }, '_gid'],
    policyUrl: 'https://policies.google.com/privacy',
  },
  { id: 'px', name: 'AdPixel', category: 'advertising' },
];

/** Every action as a spy. */
export const actions = (): Actions & Record<keyof Actions, ReturnType<typeof vi.fn>> =>
  Object.fromEntries(
    ['acceptAll', 'rejectAll', 'save', 'manage', 'closePrefs', 'dismiss', 'optOut', 'toggle', 'toggleSale', 'allow'].map((k) => [k, vi.fn()]),
  ) as never;

/** A view as `mount()` builds it, for rendering one component. */
export function makeView(
  extra: Partial<PortcullisConfig> = {},
  opts: { signals?: { gpc?: boolean; dnt?: boolean }; state?: Partial<ConsentState>; draft?: Record<string, boolean> } = {},
): View & { act: ReturnType<typeof actions>; config: ResolvedConfig } {
  const config = resolved({ vendors: VENDORS, ...extra });
  const state = { ...decide(config, null, { gpc: false, dnt: false, ...opts.signals }, Date.now()), ...opts.state };
  const strings: Strings = en;
  const category = (id: string) => config.categories.find((c) => c.id == id);
  return {
    config,
    state,
    draft: opts.draft || Object.fromEntries([...config.categories, ...config.vendors].map((x) => [x.id, !!(state.categories[x.id] || state.vendors[x.id])])),
    t: (key, slots) => format(strings[key] ?? key, slots),
    label: (id) => category(id)?.label || strings[('cat_' + id) as keyof Strings] || id,
    text: (id) => category(id)?.description || strings[('desc_' + id) as keyof Strings] || '',
    banner: true,
    prefs: false,
    reopen: false,
    status: '',
    act: actions(),
  };
}
