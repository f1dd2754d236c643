import type { ResolvedConfig } from '../core/validate';
import type { ConsentState } from '../types';
import type { Draft } from './draft';
import type { Strings } from './i18n/en';
import type { PreferenceCenter } from './PreferenceCenter';

/** What the visitor can do; each action goes through the public API. */
export interface Actions {
  acceptAll(): void;
  rejectAll(): void;
  /** Save the preference center's draft. */
  save(): void;
  /** Open the preference center. */
  manage(): void;
  closePrefs(): void;
  /** Close the banner, keeping what applies now as the choice (opt-out and notice regimes). */
  dismiss(): void;
  /** Opt out of every sale/sharing category at once. */
  optOut(): void;
  toggle(id: string, on: boolean): void;
  toggleSale(optOut: boolean): void;
  /** Allow these category or vendor ids (a placeholder's button). */
  allow(ids: string[]): void;
}

/** Everything the components render from; rebuilt on every change. */
export interface View {
  config: ResolvedConfig;
  state: ConsentState;
  draft: Draft;
  t(key: keyof Strings, slots?: Record<string, string | number>): string;
  /** A category's label and description, in the UI language. */
  label(id: string): string;
  text(id: string): string;
  banner: boolean;
  prefs: boolean;
  /** The preference center component, once its chunk has loaded. */
  center?: typeof PreferenceCenter;
  reopen: boolean;
  /** The live region's message. */
  status: string;
  act: Actions;
}

/** The name of the signal that was honored, or '' if none. */
export const honoredSignal = (v: View): string =>
  v.state.honored.gpc ? v.t('gpc') : v.state.honored.dnt ? v.t('dnt') : '';
