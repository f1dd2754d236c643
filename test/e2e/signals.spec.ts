import { expect, ran, storedChoice, test } from './harness';

const body = `
  <script type="text/plain" data-consent="analytics">window.__ran.push('analytics')</script>
  <script type="text/plain" data-consent="advertising">window.__ran.push('advertising')</script>
  <script type="text/plain" data-consent="meta">window.__ran.push('meta')</script>`;
const config = (extra: object = {}) => ({
  policyVersion: '1',
  regime: 'opt-out',
  vendors: [{ id: 'meta', name: 'Meta Pixel', category: 'advertising' }],
  ...extra,
});

test.describe('GPC and DNT', () => {
  test('without a signal, opt-out allows everything', async ({ site }) => {
    const page = await site.open({ config: config(), body });
    await expect.poll(() => ran(page)).toEqual(['analytics', 'advertising', 'meta']);
  });

  test('GPC turns off sale/sharing categories and their vendors, and says it was honored', async ({ site }) => {
    await site.signals({ gpc: true });
    const page = await site.open({ config: config(), body });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    await page.waitForTimeout(150);
    expect(await ran(page)).toEqual(['analytics']);
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ signals: { gpc: true, dnt: false }, honored: { gpc: true, dnt: false } });
  });

  test('GPC wins over a stored accept and over acceptAll (CCPA §7025(c)(3))', async ({ site }) => {
    await site.signals({ gpc: true });
    await site.setCookie(storedChoice(['analytics', 'advertising'], config(), 'meta'));
    const page = await site.open({ config: config(), body });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await page.waitForTimeout(150);
    expect(await ran(page)).toEqual(['analytics']);
    expect(await page.evaluate(() => window.Portcullis!.allowed('advertising'))).toBe(false);
  });

  test('DNT is honored the same way', async ({ site }) => {
    await site.signals({ dnt: true });
    const page = await site.open({ config: config(), body });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    expect(await page.evaluate(() => window.Portcullis!.get().honored)).toEqual({ gpc: false, dnt: true });
  });

  test('signals set to ignore are detected but not applied', async ({ site }) => {
    await site.signals({ gpc: true, dnt: true });
    const page = await site.open({ config: config({ signals: { gpc: 'ignore', dnt: 'ignore' } }), body });
    await expect.poll(() => ran(page)).toEqual(['analytics', 'advertising', 'meta']);
    expect(await page.evaluate(() => window.Portcullis!.get())).toMatchObject({ signals: { gpc: true, dnt: true }, honored: { gpc: false, dnt: false } });
  });

  test('in opt-in, GPC keeps advertising off even after Accept all', async ({ site }) => {
    await site.signals({ gpc: true });
    const page = await site.open({ config: config({ regime: 'opt-in' }), body });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['analytics']);
  });
});

test.describe('regions', () => {
  test('data-region picks the regime from the default table', async ({ site }) => {
    test.skip(site.variant == 'esm', 'data-region is an attribute of the script tag');
    const page = await site.open({ config: { policyVersion: '1' }, loaderAttrs: 'data-region="US-CA"', body });
    expect(await page.evaluate(() => [window.Portcullis!.get().regime, window.Portcullis!.get().region])).toEqual(['opt-out', 'US-CA']);
    await expect.poll(() => ran(page)).toEqual(['analytics', 'advertising']);
  });

  test('config.region and a custom table work; unknown regions get opt-in', async ({ site }) => {
    const page = await site.open({ config: { policyVersion: '1', region: 'BR', regimes: { BR: 'notice' } }, body });
    expect(await page.evaluate(() => window.Portcullis!.get().regime)).toBe('notice');
    const other = await site.newTab();
    await site.open({ config: { policyVersion: '1', region: 'JP' }, path: '/jp' }, other);
    expect(await other.evaluate(() => window.Portcullis!.get().regime)).toBe('opt-in');
  });
});
