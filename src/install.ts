import type { ApiHandle } from './api';
import type * as Cold from './cold';
import type { Choice } from './core/choose';
import { decide, isAllowed } from './core/decide';
import type { ResolvedConfig } from './core/resolve';
import { readSignals } from './core/signals';
import { decode, type StoredChoice } from './core/storage';
import { startSync } from './core/sync';
import { consentIds, startGate } from './gate/activate';
import { nextTask } from './gate/yieldToMain';
import { consentDefault, consentTypes, consentUpdate } from './integrations/consentMode';
import { pushConsentEvent } from './integrations/dataLayer';
import { lazy, type Lazy } from './lazy';
import type { LoadFile } from './loadScript';
import { attempt, PREFIX, report } from './report';
import type { ConsentState } from './types';
import { PLACEHOLDER_SELECTOR, type UiHandle, type UiModule } from './uiContract';

/** The cold path's exports (see cold.ts). */
export type ColdModule = typeof Cold;

/** What `install` needs from its surroundings. */
export interface InstallOptions {
  doc: Document;
  /** CSP nonce given to activated scripts and the chunks. */
  nonce: string;
  /** Directory of the loader, ending with `/`. */
  base: string;
  /** Loads a file next to the loader; handed to the UI for its own chunks. */
  load: LoadFile;
  /** Loads the UI chunk; while it loads and once it has, calls share one load. */
  loadUi(): Promise<UiModule>;
  cold: Lazy<ColdModule>;
}

const clone = (s: ConsentState): ConsentState => JSON.parse(JSON.stringify(s));
const allowedKey = (s: ConsentState) => JSON.stringify([s.decided, s.categories, s.vendors]);

/**
 * Runs Portcullis on a page for a validated config: decides, writes Consent Mode, activates
 * what is allowed, keeps tabs in sync, loads the UI when a choice is pending, and attaches
 * the engine to the public API. `fp` is the config's fingerprint; `defaultWritten` says a
 * Consent Mode default went out while the config was being validated. Returns the teardown.
 */
export function install(
  config: ResolvedConfig,
  handle: ApiHandle,
  opts: InstallOptions,
  fp: string,
  stored: StoredChoice | null,
  defaultWritten?: boolean,
): () => void {
  const { doc, cold } = opts;
  const signals = readSignals();
  const decideNow = (choice = stored) => decide(config, choice, signals, Date.now());
  let state = decideNow();

  const gcm = config.googleConsentMode;
  if (gcm) {
    if (!defaultWritten) consentDefault(consentTypes(decideNow(null)), state.decided ? { ...gcm, waitForUpdate: 0 } : gcm);
    // After the all-denied default written while validating, update only if it differs.
    if (state.decided || (defaultWritten && JSON.stringify(consentTypes(state)) != JSON.stringify(consentTypes(null)))) consentUpdate(state);
  }
  pushConsentEvent(clone(state));

  const ui = lazy<UiHandle>(() => {
    cold.use(() => {}); // the visitor is about to act: fetch the cold path alongside
    return opts
      .loadUi()
      .then((m) => m.mount({ config, api: handle.api, setView: (view) => handle.emit('ui', { view }), base: opts.base, nonce: opts.nonce, load: opts.load }));
  });

  const allowed = (el: Element) => consentIds(el).every((id) => isAllowed(state, id));
  // A blocked embed, in the page or added later, gets its placeholder from the UI: loaded for it if need be.
  const gate = startGate(doc, allowed, opts.nonce, report, (el) => el.matches(PLACEHOLDER_SELECTOR) && ui.use((u) => u.refresh()));
  const showBanner = () => ui.use((u) => u.show('banner'));

  /** Applies a new stored choice (null: none), made in this tab or another. */
  const apply = (choice: StoredChoice | null) => {
    const prev = state;
    stored = choice;
    state = decideNow();
    if (allowedKey(prev) != allowedKey(state)) {
      gate.refresh();
      if (gcm) consentUpdate(state);
      pushConsentEvent(clone(state));
      handle.emit('change', clone(state));
    }
    if (!state.decided) showBanner();
  };

  const sync = startSync(config.cookie.name, (value) => apply(decode(value, Date.now())));

  /**
   * Records an action through the cold path (loaded on first use). The choice applies at
   * once; storing it (synchronous cookie writes and reads, cleanup) waits for the next task,
   * so the click that made it paints first. Resolves with the new state once stored.
   */
  const act = (change: Choice | null) =>
    new Promise<ConsentState>((done) =>
      cold.use((c) => {
        const r = c.record(config, state, stored, change, fp);
        apply(r.choice);
        const next = clone(state);
        nextTask().then(() => {
          attempt(() => (r.commit(next), sync.notify(r.value)));
          done(next);
        });
      }),
    );

  handle.attach({
    get: () => clone(state),
    allowed: (id) => isAllowed(state, id),
    acceptAll: () => act('all'),
    rejectAll: () => act('none'),
    update(choices) {
      if (!choices || typeof choices != 'object') throw new TypeError(`${PREFIX} update() takes an object such as { analytics: true }`);
      return act(choices);
    },
    reset: () => act(null),
    openPreferences: () => ui.use((u) => u.show('preferences')),
    close: () => ui.use((u) => u.close(), true),
  });
  if (!state.decided) showBanner();

  const ready = () => {
    handle.emit('ready', clone(state));
    // The UI also draws the floating re-open button (and the placeholders, above), so a
    // returning visitor's page loads it only when it needs one of those.
    if (config.ui?.reopenButton) ui.use(() => {});
  };
  if (doc.readyState == 'loading') doc.addEventListener('DOMContentLoaded', ready);
  else ready();

  return () => {
    gate.stop();
    sync.stop();
    doc.removeEventListener('DOMContentLoaded', ready);
    handle.attach(null);
    ui.current()?.destroy();
  };
}
