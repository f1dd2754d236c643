import Cookies from 'js-cookie';
import type { ResolvedConfig } from '../core/resolve';
import type { ConsentState } from '../types';

/** A cookie or storage-key glob (`_ga_*`, `_hj*`) as a whole-name pattern. */
export const glob = (pattern: string): RegExp =>
  new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');

/**
 * The domains a cookie visible on `host` may have been set on: host-only, the host, and
 * each parent domain. Browsers refuse public suffixes, so trying one is harmless and no
 * suffix list is needed to stop at the registrable domain.
 */
export function cookieDomains(host: string): Array<string | undefined> {
  const labels = host.split('.');
  const out: Array<string | undefined> = [undefined];
  if (labels.length > 1 && !/^[\d.]+$|:/.test(host)) for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** The paths a cookie visible on `pathname` may have been set on: it and each parent. */
export function cookiePaths(pathname: string): string[] {
  const out = ['/'];
  let p = '';
  for (const part of pathname.split('/').slice(1, -1)) out.push((p += '/' + part));
  if (pathname != '/' && !pathname.endsWith('/')) out.push(pathname);
  return out;
}

/**
 * Deletes what withdrawn vendors declared: their cookies (names and globs) on every domain
 * and path they may have been set on, and their localStorage keys. A vendor is withdrawn
 * when it was allowed in `prev` and is not in `next`. Code that already ran keeps running
 * until the page reloads (see `reloadOnWithdraw`); a vendor may also set its cookies again
 * from its own domain, which no page can clear.
 */
export function cleanup(config: ResolvedConfig, prev: ConsentState, next: ConsentState): void {
  const gone = config.vendors.filter((v) => prev.vendors[v.id] && !next.vendors[v.id]);
  const cookies = gone.flatMap((v) => (v.cookies || []).map((c) => glob(typeof c == 'string' ? c : c.name)));
  const keys = gone.flatMap((v) => (v.storage || []).map(glob));
  // Nothing declared to clear (every "accept", most choices): no cookie parse, and no first
  // localStorage access, which loads the whole storage area synchronously inside the click.
  if (!cookies.length && !keys.length) return;
  for (const name of Object.keys(Cookies.get()))
    if (name != config.cookie.name && cookies.some((r) => r.test(name)))
      for (const domain of cookieDomains(location.hostname))
        for (const path of cookiePaths(location.pathname)) Cookies.remove(name, { domain, path });
  try {
    for (let i = localStorage.length; i--; ) {
      const key = localStorage.key(i)!;
      if (keys.some((r) => r.test(key))) localStorage.removeItem(key);
    }
  } catch {
    // storage blocked: nothing there to clear
  }
}
