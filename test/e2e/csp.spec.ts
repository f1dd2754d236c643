import { expect, ran, storedChoice, test } from './harness';

test.describe('strict Content-Security-Policy', () => {
  test('activated scripts carry the loader\'s nonce and run; nothing violates the policy', async ({ site }) => {
    const config = { policyVersion: '1', regime: 'opt-in' };
    await site.setCookie(storedChoice(['analytics'], config));
    const body = `
      <script nonce="{{nonce}}">window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.blockedURI + ' ' + e.violatedDirective));</script>
      <script type="text/plain" data-consent="analytics" src="https://tracker.test/ga.js?name=external"></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline')</script>`;
    const page = await site.open({ config, csp: true, body });
    await expect.poll(() => ran(page)).toEqual(['external', 'inline']);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  test('an unmarked inline script without the nonce is still blocked (the policy is really on)', async ({ site }) => {
    const body = `<script nonce="{{nonce}}">window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));</script>
      <script>window.__ran.push('no-nonce')</script>`;
    const page = await site.open({ config: { policyVersion: '1' }, csp: true, body });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBeGreaterThan(0);
    expect(await ran(page)).toEqual([]);
  });

  test('the UI chunk loads with the nonce on a first visit', async ({ site }) => {
    const page = await site.open({ config: { policyVersion: '1', regime: 'opt-in' }, csp: true });
    await expect.poll(() => page.evaluate(() => !!(window as unknown as { PortcullisUI?: unknown }).PortcullisUI)).toBe(true);
  });
});
