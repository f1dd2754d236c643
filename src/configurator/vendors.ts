import { BUILTIN_CATEGORIES } from '../core/resolve';
import type { CategoryConfig, PortcullisConfig, VendorConfig } from '../types';

/**
 * The catalog files chat, maps, payments and bot checks under `functional`, which is not
 * built in: a site that uses such a vendor declares the category, with this text.
 */
export const FUNCTIONAL: CategoryConfig = {
  id: 'functional',
  label: 'Functional',
  description: 'Features you use directly, such as chat, maps, payments, forms and bot checks.',
};

/** The draft's categories; the built-in four when it lists none. */
export const categoriesOf = (config: PortcullisConfig): CategoryConfig[] =>
  config.categories || BUILTIN_CATEGORIES.map((id) => ({ id }));

/** Every category id a vendor may use, `necessary` first. */
export const categoryIds = (config: PortcullisConfig): string[] => [
  'necessary',
  ...categoriesOf(config)
    .map((c) => c.id)
    .filter((id) => id != 'necessary'),
];

/** The config with category `id` listed (added at the end when missing). */
export function withCategory(config: PortcullisConfig, id: string): PortcullisConfig {
  const list = categoriesOf(config);
  if (id == 'necessary' || list.some((c) => c.id == id)) return { ...config, categories: list };
  const added = id == 'functional' ? { ...FUNCTIONAL } : BUILTIN_CATEGORIES.includes(id) ? { id } : { id, label: id };
  return { ...config, categories: [...list, added] };
}

/** What adding vendors did. */
export interface Added {
  config: PortcullisConfig;
  /** Ids added. */
  added: string[];
  /** Ids skipped because the draft has them already. */
  present: string[];
}

/** Adds vendors (deep copies) whose ids the draft does not have, declaring their categories. */
export function withVendors(config: PortcullisConfig, vendors: readonly VendorConfig[]): Added {
  const out: Added = { config: { ...config, categories: categoriesOf(config) }, added: [], present: [] };
  const list = [...(config.vendors || [])];
  for (const vendor of vendors) {
    if (list.some((v) => v.id == vendor.id)) {
      out.present.push(vendor.id);
      continue;
    }
    list.push(JSON.parse(JSON.stringify(vendor)));
    out.added.push(vendor.id);
    if (vendor.category) out.config = withCategory(out.config, vendor.category);
  }
  out.config.vendors = list;
  return out;
}

/** An id from a name: lowercase letters, digits and `-`, at most 40 characters. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'vendor'
  );
}

/** `base`, or `base-2`, `base-3`…: an id no category or vendor of the draft uses. */
export function uniqueId(config: PortcullisConfig, base: string): string {
  const taken = new Set([...categoryIds(config), ...(config.vendors || []).map((v) => v.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 36)}-${n}`;
  return id;
}

/** A new custom vendor, named after a host when one is given. */
export function customVendor(config: PortcullisConfig, host?: string): VendorConfig {
  const name = host ? host.replace(/^\*\.|^www\./, '') : 'New vendor';
  return { id: uniqueId(config, slug(name)), name, category: categoryIds(config)[1] || 'necessary', hosts: host ? [host] : [] };
}
