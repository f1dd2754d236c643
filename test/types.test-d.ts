/**
 * Type tests for the public API: compiled by `tsc -p test/tsconfig.json` (part of
 * `npm test`). Each `@ts-expect-error` must stay an error, or the build fails.
 */
import { init, validate, type ConsentState, type PortcullisApi, type PortcullisConfig } from '../src/index';

const config: PortcullisConfig = {
  policyVersion: '2026-01',
  regime: 'opt-in',
  categories: [{ id: 'analytics', saleOrSharing: false }],
  vendors: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', cookies: ['_ga', { name: '_ga_*', duration: '2 years' }] }],
  googleConsentMode: { waitForUpdate: 500 },
  signals: { gpc: 'honor', dnt: 'ignore' },
  ui: { optOutLinkText: 'your-privacy-choices' },
};

// @ts-expect-error policyVersion is required
const missing: PortcullisConfig = { regime: 'opt-in' };
// @ts-expect-error regime is one of three words
const badRegime: PortcullisConfig = { policyVersion: '1', regime: 'gdpr' };
// @ts-expect-error signal policy is honor or ignore
const badSignal: PortcullisConfig = { policyVersion: '1', signals: { gpc: true } };
// @ts-expect-error a vendor needs a name and a category
const badVendor: PortcullisConfig = { policyVersion: '1', vendors: [{ id: 'x' }] };

const p: PortcullisApi = init(config);
const s: ConsentState = p.get();
const allowed: boolean = p.allowed('analytics');
const off: () => void = p.on('change', (state) => state.categories.analytics);
p.on('ui', (d) => d.view === 'banner' || d.view === 'preferences' || d.view === null);
// @ts-expect-error unknown event names are rejected
p.on('changed', () => {});
// @ts-expect-error the ui event carries a view, not a state
p.on('ui', (d) => d.categories);
// @ts-expect-error update takes booleans by id
p.update({ analytics: 'yes' });
// @ts-expect-error the state is not writable through get() types for regime values
const r: ConsentState['regime'] = 'gdpr';
const errors: string[] = validate({}).errors;
init(config).destroy();
// @ts-expect-error window.Portcullis may be missing (the loader may not have run)
window.Portcullis.acceptAll();

export { missing, badRegime, badSignal, badVendor, s, allowed, off, r, errors };
