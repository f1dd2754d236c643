import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../../src/core/decide';
import type { StoredChoice } from '../../src/core/storage';
import { consentTypes, startConsentMode } from '../../src/integrations/consentMode';
import { pushConsentEvent } from '../../src/integrations/dataLayer';
import { NOW, resolved } from './helpers';

const w = window as unknown as { dataLayer?: unknown[] };
const opts = { waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false };
const none = { gpc: false, dnt: false };
const accepted: StoredChoice = { policyVersion: 'v1', at: NOW, id: 'abcdefgh', categories: ['analytics', 'advertising', 'personalization'], vendors: {} };
const commands = () => (w.dataLayer || []).filter((x) => !Array.isArray(x) && Object.prototype.toString.call(x) == '[object Arguments]').map((x) => Array.from(x as ArrayLike<unknown>));

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
  it('denies all but necessary storage without a choice in opt-in', () => {
    const t = consentTypes(decide(resolved({ regime: 'opt-in' }), null, none, NOW));
    expect(t).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', personalization_storage: 'denied', functionality_storage: 'granted', security_storage: 'granted' });
  });
  it('denies ads under GPC in opt-out', () => {
    const t = consentTypes(decide(resolved({ regime: 'opt-out' }), null, { gpc: true, dnt: false }, NOW));
    expect(t).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', analytics_storage: 'granted' });
  });
});

describe('startConsentMode', () => {
  it('pushes default with wait_for_update while pending, as arguments objects, creating dataLayer', () => {
    const config = resolved({ regime: 'opt-in' });
    const s = decide(config, null, none, NOW);
    startConsentMode(opts, s, s);
    expect(commands()).toEqual([['consent', 'default', { ...consentTypes(s), wait_for_update: 500 }]]);
  });
  it('pushes default without wait_for_update and then update for a stored choice', () => {
    const config = resolved({ regime: 'opt-in' });
    const baseline = decide(config, null, none, NOW);
    const s = decide(config, accepted, none, NOW);
    startConsentMode(opts, baseline, s);
    expect(commands()).toEqual([
      ['consent', 'default', consentTypes(baseline)],
      ['consent', 'update', consentTypes(s)],
    ]);
  });
  it('sets ads_data_redaction and url_passthrough when asked, after default', () => {
    const s = decide(resolved({ regime: 'opt-in' }), null, none, NOW);
    startConsentMode({ waitForUpdate: 0, adsDataRedaction: true, urlPassthrough: true }, s, s);
    expect(commands().map((c) => c.slice(0, 2))).toEqual([['consent', 'default'], ['set', 'ads_data_redaction'], ['set', 'url_passthrough']]);
    expect(commands()[0][2]).not.toHaveProperty('wait_for_update');
  });
  it('returns an updater that pushes update', () => {
    w.dataLayer = ['existing'];
    const config = resolved({ regime: 'opt-in' });
    const s = decide(config, null, none, NOW);
    const update = startConsentMode(opts, s, s);
    update(decide(config, accepted, none, NOW));
    expect(w.dataLayer[0]).toBe('existing');
    expect(commands()[1]).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted' })]);
  });
});

describe('pushConsentEvent', () => {
  it('pushes a portcullis_consent event only when the page has a dataLayer', () => {
    const s = decide(resolved({ regime: 'opt-in' }), accepted, none, NOW);
    pushConsentEvent(s);
    expect(w.dataLayer).toBeUndefined();
    w.dataLayer = [];
    pushConsentEvent(s);
    expect(w.dataLayer).toEqual([{ event: 'portcullis_consent', portcullis: { decided: true, regime: 'opt-in', categories: s.categories, vendors: {}, honored: none } }]);
  });
});
