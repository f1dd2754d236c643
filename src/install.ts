import type { ApiHandle } from './api';
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
}

const clone = (s: ConsentState): ConsentState => JSON.parse(JSON.stringify(s));
const allowedKey = (s: ConsentState) => JSON.stringify([s.decided, s.categories, s.vendors]);

/**
 * Runs Portcullis on a page for a valid config: decides, writes Consent Mode defaults,
 * activates what is allowed, keeps tabs in sync, loads the UI when a choice is pending,
 * and attaches the engine to the public API. Returns the teardown.
 */
export function install(config: ResolvedConfig, handle: ApiHandle, opts: InstallOptions): () => void {
  const { doc } = opts;
  const cookie = config.cookie;
  const signals = readSignals();
  let stored: StoredChoice | null = decode(readCookie(cookie.name), Date.now());
  const decideNow = (choice = stored) => decide(config, choice, signals, Date.now());
  let state = decideNow();

  // Before anything else can run: Google requires the default before any tag.
  const updateConsentMode = config.googleConsentMode && startConsentMode(config.googleConsentMode, decideNow(null), state);
  pushConsentEvent(state);

  const allowed = (el: Element) => consentIds(el).every((id) => isAllowed(state, id));
  const gate = startGate(doc, allowed, opts.nonce, report);

  const ui = lazy<UiHandle>(() =>
    opts.loadUi().then((m) =>
      m.mount({ config, api: handle.api, setView: (view) => handle.emit('ui', { view }), base: opts.base, nonce: opts.nonce }),
    ),
  );
  const showBanner = () => ui.use((u) => u.show('banner'));

  /** Applies a new stored choice (null: none) from this tab (`local`) or another. */
  const apply = (choice: StoredChoice | null, local?: boolean) => {
    const prev = state;
    stored = choice;
    state = decideNow();
    if (allowedKey(prev) != allowedKey(state)) {
      gate.refresh();
      if (updateConsentMode) updateConsentMode(state);
      pushConsentEvent(state);
      handle.emit('change', clone(state));
      // Code that already ran cannot be unloaded; a reload is the only way to stop it.
      if (local && config.reloadOnWithdraw && Object.keys(prev.categories).some((id) => prev.categories[id] && !state.categories[id]))
        setTimeout(() => location.reload());
    }
    if (!state.decided) showBanner();
  };

  const sync = startSync(cookie.name, (value) => apply(decode(value, Date.now())));

  const record = (change: Choice) => {
    const now = Date.now();
    const { choice, unknown } = choose(config, state, currentChoice(config, stored, now), change, now, randomId());
    if (unknown.length) console.warn(PREFIX, `update(): unknown ids ignored: ${unknown.join(', ')}`);
    const value = encode(choice);
    if (!writeCookie(cookie, value)) console.warn(PREFIX, 'could not store the choice (cookies blocked?); it applies to this page only');
    apply(choice, true);
    sync.notify(value);
  };

  const stopLinks = listenOpenLinks(doc, () => handle.api.openPreferences());
  handle.attach({
    get: () => clone(state),
    allowed: (id) => isAllowed(state, id),
    acceptAll: () => record('all'),
    rejectAll: () => record('none'),
    update(choices) {
      if (!choices || typeof choices != 'object') throw new TypeError(`${PREFIX} update() takes an object such as { analytics: true }`);
      record(choices);
    },
    openPreferences: () => ui.use((u) => u.show('preferences')),
    close: () => ui.current()?.close(),
    reset() {
      removeCookie(cookie);
      apply(null, true);
      sync.notify('');
    },
  });
  if (!state.decided) showBanner();

  const ready = () => {
    handle.emit('ready', clone(state));
    // The UI also draws the floating re-open button and the placeholders of blocked
    // embeds, so a returning visitor's page loads it only when it needs one of those.
    if (
      config.ui?.reopenButton ||
      Array.from(doc.querySelectorAll('iframe[data-consent],[data-consent][data-placeholder]')).some((el) => !allowed(el))
    )
      ui.use(() => {});
  };
  if (doc.readyState == 'loading') doc.addEventListener('DOMContentLoaded', ready);
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
