import type { Browser, BrowserContext, Request } from 'playwright-core';
import { acceptAll, hasPortcullis } from './consent';
import { ScanError, loadError } from './errors';
import { isFirstParty, siteOf } from './site';
import type { PageRecord, PassRecord, RequestRecord } from './types';

/** What one pass over one page found, and where to go next. */
export interface PassResult {
  pass: PassRecord;
  /** The page URL after redirects. */
  url: string;
  status: number | null;
  portcullis: boolean;
  consent: PageRecord['consent'];
  /** Every link on the page, absolute. */
  links: string[];
}

/** Options of one pass. */
export interface PassOptions {
  timeout: number;
  idle: number;
  /** Give consent ("Accept all") after the page loaded, when it runs Portcullis. */
  accept: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Follows a context's network. `quiet()` resolves once nothing has started or finished for
 * `idle` ms with nothing in flight, or for `idle` + 2 s with something still in flight (a
 * long poll, a stream), or when `cap` ms have passed. Each call counts from its own start
 * too: what a page does on `load` or on consent may reach us a moment later.
 */
function watchNetwork(context: BrowserContext, seen: (r: Request) => void) {
  const inflight = new Set<Request>();
  let last = Date.now();
  context.on('request', (r) => (inflight.add(r), (last = Date.now()), seen(r)));
  const done = (r: Request) => (inflight.delete(r), (last = Date.now()));
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return async (idle: number, cap: number) => {
    last = Date.now();
    const end = Date.now() + cap;
    while (Date.now() < end) {
      const still = Date.now() - last;
      if (still >= idle + (inflight.size ? 2000 : 0)) return;
      await sleep(Math.min(50, idle || 50));
    }
  };
}

/**
 * Loads one page in a fresh browser context (no cookies, no storage: a first visit),
 * waits for the network to settle, gives consent when asked and Portcullis is there, waits
 * again, and records third-party requests, cookies, localStorage keys and frames.
 * Throws a {@link ScanError} when the page cannot be loaded.
 */
export async function recordPass(
  browser: Browser,
  url: string,
  options: PassOptions,
): Promise<PassResult> {
  const context = await browser.newContext();
  try {
    const requests: RequestRecord[] = [];
    const quiet = watchNetwork(context, (r) => {
      const u = new URL(r.url());
      if (/^(https?|wss?):$/.test(u.protocol))
        requests.push({ url: u.href, host: u.hostname.toLowerCase(), type: r.resourceType() });
    });
    const page = await context.newPage();
    let status: number | null = null;
    try {
      status =
        (await page.goto(url, { waitUntil: 'load', timeout: options.timeout }))?.status() ?? null;
    } catch (e) {
      throw new ScanError(loadError(e, url, options.timeout));
    }
    await quiet(options.idle, options.timeout);
    const portcullis = await hasPortcullis(page);
    let consent: PageRecord['consent'] = null;
    if (options.accept && portcullis) {
      consent = await acceptAll(page, options.timeout);
      await quiet(options.idle, options.timeout);
    }
    const finalUrl = page.url();
    const site = siteOf(new URL(finalUrl).hostname);
    const unique = new Map(
      requests.filter((r) => !isFirstParty(r.host, site)).map((r) => [r.url, r]),
    );
    const cookies = (await context.cookies()).map((c) => ({
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires < 0 ? -1 : Math.round(c.expires),
      thirdParty: !isFirstParty(c.domain, site),
    }));
    const storage = await page
      .evaluate(() => Object.keys(localStorage))
      .catch(() => [] as string[]);
    const iframes = page
      .frames()
      .filter((f) => f != page.mainFrame() && /^https?:/.test(f.url()))
      .map((f) => f.url());
    const links = await page
      .$$eval('a[href]', (els) => els.map((a) => (a as HTMLAnchorElement).href))
      .catch(() => [] as string[]);
    return {
      pass: { requests: [...unique.values()], cookies, storage, iframes },
      url: finalUrl,
      status,
      portcullis,
      consent,
      links,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
