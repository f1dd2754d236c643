import type { Browser } from 'playwright-core';
import type { ScanOptions } from './args';
import { ScanError } from './errors';
import { recordPass } from './record';
import { crawlable, siteOf } from './site';
import type { PageRecord, PassRecord, Phase } from './types';

/** Progress callbacks: a pass starts; a page is done. */
export interface CrawlEvents {
  pass?(n: number, url: string, phase: Phase): void;
  page?(n: number, page: PageRecord): void;
}

const EMPTY: PassRecord = { requests: [], cookies: [], storage: [], iframes: [] };

/**
 * Scans up to `options.pages` pages, breadth-first from `options.url` along same-site
 * links. Each page is loaded twice, each time as a first visit: once without consent and,
 * when it runs Portcullis, once more with "Accept all". The start page must load (else a
 * {@link ScanError}); a later page that fails is recorded with its error and skipped.
 */
export async function crawl(
  browser: Browser,
  options: Pick<ScanOptions, 'url' | 'pages' | 'timeout' | 'idle'>,
  events: CrawlEvents = {},
): Promise<PageRecord[]> {
  const { timeout, idle } = options;
  const queue = [options.url];
  const queued = new Set(queue);
  const scanned = new Set<string>();
  const pages: PageRecord[] = [];
  let site = '';
  while (queue.length && pages.length < options.pages) {
    const url = queue.shift()!;
    const n = pages.length + 1;
    events.pass?.(n, url, 'before');
    let first;
    try {
      first = await recordPass(browser, url, { timeout, idle, accept: false });
    } catch (e) {
      if (!pages.length || !(e instanceof ScanError)) throw e;
      const failed: PageRecord = {
        url,
        status: null,
        error: e.message,
        portcullis: false,
        consent: null,
        before: EMPTY,
        after: null,
      };
      pages.push(failed);
      events.page?.(n, failed);
      continue;
    }
    // Two links may redirect to the same page.
    if (scanned.has(first.url)) continue;
    scanned.add(first.url);
    if (!pages.length) {
      if (first.status != null && first.status >= 400)
        throw new ScanError(`${url} answered HTTP ${first.status}; nothing to scan`);
      site = siteOf(new URL(first.url).hostname);
    }
    const page: PageRecord = {
      url: first.url,
      status: first.status,
      portcullis: first.portcullis,
      consent: null,
      before: first.pass,
      after: null,
    };
    if (first.portcullis) {
      events.pass?.(n, first.url, 'after');
      try {
        const second = await recordPass(browser, first.url, { timeout, idle, accept: true });
        page.after = second.pass;
        page.consent = second.consent;
      } catch (e) {
        if (!(e instanceof ScanError)) throw e;
        page.error = `after consent: ${e.message}`;
      }
    }
    pages.push(page);
    events.page?.(n, page);
    for (const link of first.links) {
      const next = crawlable(link, site);
      if (next && !queued.has(next) && !scanned.has(next)) {
        queued.add(next);
        queue.push(next);
      }
    }
  }
  return pages;
}
