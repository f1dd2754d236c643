import { expect, storedChoice, test } from './harness';

const config = { policyVersion: '1', regime: 'opt-in', googleConsentMode: true };
// What a Google tag sees: the page's dataLayer, with gtag commands as arrays.
const readLayer = () =>
  ((window as unknown as { dataLayer: unknown[] }).dataLayer || []).map((x) =>
    Object.prototype.toString.call(x) == '[object Arguments]' ? Array.from(x as ArrayLike<unknown>) : x,
  );
// A tag placed right after the loader snapshots the dataLayer as it finds it.
const tag = `<script>window.__seenByTag = JSON.stringify(window.dataLayer.map((x) => Object.prototype.toString.call(x) == '[object Arguments]' ? Array.from(x) : x));</script>`;

test.describe('Google Consent Mode v2', () => {
  test('default is written before any tag can run, with wait_for_update while a choice is pending', async ({ site }) => {
    test.skip(site.variant == 'esm', 'only the synchronous script tag runs before the page\'s tags');
    const page = await site.open({ config, head: tag });
    const seen = JSON.parse(await page.evaluate(() => (window as unknown as { __seenByTag: string }).__seenByTag));
    expect(seen[0]).toEqual(['consent', 'default', {
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      analytics_storage: 'denied', personalization_storage: 'denied',
      functionality_storage: 'granted', security_storage: 'granted', wait_for_update: 500,
    }]);
  });

  test('a returning visitor gets default then update from the stored choice, and no wait', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], config));
    const page = await site.open({ config });
    const layer = await page.evaluate(readLayer);
    expect(layer[0]).toEqual(['consent', 'default', expect.not.objectContaining({ wait_for_update: expect.anything() })]);
    expect(layer[1]).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })]);
    expect(layer[2]).toMatchObject({ event: 'portcullis_consent', portcullis: { decided: true, categories: { analytics: true } } });
  });

  test('every change writes update and a dataLayer event; options set redaction and passthrough', async ({ site }) => {
    const page = await site.open({ config: { ...config, googleConsentMode: { waitForUpdate: 1000, adsDataRedaction: true, urlPassthrough: true } } });
    await page.evaluate(() => window.Portcullis!.update({ advertising: true }));
    await page.evaluate(() => window.Portcullis!.update({ advertising: true })); // no change, nothing pushed
    await page.evaluate(() => window.Portcullis!.rejectAll());
    const layer = await page.evaluate(readLayer);
    const commands = layer.filter(Array.isArray).map((c) => (c as unknown[]).slice(0, 2).join(' '));
    expect(commands).toEqual(['consent default', 'set ads_data_redaction', 'set url_passthrough', 'consent update', 'consent update']);
    expect((layer[0] as unknown[])[2]).toMatchObject({ wait_for_update: 1000 });
    const updates = layer.filter((c) => Array.isArray(c) && c[1] == 'update') as unknown[][];
    expect(updates[0][2]).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'denied' });
    expect(updates[1][2]).toMatchObject({ ad_storage: 'denied' });
    const events = layer.filter((x) => !Array.isArray(x) && (x as { event?: string }).event == 'portcullis_consent');
    // One at start-up for tag managers, then one per change.
    expect(events.map((e) => (e as { portcullis: { categories: { advertising: boolean } } }).portcullis.categories.advertising)).toEqual([false, true, false]);
  });

  test('GPC in an opt-out region denies ad storage from the default on', async ({ site }) => {
    await site.signals({ gpc: true });
    const cfg = { ...config, regime: 'opt-out' };
    // A returning visitor under this config: the default is the regime's, at once.
    await site.setCookie(storedChoice(['analytics', 'advertising'], cfg));
    const page = await site.open({ config: cfg });
    const layer = await page.evaluate(readLayer);
    expect((layer[0] as unknown[])[2]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', analytics_storage: 'granted' });
    expect((layer[1] as unknown[])[2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
  });

  test('a config not validated yet gets an all-denied default at once, then the regime\'s update', async ({ site }) => {
    const page = await site.open({ config: { ...config, regime: 'opt-out' } });
    const layer = (await page.evaluate(readLayer)).filter(Array.isArray) as unknown[][];
    expect(layer.map((c) => c.slice(0, 2).join(' '))).toEqual(['consent default', 'consent update']);
    expect(layer[0][2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 });
    expect(layer[1][2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted' });
  });

  test('without googleConsentMode nothing is written, but a tag manager\'s dataLayer gets the event', async ({ site }) => {
    const page = await site.open({ config: { policyVersion: '1', regime: 'opt-in' } });
    expect(await page.evaluate(() => (window as unknown as { dataLayer?: unknown }).dataLayer)).toBeUndefined();
    await page.evaluate(() => {
      (window as unknown as { dataLayer: unknown[] }).dataLayer = [];
      window.Portcullis!.acceptAll();
    });
    expect(await page.evaluate(readLayer)).toEqual([expect.objectContaining({ event: 'portcullis_consent' })]);
  });
});
