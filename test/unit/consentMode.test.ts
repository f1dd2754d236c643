import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../../src/core/decide';
import type { StoredChoice } from '../../src/core/storage';
import { consentDefault, consentTypes, consentUpdate } from '../../src/integrations/consentMode';
import { pushConsentEvent } from '../../src/integrations/dataLayer';
import { NOW, resolved } from './helpers';

const w = window as unknown as { dataLayer?: unknown[] };
const none = { gpc: false, dnt: false };
const accepted: StoredChoice = { policyVersion: 'v1', at: NOW, id: 'abcdefgh', fp: '', categories: ['analytics', 'advertising', 'personalization'], vendors: {} };
const isArgs = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
const commands = () => (w.dataLayer || []).filter(isArgs).map((x) => Array.from(x as ArrayLike<unknown>));

afterEach(() => {
  delete w.dataLayer;
});

describe('consentTypes', () => {
  it('maps categories to the Consent Mode v2 types', () => {
    const s = decide(resolved({ regime: 'opt-in' }), accepted, none, NOW);
    expect(consentTypes(s)).toEqual({
      ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
      analytics_storage: 'granted', personalization_storage: 'granted',
      functionality_storage: 'granted', security_storage: 'granted',
    });
  });
  it('denies all but necessary storage without a choice in opt-in, and for no state at all', () => {
    const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', personalization_storage: 'denied', functionality_storage: 'granted', security_storage: 'granted' };
    expect(consentTypes(decide(resolved({ regime: 'opt-in' }), null, none, NOW))).toEqual(denied);
    expect(consentTypes(null)).toEqual(denied);
  });
  it('denies ads under GPC in opt-out', () => {
    const t = consentTypes(decide(resolved({ regime: 'opt-out' }), null, { gpc: true, dnt: false }, NOW));
    expect(t).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', analytics_storage: 'granted' });
  });
});

describe('consentDefault / consentUpdate', () => {
  it('push gtag commands as arguments objects, creating the dataLayer and keeping what is there', () => {
    w.dataLayer = ['existing'];
    consentDefault(consentTypes(null), { waitForUpdate: 500 });
    consentUpdate(decide(resolved({ regime: 'opt-in' }), accepted, none, NOW));
    expect(w.dataLayer[0]).toBe('existing');
    expect(commands()).toEqual([
      ['consent', 'default', { ...consentTypes(null), wait_for_update: 500 }],
      ['consent', 'update', expect.objectContaining({ analytics_storage: 'granted' })],
    ]);
    delete w.dataLayer;
    consentDefault(consentTypes(null), {});
    expect(commands()).toEqual([['consent', 'default', consentTypes(null)]]);
  });
  it('set ads_data_redaction and url_passthrough after default, only when exactly true', () => {
    consentDefault(consentTypes(null), { waitForUpdate: 0, adsDataRedaction: true, urlPassthrough: true });
    expect(commands()).toEqual([['consent', 'default', consentTypes(null)], ['set', 'ads_data_redaction', true], ['set', 'url_passthrough', true]]);
    delete w.dataLayer;
    consentDefault(consentTypes(null), { adsDataRedaction: 'yes' as never });
    expect(commands()).toHaveLength(1);
  });
});

describe('pushConsentEvent', () => {
  it('pushes a portcullis_consent event only when the page has a dataLayer', () => {
    const s = decide(resolved({ regime: 'opt-in' }), accepted, none, NOW);
    pushConsentEvent(s);
    expect(w.dataLayer).toBeUndefined();
    w.dataLayer = [];
    pushConsentEvent(s);
    expect(w.dataLayer).toEqual([{ event: 'portcullis_consent', portcullis: s }]);
  });
});
