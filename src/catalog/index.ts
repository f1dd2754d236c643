/**
 * The tracker catalog (`portcullis/catalog`): ready-made vendor entries for widely used
 * trackers, for the configurator and for ESM users building a site config. Not part of
 * the script-tag loader.
 *
 * ```ts
 * import { catalogById, toVendor } from 'portcullis/catalog';
 * const vendors = ['google-analytics', 'hotjar'].map((id) => toVendor(catalogById(id)!));
 * ```
 */
import type { VendorConfig } from '../types';
import { advertising } from './advertising';
import { advertising2 } from './advertising2';
import { analytics } from './analytics';
import { functional } from './functional';
import { personalization } from './personalization';
import { sessionReplay } from './sessionReplay';
import type { CatalogEntry } from './types';

export type { CatalogCategory, CatalogEntry } from './types';

/** Every catalog entry, sorted by name. */
export const catalog: readonly CatalogEntry[] = [
  ...analytics,
  ...advertising,
  ...advertising2,
  ...sessionReplay,
  ...personalization,
  ...functional,
].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

const byId = new Map(catalog.map((entry) => [entry.id, entry]));

/** The entry with this id, or undefined. */
export function catalogById(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

/**
 * Entries whose name, id or one of whose hosts contains `query`, ignoring case. Ranked:
 * names starting with the query first, then names with a word starting with it or ids
 * starting with it, then any other match; ties keep catalog (name) order. A blank query
 * returns every entry.
 */
export function searchCatalog(query: string): CatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return catalog.slice();
  const ranked: Array<[number, CatalogEntry]> = [];
  for (const entry of catalog) {
    const rank = rankOf(entry, q);
    if (rank >= 0) ranked.push([rank, entry]);
  }
  // Array.prototype.sort is stable, so equal ranks stay in name order.
  return ranked.sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}

function rankOf(entry: CatalogEntry, q: string): number {
  const name = entry.name.toLowerCase();
  if (name.startsWith(q)) return 0;
  if (name.split(/[^a-z0-9]+/).some((word) => word.startsWith(q)) || entry.id.startsWith(q))
    return 1;
  if (name.includes(q) || entry.id.includes(q) || entry.hosts.some((host) => host.includes(q)))
    return 2;
  return -1;
}

/** The entry as a `VendorConfig` for a site config: a shallow copy without the catalog-only `source`. */
export function toVendor(entry: CatalogEntry): VendorConfig {
  const { source: _source, ...vendor } = entry;
  return vendor;
}
