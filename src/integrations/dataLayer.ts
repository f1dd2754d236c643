import type { ConsentState } from '../types';

type DataLayer = unknown[];

/** The page's `dataLayer`, created when `create` is set; null when absent. */
export function dataLayer(create = false): DataLayer | null {
  const w = window as unknown as { dataLayer?: DataLayer };
  if (create && !Array.isArray(w.dataLayer)) w.dataLayer = [];
  return Array.isArray(w.dataLayer) ? w.dataLayer : null;
}

/**
 * Pushes `{ event: 'portcullis_consent', portcullis: state }` so tag managers can trigger
 * on the decision at start-up and on every change (e.g. a GTM Custom Event trigger), and
 * read `portcullis.categories.analytics` and the like. Only when the page has a dataLayer
 * (GTM, gtag or Consent Mode). The state must be a copy the page may keep.
 */
export function pushConsentEvent(state: ConsentState): void {
  dataLayer()?.push({ event: 'portcullis_consent', portcullis: state });
}
