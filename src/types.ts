/**
 * Public types of Portcullis: the config site owners write, the consent state the API
 * returns, and the API itself. Everything a page can type is declared here.
 */

/**
 * How consent works for a visitor.
 * - `opt-in`: nothing non-necessary runs until an explicit choice (GDPR / ePrivacy).
 * - `opt-out`: allowed by default unless a signal or the visitor turns it off (US state laws).
 * - `notice`: informational only; everything is allowed.
 */
export type Regime = 'opt-in' | 'opt-out' | 'notice';

/** Whether a browser privacy signal is applied. */
export type SignalPolicy = 'honor' | 'ignore';

/** A purpose trackers are grouped under. */
export interface CategoryConfig {
  /** Letters, digits, `_` and `-`. Built-in ids: `necessary`, `analytics`, `advertising`, `session_replay`, `personalization`. */
  id: string;
  /** Shown in the preference center. @default the built-in, translated label for built-in ids, else the id */
  label?: string;
  /** Shown under the label; may contain links written `[text](https://…)`. */
  description?: string;
  /**
   * The category sells or shares personal data (CCPA §1798.140(ad), (ah)). Global Privacy
   * Control, Do Not Track and the "Do Not Sell or Share" choice turn it off.
   * @default true for `advertising`, false otherwise
   */
  saleOrSharing?: boolean;
}

/** One cookie a vendor sets, for the preference center's cookie table. */
export interface CookieDetail {
  /** Name or glob (`_ga_*`); also what is deleted on withdrawal. */
  name: string;
  /** What it is for. */
  purpose?: string;
  /** How long it lives, as text ("2 years", "session"). */
  duration?: string;
  /** The domain it is set on, when not the site's own. */
  domain?: string;
}

/** A company or product whose tags the site runs. */
export interface VendorConfig {
  /** Letters, digits, `_` and `-`; unique among categories and vendors. Usable in `data-consent`. */
  id: string;
  /** Display name, e.g. "Google Analytics". */
  name: string;
  /** The category id the vendor belongs to. */
  category: string;
  /** One line on what the vendor does on this site. */
  purpose?: string;
  /** Hosts its tags and requests go to: exact (`www.google-analytics.com`) or `*.hotjar.com`. */
  hosts?: string[];
  /** Cookie names or globs (`_ga`, `_ga_*`), or details for the cookie table. Cleared on withdrawal. */
  cookies?: Array<string | CookieDetail>;
  /** localStorage keys or globs it writes. Cleared on withdrawal. */
  storage?: string[];
  /** The vendor's privacy policy. */
  policyUrl?: string;
}

/** Google Consent Mode v2 options. */
export interface ConsentModeOptions {
  /** Milliseconds Google tags wait for an update while a choice is pending. @default 500 */
  waitForUpdate?: number;
  /** `gtag('set', 'ads_data_redaction', true)`: redact ad click ids while `ad_storage` is denied. @default false */
  adsDataRedaction?: boolean;
  /** `gtag('set', 'url_passthrough', true)`: pass click ids through links while storage is denied. @default false */
  urlPassthrough?: boolean;
}

