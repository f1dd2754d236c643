import { expect, ran, test } from './harness';

const config = { policyVersion: '1', regime: 'opt-in' };
const body = '<script type="text/plain" data-consent="analytics">window.__ran.push("analytics")</script>';

for (const transport of ['BroadcastChannel', 'storage event'] as const)
  test.describe(`cross-tab sync (${transport})`, () => {
    test.beforeEach(async ({ context }) => {
      if (transport == 'storage event') await context.addInitScript(() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel);
    });

    test('a choice made in one tab applies in the other without reload', async ({ site }) => {
      const a = await site.open({ config, body });
      const b = await site.newTab();
      await site.open({ config, body, path: '/other' }, b);
      await b.evaluate(() => {
        (window as unknown as { __changes: boolean[] }).__changes = [];
        window.Portcullis!.on('change', (s) => (window as unknown as { __changes: boolean[] }).__changes.push(s.categories.analytics));
      });
      if (transport == 'storage event') expect(await b.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
      await a.evaluate(() => window.Portcullis!.acceptAll());
      await expect.poll(() => ran(b)).toEqual(['analytics']);
      expect(await b.evaluate(() => (window as unknown as { __changes: boolean[] }).__changes)).toEqual([true]);
      await a.evaluate(() => window.Portcullis!.rejectAll());
      await expect.poll(() => b.evaluate(() => window.Portcullis!.allowed('analytics'))).toBe(false);
    });

    test('reset in one tab asks again in the other', async ({ site }) => {
      const a = await site.open({ config, body });
      await a.evaluate(() => window.Portcullis!.acceptAll());
      const b = await site.newTab();
      await site.open({ config, body, path: '/other' }, b);
      await b.evaluate(() => {
        (window as unknown as { __views: unknown[] }).__views = [];
        window.Portcullis!.on('ui', (d) => (window as unknown as { __views: unknown[] }).__views.push(d.view));
      });
      await a.evaluate(() => window.Portcullis!.reset());
      await expect.poll(() => b.evaluate(() => window.Portcullis!.get().decided)).toBe(false);
      await expect.poll(() => b.evaluate(() => (window as unknown as { __views: unknown[] }).__views)).toContain('banner');
    });
  });
