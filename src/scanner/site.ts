// Country-code second-level labels under which registrations happen one level deeper
// (`shop.co.uk`, `shop.com.au`). A heuristic instead of the whole Public Suffix List: it
// decides only what counts as first party, and a miss shows up as an unknown host.
const SECOND_LEVEL = /^(ac|co|com|edu|gob|go|gov|ltd|ne|net|or|org|plc|sch)$/;

/**
 * The site a hostname belongs to: its registrable domain (`www.shop.example` →
 * `shop.example`, `a.shop.co.uk` → `shop.co.uk`); IP addresses and single-label hosts
 * (`localhost`) are their own site.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[') || !h.includes('.')) return h;
  const labels = h.split('.');
  const n =
    labels.length > 2 &&
    labels[labels.length - 1].length == 2 &&
    SECOND_LEVEL.test(labels[labels.length - 2])
      ? 3
      : 2;
  return labels.slice(-n).join('.');
}

/** Whether a host (or a cookie domain such as `.shop.example`) belongs to `site`. */
export function isFirstParty(host: string, site: string): boolean {
  return siteOf(host.replace(/^\./, '')) == site;
}

const NOT_PAGES =
  /\.(pdf|zip|gz|dmg|exe|jpe?g|png|gif|webp|svg|ico|mp4|webm|mp3|css|js|json|xml|txt)$/i;

/**
 * A link worth crawling: http(s), on the same site, not a download. Returns the URL
 * without its fragment, or null.
 */
export function crawlable(href: string, site: string): string | null {
  try {
    const url = new URL(href);
    if (
      !/^https?:$/.test(url.protocol) ||
      !isFirstParty(url.hostname, site) ||
      NOT_PAGES.test(url.pathname)
    )
      return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
