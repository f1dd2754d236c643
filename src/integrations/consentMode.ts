import type { ConsentModeOptions, ConsentState } from '../types';
import { dataLayer } from './dataLayer';

type Status = 'granted' | 'denied';

// gtag.js only reads commands pushed as `arguments` objects, not arrays.
function gtag(..._: unknown[]) {
  // eslint-disable-next-line prefer-rest-params
  dataLayer(true)!.push(arguments);
}

/**
 * Google Consent Mode v2 types for a state (null: deny all but necessary). Categories map
 * as: analytics → analytics_storage; advertising → ad_storage, ad_user_data,
 * ad_personalization; personalization → personalization_storage; necessary →
 * functionality_storage, security_storage.
 * https://developers.google.com/tag-platform/security/guides/consent
 */
export function consentTypes(state: ConsentState | null): Record<string, Status> {
  const s = (id: string): Status => (state?.categories[id] ? 'granted' : 'denied');
  const ads = s('advertising');
  return {
    ad_storage: ads,
    ad_user_data: ads,
    ad_personalization: ads,
    analytics_storage: s('analytics'),
    personalization_storage: s('personalization'),
    functionality_storage: 'granted',
    security_storage: 'granted',
  };
}

/**
 * Writes `gtag('consent', 'default', …)` — Google requires it before any tag, which is
 * why the loader runs first — with `wait_for_update` when given, then the `set` options
 * (`url_passthrough` must precede `config`).
 */
export function consentDefault(types: Record<string, Status>, options: ConsentModeOptions): void {
  const wait = options.waitForUpdate;
  gtag('consent', 'default', wait ? { ...types, wait_for_update: wait } : types);
  if (options.adsDataRedaction === true) gtag('set', 'ads_data_redaction', true);
  if (options.urlPassthrough === true) gtag('set', 'url_passthrough', true);
}

/** Writes `gtag('consent', 'update', …)`: on load from a stored choice and after every change. */
export function consentUpdate(state: ConsentState): void {
  gtag('consent', 'update', consentTypes(state));
}
