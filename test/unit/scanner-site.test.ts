import { describe, expect, it } from 'vitest';
import { crawlable, isFirstParty, siteOf } from '../../src/scanner/site';

describe('sites', () => {
  it.each([
    ['www.shop.example', 'shop.example'],
    ['a.b.shop.example', 'shop.example'],
    ['shop.co.uk', 'shop.co.uk'],
    ['www.shop.com.au', 'shop.com.au'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['WWW.Shop.Example.', 'shop.example'],
  ])('%s belongs to %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('tells first from third party, cookie domains included', () => {
    expect(isFirstParty('.shop.example', 'shop.example')).toBe(true);
    expect(isFirstParty('cdn.shop.example', 'shop.example')).toBe(true);
    expect(isFirstParty('shop.example.evil.test', 'shop.example')).toBe(false);
    expect(isFirstParty('www.google-analytics.com', 'shop.example')).toBe(false);
  });

  it('crawls same-site pages only, without fragments or downloads', () => {
    expect(crawlable('https://www.shop.example/a#top', 'shop.example')).toBe(
      'https://www.shop.example/a',
    );
    expect(crawlable('https://other.example/', 'shop.example')).toBeNull();
    expect(crawlable('mailto:hi@shop.example', 'shop.example')).toBeNull();
    expect(crawlable('https://shop.example/files/price.PDF', 'shop.example')).toBeNull();
  });
});
