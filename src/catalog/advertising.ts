import type { CatalogEntry } from './types';

/** Ad platforms, retargeting pixels and marketing automation, A to L (see `advertising2.ts`). */
export const advertising: readonly CatalogEntry[] = [
  {
    id: 'adroll',
    name: 'AdRoll',
    category: 'advertising',
    purpose: 'Retargeting and conversion measurement for AdRoll display and social campaigns.',
    hosts: ['*.adroll.com'],
    cookies: [
      { name: '__adroll_fpc', purpose: 'First-party visitor id used to match visits to ads.' },
      { name: '__ar_v4', purpose: 'Conversion and segment state of the AdRoll pixel.' },
      { name: '__adroll', purpose: 'AdRoll visitor id across sites.', domain: '.adroll.com' },
    ],
    policyUrl: 'https://www.adroll.com/about/privacy',
    source: 'https://www.adroll.com/about/privacy',
  },
  {
    id: 'amazon-ads',
    name: 'Amazon Ads',
    category: 'advertising',
    purpose: 'Amazon DSP and Amazon Ad Tag: ad serving, retargeting and conversion measurement.',
    hosts: ['*.amazon-adsystem.com'],
    cookies: [],
    policyUrl: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=468496',
    source: 'https://advertising.amazon.com/help',
  },
  {
    id: 'criteo',
    name: 'Criteo',
    category: 'advertising',
    purpose: 'Retargeting: shows visitors ads for products they viewed on the site.',
    hosts: ['*.criteo.com', '*.criteo.net'],
    cookies: [
      { name: 'cto_bundle', purpose: "Criteo identifiers kept on the site's own domain." },
    ],
    policyUrl: 'https://www.criteo.com/privacy/',
    source: 'https://www.criteo.com/privacy/',
  },
  {
    id: 'google-ads',
    name: 'Google Ads & DoubleClick',
    category: 'advertising',
    purpose:
      'Google Ads conversion tracking and remarketing, Campaign Manager / DoubleClick and AdSense ads.',
    // gtag.js loads from www.googletagmanager.com (listed under `google-tag-manager`), and some
    // conversion and remarketing requests go to www.google.com (listed under `google-recaptcha`);
    // neither is repeated here, so allowing or denying this entry never affects those vendors.
    hosts: ['www.googleadservices.com', '*.doubleclick.net', '*.googlesyndication.com'],
    cookies: [
      {
        name: '_gcl_au',
        purpose: 'Conversion linker: links conversions to ad clicks.',
        duration: '90 days',
      },
      {
        name: '_gcl_aw',
        purpose: 'Click id of a Google Ads click that led to the site.',
        duration: '90 days',
      },
      {
        name: '_gcl_dc',
        purpose: 'Click id of a Display & Video 360 / Campaign Manager click.',
        duration: '90 days',
      },
      { name: '_gcl_*', purpose: 'Other conversion-linker click data.', duration: '90 days' },
      {
        name: '_gac_*',
        purpose: 'Campaign data Google Analytics writes for linked Google Ads accounts.',
        duration: '90 days',
      },
      { name: '__gads', purpose: 'Ad serving and frequency on sites showing Google ads.' },
      { name: '__gpi', purpose: 'Ad serving and frequency on sites showing Google ads.' },
      {
        name: 'IDE',
        purpose: 'Google advertising id across sites.',
        duration: '13 months in the EEA, UK and Switzerland, 24 months elsewhere',
        domain: '.doubleclick.net',
      },
      {
        name: 'DSID',
        purpose: 'Links the signed-in Google account for ad personalisation.',
        duration: '2 weeks',
        domain: '.doubleclick.net',
      },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    source:
      'https://policies.google.com/technologies/cookies https://support.google.com/tagmanager/answer/7549390 https://support.google.com/analytics/answer/7519794 https://developers.google.com/tag-platform/security/guides/csp',
  },
  {
    id: 'index-exchange',
    name: 'Index Exchange',
    category: 'advertising',
    purpose: 'Supply-side ad exchange used in header bidding on publisher sites.',
    hosts: ['*.casalemedia.com', '*.indexww.com'],
    cookies: [
      { name: 'CMID', purpose: 'Index Exchange user id for bidding.', domain: '.casalemedia.com' },
    ],
    policyUrl: 'https://www.indexexchange.com/privacy/',
    source: 'https://www.indexexchange.com/privacy/',
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    category: 'advertising',
    purpose: 'Email and SMS marketing: tracks browsing of known subscribers for targeted messages.',
    hosts: ['*.klaviyo.com'],
    cookies: [{ name: '__kla_id', purpose: 'Links site activity to a Klaviyo profile.' }],
    policyUrl: 'https://www.klaviyo.com/legal/privacy',
    source: 'https://developers.klaviyo.com/en/docs/javascript_api',
  },
  {
    id: 'linkedin-insight',
    name: 'LinkedIn Insight Tag',
    category: 'advertising',
    purpose: 'LinkedIn Ads conversion tracking, retargeting and website demographics.',
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
    cookies: [
      {
        name: 'li_fat_id',
        purpose: 'Click id of a LinkedIn ad click, for conversion matching.',
        duration: '30 days',
      },
      {
        name: 'bcookie',
        purpose: 'LinkedIn browser id.',
        duration: '1 year',
        domain: '.linkedin.com',
      },
      {
        name: 'lidc',
        purpose: 'Data-centre routing.',
        duration: '24 hours',
        domain: '.linkedin.com',
      },
      {
        name: 'UserMatchHistory',
        purpose: 'Ad id syncing.',
        duration: '30 days',
        domain: '.linkedin.com',
      },
      {
        name: 'AnalyticsSyncHistory',
        purpose: 'Time of the last sync with the lms_analytics cookie.',
        duration: '30 days',
        domain: '.linkedin.com',
      },
      {
        name: 'li_sugr',
        purpose: 'Probabilistic browser identifier.',
        duration: '90 days',
        domain: '.linkedin.com',
      },
    ],
    policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    source:
      'https://www.linkedin.com/legal/l/cookie-table https://learn.microsoft.com/en-us/linkedin/marketing/conversions/enabling-first-party-cookies',
  },
];
