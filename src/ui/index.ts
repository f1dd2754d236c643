import { createElement, render } from 'preact';
import { consentIds } from '../gate/activate';
import { PREFIX, report } from '../report';
import type { UiView } from '../types';
import type { UiContext, UiHandle } from '../uiContract';
import { App } from './App';
import { createHost } from './createHost';
import { choices, initialDraft, setChoice, setSale, type Draft } from './draft';
import en, { type Strings } from './i18n/en';
import { format } from './i18n/format';
import { loadStrings } from './i18n/loadStrings';
import { pickLanguage } from './i18n/pickLanguage';
import { keepFocusVisible } from './keepFocusVisible';
import { loadPreferenceCenter } from './loadPreferenceCenter';
import { Placeholder } from './Placeholder';
import { startPlaceholders } from './placeholders';
import type { Actions, View } from './view';

/** The deepest focused element, looking into shadow roots; null when none is (the body). */
const focused = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el == document.body ? null : (el as HTMLElement | null);
};

/**
 * Mounts the UI: one host at the end of `<body>` (after parsing, so it follows the page
 * content), strings in the chosen language, and placeholders over blocked embeds. All state
 * lives here and the Preact tree is re-rendered from it; the UI acts only through `ctx.api`.
 */
export function mount(ctx: UiContext): UiHandle {
  const { config, api } = ctx;
  const lang = pickLanguage(config, document, navigator);
  const own = config.translations?.[lang] || {};
  const hostOptions = { base: ctx.base, nonce: ctx.nonce, theme: config.theme, lang };
  const [host, box] = createHost('portcullis-ui', 'ui', hostOptions);
  let strings: Strings | undefined;
  let state = api.get();
  let banner = false;
  let prefs = false;
  let center: View['center'];
  let loading: Promise<void> | undefined;
  let draft: Draft = {};
  let status = '';
  let opener: HTMLElement | null = null;
  // The element focused last outside the UI (inside other shadow roots too): focus goes
  // back there when what held it in the UI goes.
  let before: HTMLElement | null = null;
  const onFocusIn = (e: FocusEvent) => e.target != host && (before = e.composedPath()[0] as HTMLElement);
  document.addEventListener('focusin', onFocusIn);
  let shown: UiView = null;
  let placeholders: ReturnType<typeof startPlaceholders> | undefined;
  let room: ReturnType<typeof keepFocusVisible> | undefined;
  let alive = true;

  const t: View['t'] = (key, slots) => format(strings![key] ?? key, slots);
  // A site's translation, then the config's own text, then the built-in string.
  const named = (id: string, key: 'cat_' | 'desc_', field: 'label' | 'description') =>
    own[key + id] || config.categories.find((c) => c.id == id)?.[field] || strings![(key + id) as keyof Strings];
  const view = (): View => ({
    config,
    state,
    draft,
    t,
    label: (id) => named(id, 'cat_', 'label') || id,
    text: (id) => named(id, 'desc_', 'description') || '',
    banner,
    prefs,
    center,
    // Stays while the preference center is open, so focus can return to it.
    reopen: !!config.ui?.reopenButton && !banner,
    status,
    act,
  });
  let dirty = false;
  const draw = () => {
    dirty = false;
    if (!alive) return;
    // Reported at once, even while strings or the preference center are still loading.
    const now: UiView = prefs ? 'preferences' : banner ? 'banner' : null;
    if (now != shown) ctx.setView((shown = now));
    if (!strings || !host.isConnected) return;
    // A keyboard user's focus in the UI, on something this render may remove (a banner
    // that closes with the choice, the dialog): it moves on to the dialog's opener, else the
    // re-open button, else where it was before the UI (WCAG 2.4.3). A pointer user's stays.
    let kept: Element | null = null;
    try {
      kept = box.querySelector(':focus-visible');
    } catch {
      // a browser without :focus-visible: focus stays where the browser puts it
    }
    render(createElement(App, { v: view() }), box);
    room?.update();
    placeholders?.refresh();
    if (kept && !kept.isConnected) (opener?.isConnected ? opener : box.querySelector<HTMLElement>('.reopen') || before)?.focus();
  };

  const announce = () => {
    status = '';
    draw();
    // A fresh text a moment later, so the same message is announced again (WCAG 4.1.3).
    setTimeout(() => {
      status = t('saved');
      draw();
    }, 150);
  };
  const closePrefs = () => {
    if (!prefs) return;
    prefs = false;
    draw();
    if (opener?.isConnected) opener.focus();
    opener = null;
  };
  const done = () => {
    banner = false;
    closePrefs();
    announce();
  };
  const act: Actions = {
    acceptAll: () => (api.acceptAll(), done()),
    rejectAll: () => (api.rejectAll(), done()),
    save: () => (api.update(choices(config, state, draft)), done()),
    dismiss: () => (api.update({}), done()),
    optOut: () => (api.update(choices(config, state, setSale(config, initialDraft(config, state), true))), done()),
    manage() {
      if (!prefs) {
        opener = focused();
        draft = initialDraft(config, state);
        prefs = true;
      }
      if (center) return draw();
      loading ||= loadPreferenceCenter(ctx.load).then(
        (c) => {
          center = c;
          draw();
        },
        (e) => {
          prefs = false;
          loading = undefined;
          report(e);
        },
      );
    },
    closePrefs,
    toggle(id, on) {
      draft = setChoice(config, draft, id, on);
      draw();
    },
    toggleSale(optOut) {
      draft = setSale(config, draft, optOut);
      draw();
    },
    allow(ids) {
      api.update(Object.fromEntries(ids.map((id) => [id, true])));
      announce();
    },
  };

  // Drawn a microtask later, and not at all if a draw came first: a click in the UI changes
  // the state and redraws anyway, and one render per click keeps it quick to paint.
  const drawSoon = () => dirty || ((dirty = true), queueMicrotask(() => dirty && draw()));
  // Another tab, page code or reset() decided: follow it.
  const stopChange = api.on('change', (next) => {
    state = next;
    banner = !next.decided;
    drawSoon();
  });

  const attach = () => {
    if (!alive) return;
    document.body.append(host);
    room = keepFocusVisible(host, () => (prefs ? null : box.querySelector('.banner,.reopen')));
    placeholders = startPlaceholders(document, {
      blocked: (el) => !consentIds(el).every((id) => api.allowed(id)),
      create: () => createHost('portcullis-placeholder', 'ph', hostOptions),
      draw: (target, el) => strings && render(createElement(Placeholder, { v: view(), el }), target),
      clear: (target) => render(null, target),
    });
    draw();
  };
  // Before the page's first paint, the page paints first and the banner joins it a frame later.
  const soon = () =>
    performance.getEntriesByType('paint').length ? attach() : requestAnimationFrame(() => setTimeout(attach));
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', soon, { once: true });
  else soon();

  loadStrings(lang, ctx.load)
    .catch((e: Error) => (console.warn(PREFIX, `${e.message}; English is used`), {}))
    .then((loaded) => {
      strings = { ...en, ...loaded, ...own } as Strings;
      draw();
    });

  return {
    show(which) {
      if (which == 'preferences') act.manage();
      else {
        banner = true;
        draw();
      }
    },
    refresh: drawSoon,
    close() {
      banner = false;
      draw();
      closePrefs();
    },
    destroy() {
      alive = false;
      stopChange();
      room?.stop();
      placeholders?.stop();
      document.removeEventListener('focusin', onFocusIn);
      render(null, box);
      host.remove();
      if (shown) ctx.setView(null);
    },
  };
}
