/**
 * Types of the tracker catalog: ready-made vendor entries for widely used trackers, which
 * the configurator and ESM users copy into a site's `vendors` list.
 */
import type { CookieDetail, VendorConfig } from '../types';

/**
 * The category a catalog entry is filed under. The first four are Portcullis' built-in
 * categories; `functional` covers features a visitor uses directly (chat, maps, payments,
 * forms, bot checks, tag containers) and must be declared by a site that uses it.
 */
export type CatalogCategory =
  'analytics' | 'advertising' | 'session_replay' | 'personalization' | 'functional';

/** One tracker in the catalog: a complete `VendorConfig` plus where its facts come from. */
export interface CatalogEntry extends VendorConfig {
  /** Lowercase letters, digits, `_` or `-`, at most 40 characters, unique in the catalog (`google-analytics`). */
  id: string;
  /** Product name as the vendor writes it, e.g. "Google Analytics 4". */
  name: string;
  /** The category a site would usually file the vendor under. */
  category: CatalogCategory;
  /** One line on what the vendor does on a site. */
  purpose: string;
  /**
   * Hosts its scripts, pixels, frames and requests load from, lowercase, without scheme,
   * port or path. Either an exact hostname (`www.google-analytics.com`) or a leading `*.`
   * wildcard: `*.hotjar.com` matches `hotjar.com` itself and every subdomain of it at any
   * depth (`static.hotjar.com`, `vc.eu.hotjar.com`). May be empty for a tool that is only
   * ever installed from the site's own bundle.
   */
  hosts: string[];
  /**
   * Cookies it sets, by name or glob (`_ga`, `_ga_*`, `_hj*`; characters `A-Z a-z 0-9 _ . - *`),
   * each with its purpose and its documented lifetime ("2 years", "session"). `domain` is
   * given only for cookies on the vendor's own (third-party) domain, which a page cannot
   * delete. Empty when none are documented.
   */
  cookies: CookieDetail[];
  /** localStorage keys or globs it writes, where the vendor documents them. */
  storage?: string[];
  /** The vendor's privacy policy or cookie policy (https). */
  policyUrl: string;
  /**
   * The vendor's own public documentation the hosts and cookies come from, e.g. its
   * cookie-list page; several URLs are separated by a space. Catalog-only: strip it before
   * putting the entry into a site config.
   */
  source: string;
}
