/**
 * Whether a hostname matches a vendor host pattern: exact (`www.google-analytics.com`) or
 * a `*.` wildcard (`*.hotjar.com`), which matches the domain itself and every subdomain.
 * Labels are compared whole, so `evil-hotjar.com` and `hotjar.com.attacker.test` never
 * match `*.hotjar.com`. Case and a trailing dot are ignored.
 */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.toLowerCase();
  if (p.slice(0, 2) != '*.') return h == p;
  const base = p.slice(2);
  return h == base || h.slice(-base.length - 1) == '.' + base;
}
