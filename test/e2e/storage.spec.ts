import { expect, ran, storedChoice, test } from './harness';

const config = { policyVersion: '1', regime: 'opt-in' };
const gated = '<script type="text/plain" data-consent="analytics">window.__ran.push("analytics")</script>';

test.describe('stored choice', () => {
  test('is a first-party cookie: SameSite=Lax, path /, 180 days, not Secure on http, under 300 bytes', async ({ site, context }) => {
    const page = await site.open({ config });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    const c = (await context.cookies()).find((x) => x.name == 'portcullis')!;
    expect(c).toMatchObject({ domain: 'site.test', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    const days = (c.expires * 1000 - Date.now()) / 864e5;
    expect(days).toBeGreaterThan(179.9);
    expect(days).toBeLessThan(180.1);
    expect(`${c.name}=${c.value}`.length).toBeLessThanOrEqual(300);
  });

  test('is Secure on https', async ({ site, context }) => {
    const page = await site.open({ config, origin: 'https://site.test' });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    expect((await context.cookies('https://site.test')).find((x) => x.name == 'portcullis')!.secure).toBe(true);
  });

  test('honors name, domain and lifetime options, capping the lifetime at 13 months', async ({ site, context }) => {
    const page = await site.open({ config: { ...config, cookie: { name: 'consent', domain: 'site.test', maxAgeDays: 1000 } } });
    await page.evaluate(() => window.Portcullis!.acceptAll());
    const c = (await context.cookies()).find((x) => x.name == 'consent')!;
    expect(c.domain).toBe('.site.test');
    const days = (c.expires * 1000 - Date.now()) / 864e5;
    expect(days).toBeGreaterThan(394.9);
    expect(days).toBeLessThan(395.1);
    expect(site.console.some((l) => l.includes('cookie.maxAgeDays 1000 is capped at 395'))).toBe(true);
  });

  test('a new policyVersion asks again', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], { policyVersion: '1' }));
    const page = await site.open({ config: { ...config, policyVersion: '2' }, body: gated });
    expect(await page.evaluate(() => window.Portcullis!.get().decided)).toBe(false);
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual([]);
    await expect.poll(() => site.requests.some((u) => u.includes('portcullis-ui') || u.includes('/ui-'))).toBe(true);
  });

  const tampered: Array<[string, string]> = [
    ['garbage', 'x%3Cscript%3E'],
    ['JSON', encodeURIComponent('{"analytics":true}')],
    ['a future format', storedChoice(['analytics']).replace(/^1/, '9')],
    ['a forged category with markup', storedChoice(['analytics<img']).replace('%3C', '<')],
    ['a truncated value', storedChoice(['analytics']).slice(0, 20)],
    ['a huge value', 'a'.repeat(3000)],
    ['a bad consent id', storedChoice(['analytics']).replace('abcdefgh12345678', 'ABC')],
  ];
  for (const [name, value] of tampered)
    test(`a tampered cookie (${name}) counts as no choice, never as consent`, async ({ site }) => {
      await site.setCookie(value);
      const page = await site.open({ config, body: gated });
      expect(await page.evaluate(() => [window.Portcullis!.get().decided, window.Portcullis!.allowed('analytics')])).toEqual([false, false]);
      await page.waitForTimeout(150);
      expect(await ran(page)).toEqual([]);
      expect(site.errors).toEqual([]);
    });

  test('a valid stored choice is applied', async ({ site }) => {
    await site.setCookie(storedChoice(['analytics'], config));
    const page = await site.open({ config, body: gated });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
  });
});