/** The configuration a site owner writes. Only `policyVersion` is required. */
export interface PortcullisConfig {
  /** Version of your privacy policy / cookie notice. Change it to ask every visitor again. */
  policyVersion: string;
  /** Link shown in the banner and the preference center. */
  privacyPolicyUrl?: string;
  /** Categories offered. `necessary` is always added and always on. @default analytics, advertising, session_replay, personalization */
  categories?: CategoryConfig[];
  /** Vendors used on the site. @default [] */
  vendors?: VendorConfig[];
  /** Force one regime for everyone, ignoring the region. */
  regime?: Regime;
  /** The visitor's region as ISO 3166-1 / 3166-2 (`DE`, `US-CA`); the loader's `data-region` also sets it. @default unknown */
  region?: string;
  /** Regime per region, merged over the default table. Keys: `US-CA`, `US`, `EU`, `*`. */
  regimes?: Record<string, Regime>;
  /** How browser signals are treated. @default { gpc: 'honor', dnt: 'honor' } */
  signals?: { gpc?: SignalPolicy; dnt?: SignalPolicy };
  /** The first-party cookie that stores the choice. */
  cookie?: {
    /** @default 'portcullis' */
    name?: string;
    /** Share the choice with subdomains, e.g. `example.com`. @default the current host */
    domain?: string;
    /** Lifetime in days, capped at 395 (13 months). @default 180 */
    maxAgeDays?: number;
  };
  /** Write Google Consent Mode v2 `default` and `update` commands. @default false */
  googleConsentMode?: boolean | ConsentModeOptions;
  /** Block unmarked tags and requests of listed vendors' hosts until allowed. @default false */
  autoBlock?: boolean;
  /** UI language. @default from `<html lang>`, then the browser */
  language?: string;
  /** Per-language text overrides: `{ en: { acceptAll: 'OK, fine' } }`. */
  translations?: Record<string, Record<string, string>>;
  /** CSS custom properties for the UI, with or without the `--portcullis-` prefix: `{ accent: '#0a58ca' }`. */
  theme?: Record<string, string>;
  /** UI options. */
  ui?: {
    /** Show a floating button that reopens the preference center. @default false */
    reopenButton?: boolean;
    /** Wording of the US opt-out link. @default 'do-not-sell-or-share' */
    optOutLinkText?: 'do-not-sell-or-share' | 'your-privacy-choices';
  };
  /** Reload the page once when a category is withdrawn, so code that already ran stops. @default false */
  reloadOnWithdraw?: boolean;
}

/** Signals detected in the browser. */
export interface Signals {
  /** `navigator.globalPrivacyControl === true` */
  gpc: boolean;
  /** `navigator.doNotTrack === '1'` (or `window.doNotTrack`) */
  dnt: boolean;
}

/** What may run now, and why. */
export interface ConsentState {
  /** The visitor made an explicit choice for the current `policyVersion`. */
  decided: boolean;
  regime: Regime;
  /** Upper-case region code, or null when unknown. */
  region: string | null;
  /** Effective permission per category id (`necessary` is always true). */
  categories: Record<string, boolean>;
  /** Effective permission per vendor id. */
  vendors: Record<string, boolean>;
  /** Signals detected in the browser. */
  signals: Signals;
  /** Signals detected and applied: they force every sale/sharing category off, whatever was stored. */
  honored: Signals;
  policyVersion: string;
  /** ISO time of the explicit choice, or null. */
  updatedAt: string | null;
  /** Random id of the explicit choice, for receipts; empty until a choice is made. */
  id: string;
}

/** Which part of the UI is showing. */
export type UiView = 'banner' | 'preferences' | null;

/** Payload of each event, by name. */
export interface PortcullisEvents {
  /** Once, when the decision is made at start-up. */
  ready: ConsentState;
  /** Whenever what is allowed (or `decided`) changes. */
  change: ConsentState;
  /** When the banner or the preference center opens or closes. */
  ui: { view: UiView };
}

/** The global `window.Portcullis`, also returned by `init()`. */
export interface PortcullisApi {
  /** The package version. */
  readonly version: string;
  /** The current consent state (a copy). */
  get(): ConsentState;
  /** Whether a category or vendor id is allowed now. Unknown ids are not. */
  allowed(id: string): boolean;
  /**
   * Allow every category and vendor (signals still apply). Like every action it resolves
   * with the new state; it applies at once when the cold path is loaded (always in the ESM
   * build; in the script-tag build once the banner or preference center has loaded, or
   * after one small request otherwise).
   */
  acceptAll(): Promise<ConsentState>;
  /** Deny everything but `necessary`. */
  rejectAll(): Promise<ConsentState>;
  /** Record a choice per category or vendor id; unlisted ids keep their current value. */
  update(choices: Record<string, boolean>): Promise<ConsentState>;
  /** Open the preference center (loads the UI on first use). */
  openPreferences(): void;
  /** Close the banner or the preference center. */
  close(): void;
  /** Forget the choice and ask again. */
  reset(): Promise<ConsentState>;
  /** Listen to an event; returns the function that stops listening. `ready` calls late listeners at once. */
  on<K extends keyof PortcullisEvents>(event: K, fn: (detail: PortcullisEvents[K]) => void): () => void;
}

declare global {
  interface Window {
    Portcullis?: PortcullisApi;
    portcullisConfig?: PortcullisConfig;
  }
}

/** What `init()` returns: the API plus its teardown. */
export interface PortcullisInstance extends PortcullisApi {
  /** Stop watching the page, close the UI and detach the API. */
  destroy(): void;
}
