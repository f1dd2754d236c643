import { catalogById, toVendor } from '../catalog';
import { BUILTIN_CATEGORIES } from '../core/resolve';
import type { PortcullisConfig } from '../types';
import { withVendors } from './vendors';

/** A starting point for a new draft. */
export interface Template {
  id: string;
  name: string;
  description: string;
  build(): PortcullisConfig;
}

/** This month as a policy version (`2026-01`). */
const thisMonth = () => new Date().toISOString().slice(0, 7);

const base = (): PortcullisConfig => ({
  policyVersion: thisMonth(),
  categories: BUILTIN_CATEGORIES.map((id) => ({ id })),
  vendors: [],
});

const withCatalog = (config: PortcullisConfig, ids: string[]): PortcullisConfig =>
  withVendors(config, ids.map((id) => toVendor(catalogById(id)!))).config;

const EU_PUBLISHER = ['google-analytics', 'google-ads', 'taboola', 'youtube'];
const US_SHOP = ['google-analytics', 'meta-pixel', 'tiktok-pixel', 'klaviyo', 'hotjar'];

/** The templates offered on the start panel. */
export const TEMPLATES: readonly Template[] = [
  {
    id: 'empty',
    name: 'Empty',
    description: 'The built-in categories, no vendors.',
    build: base,
  },
  {
    id: 'eu-publisher',
    name: 'EU publisher',
    description: 'News site: analytics, ads, recommendations, video; Consent Mode.',
    build: () => ({
      ...withCatalog(base(), EU_PUBLISHER),
      privacyPolicyUrl: '/privacy',
      googleConsentMode: true,
      ui: { reopenButton: true },
    }),
  },
  {
    id: 'us-shop',
    name: 'US e-commerce',
    description: 'Shop: analytics, ad pixels, email, session replay; GPC honored.',
    build: () => ({
      ...withCatalog(base(), US_SHOP),
      privacyPolicyUrl: '/privacy',
      googleConsentMode: true,
      signals: { gpc: 'honor', dnt: 'honor' },
      ui: { optOutLinkText: 'your-privacy-choices' },
    }),
  },
  {
    id: 'both',
    name: 'EU and US',
    description: 'Both sets of vendors; each region gets its own regime.',
    build: () => ({
      ...withCatalog(base(), [...EU_PUBLISHER, ...US_SHOP]),
      privacyPolicyUrl: '/privacy',
      googleConsentMode: true,
      ui: { reopenButton: true },
    }),
  },
];

/** The template with this id (the empty one when unknown). */
export const template = (id: string): PortcullisConfig => (TEMPLATES.find((t) => t.id == id) || TEMPLATES[0]).build();
