import type { ConsentModeOptions, ConsentState } from '../types';
import { dataLayer } from './dataLayer';

type Status = 'granted' | 'denied';

/**
 * Google Consent Mode v2 types for a state. Categories map as: analytics → analytics_storage;
 * advertising → ad_storage, ad_user_data, ad_personalization; personalization →
 * personalization_storage; necessary → functionality_storage, security_storage.
 * https://developers.google.com/tag-platform/security/guides/consent
 */
export function consentTypes(state: ConsentState): Record<string, Status> {
  const s = (id: string): Status => (state.categories[id] ? 'granted' : 'denied');
  return {
    ad_storage: s('advertising'),
    ad_user_data: s('advertising'),
    ad_personalization: s('advertising'),
    analytics_storage: s('analytics'),
    personalization_storage: s('personalization'),
    functionality_storage: 'granted',
    security_storage: 'granted',
  };
}

/**
 * Writes `gtag('consent', 'default', …)` at once — the loader runs before any tag, which is
 * the order Google requires — from the regime's default for this visitor, with
 * `wait_for_update` only while a choice is pending; then `update` from a stored choice.
 * Returns the function that writes `update` after each change.
 */
export function startConsentMode(
  options: Required<ConsentModeOptions>,
  baseline: ConsentState,
  state: ConsentState,
): (state: ConsentState) => void {
  const layer = dataLayer(true)!;
  // gtag.js only reads commands pushed as `arguments` objects, not arrays.
  function gtag(..._: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  }
  const defaults: Record<string, unknown> = consentTypes(baseline);
  if (!state.decided && options.waitForUpdate) defaults.wait_for_update = options.waitForUpdate;
  gtag('consent', 'default', defaults);
  if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true);
  const update = (next: ConsentState) => gtag('consent', 'update', consentTypes(next));
  if (state.decided) update(state);
  return update;
}
