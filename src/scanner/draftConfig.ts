import { catalogById, toVendor } from '../catalog';
import type { CategoryConfig, PortcullisConfig } from '../types';
import { needsConsent } from './match';
import type { TrackerFinding } from './types';

/** The order categories are listed in, in the table and in the draft. */
export const CATEGORY_ORDER = [
  'analytics',
  'advertising',
  'session_replay',
  'personalization',
  'functional',
];

/** `functional` is not built in, so a draft that needs it says what it is. */
const FUNCTIONAL: CategoryConfig = {
  id: 'functional',
  label: 'Functional',
  description: 'Chat, maps, payments, forms and other features you use directly.',
};

/** A date as `yyyy-mm-dd` in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A config for the trackers found: their catalog entries as vendors, the categories they
 * use (in {@link CATEGORY_ORDER}), and today as the policy version. `autoBlock` is on when
 * a tracker that needs consent ran before it, i.e. the site has unmarked tags to catch (it
 * takes `portcullis-autoblock.js` before the loader). Unknown hosts are left for a person
 * to classify; they never enter the config.
 */
export function draftConfig(trackers: readonly TrackerFinding[], today: Date): PortcullisConfig {
  const found = trackers.map((t) => catalogById(t.id)).filter((e) => e != null);
  const used = CATEGORY_ORDER.filter((id) => found.some((e) => e.category == id));
  const config: PortcullisConfig = {
    policyVersion: isoDay(today),
    categories: used.map((id) => (id == 'functional' ? { ...FUNCTIONAL } : { id })),
    vendors: found.map(toVendor),
  };
  if (trackers.some((t) => t.before && needsConsent(t.category))) config.autoBlock = true;
  return config;
}
