import type { ApiHandle, Engine } from './api';
import { choose, type Choice } from './core/choose';
import { readCookie, removeCookie, writeCookie } from './core/cookie';
import { currentChoice, decide, isAllowed } from './core/decide';
import { randomId } from './core/randomId';
import { readSignals } from './core/signals';
import { decode, encode, type StoredChoice } from './core/storage';
import { startSync } from './core/sync';
import type { ResolvedConfig } from './core/validate';
import { consentIds, startGate } from './gate/activate';
import { startConsentMode } from './integrations/consentMode';
import { pushConsentEvent } from './integrations/dataLayer';
import { lazy } from './lazy';
import { listenOpenLinks } from './openLinks';
import { PREFIX, report } from './report';
import type { ConsentState } from './types';
import type { UiHandle, UiModule } from './uiContract';

/** What `install` needs from its surroundings. */
export interface InstallOptions {
  doc: Document;
  /** CSP nonce given to activated scripts and the UI. */
  nonce: string;
  /** Directory of the loader, ending with `/`. */
  base: string;
  loadUi(): Promise<UiModule>;
  now?: () => number;
}

const copy = (s: ConsentState): ConsentState => ({
  ...s,
  categories: { ...s.categories },
  vendors: { ...s.vendors },
  signals: { ...s.signals },
  honored: { ...s.honored },
});
const allowedKey = (s: ConsentState) => JSON.stringify([s.decided, s.categories, s.vendors]);

/**
 * Runs Portcullis on a page for a valid config: decides, writes Consent Mode defaults,
 * activates what is allowed, keeps tabs in sync, loads the UI when a choice is pending,
 * and attaches the engine to the public API. Returns the teardown.
 */
export function install(config: ResolvedConfig, handle: ApiHandle, opts: InstallOptions): () => void {
  const { doc } = opts;
  const now = opts.now || Date.now;
  const signals = readSignals();
  let stored: StoredChoice | null = decode(readCookie(config.cookie.name), now());
  let state = decide(config, stored, signals, now());

  // Before anything else can run: Google requires the default before any tag.
  const updateConsentMode =
    config.googleConsentMode && startConsentMode(config.googleConsentMode, decide(config, null, signals, now()), state);
  pushConsentEvent(state);

  const gate = startGate(doc, (ids) => ids.every((id) => isAllowed(state, id)), opts.nonce, report);

  const ui = lazy<UiHandle>(() =>
    opts.loadUi().then((m) =>
      m.mount({
        config,
        api: handle.api,
        setView: (view) => handle.emit('ui', { view }),
        base: opts.base,
        nonce: opts.nonce,
      }),
    ),
  );
  const showBanner = () => ui.use((u) => u.show('banner'));

  const apply = (next: ConsentState, local: boolean) => {
    const prev = state;
    state = next;
    if (allowedKey(prev) == allowedKey(next)) return;
    gate.refresh();
    if (updateConsentMode) updateConsentMode(next);
    pushConsentEvent(next);
    handle.emit('change', copy(next));
    const withdrawn = Object.keys(prev.categories).some((id) => prev.categories[id] && !next.categories[id]);
    // Code that already ran cannot be unloaded; a reload is the only way to stop it.
    if (withdrawn && local && config.reloadOnWithdraw) setTimeout(() => location.reload());
  };
  const recompute = (local: boolean) => apply(decide(config, stored, signals, now()), local);

  const sync = startSync(config.cookie.name, (value) => {
    stored = decode(value, now());
    recompute(false);
    if (!state.decided) showBanner();
  });

  const record = (change: Choice) => {
    const at = now();
    const result = choose(config, state, currentChoice(config, stored, at), change, at, randomId());
    if (result.unknown.length) console.warn(PREFIX, `update(): unknown ids ignored: ${result.unknown.join(', ')}`);
    stored = result.choice;
    const value = encode(stored);
    if (!writeCookie(config.cookie, value))
      console.warn(PREFIX, 'could not store the choice (cookies blocked?); it applies to this page only');
    recompute(true);
    sync.notify(value);
  };

  const engine: Engine = {
    get: () => copy(state),
    allowed: (id) => isAllowed(state, String(id)),
    acceptAll: () => record('all'),
    rejectAll: () => record('none'),
    update(choices) {
      if (!choices || typeof choices != 'object') throw new TypeError(`${PREFIX} update() takes an object such as { analytics: true }`);
      record(choices);
    },
    openPreferences: () => ui.use((u) => u.show('preferences')),
    close: () => ui.current()?.close(),
    reset() {
      removeCookie(config.cookie);
      stored = null;
      recompute(true);
      sync.notify('');
      showBanner();
    },
  };

  const stopLinks = listenOpenLinks(doc, () => handle.api.openPreferences());
  handle.attach(engine);
  if (!state.decided) showBanner();

  // The UI also draws the floating re-open button and the placeholders of blocked embeds, so
  // a returning visitor's page loads it only when it needs one of those.
  const needsUi = () =>
    config.ui?.reopenButton ||
    Array.from(doc.querySelectorAll('iframe[data-consent],[data-consent][data-placeholder]')).some(
      (el) => !consentIds(el).every((id) => isAllowed(state, id)),
    );
  const ready = () => {
    handle.emit('ready', copy(state));
    if (state.decided && needsUi()) ui.use(() => {});
  };
  if (doc.readyState == 'loading') doc.addEventListener('DOMContentLoaded', ready, { once: true });
  else ready();

  return () => {
    gate.stop();
    sync.stop();
    stopLinks();
    doc.removeEventListener('DOMContentLoaded', ready);
    handle.attach(null);
    ui.current()?.destroy();
  };
}
