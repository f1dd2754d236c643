import type { CatalogEntry } from './types';

/** Ad platforms, retargeting pixels and marketing automation, M to Z (see `advertising.ts`). */
export const advertising2: readonly CatalogEntry[] = [
  {
    id: 'magnite',
    name: 'Magnite (Rubicon Project)',
    category: 'advertising',
    purpose: 'Supply-side ad exchange used in header bidding on publisher sites.',
    hosts: ['*.rubiconproject.com'],
    cookies: [
      { name: 'khaos', purpose: 'Magnite user id for bidding.', domain: '.rubiconproject.com' },
    ],
    policyUrl: 'https://www.magnite.com/legal/advertising-technology-privacy-policy/',
    source: 'https://www.magnite.com/legal/advertising-technology-privacy-policy/',
  },
  {
    id: 'marketo',
    name: 'Marketo Engage (Munchkin)',
    category: 'advertising',
    purpose: 'Marketing automation: tracks page visits of leads for scoring and campaigns.',
    hosts: ['munchkin.marketo.net', '*.mktoresp.com'],
    cookies: [
      {
        name: '_mkto_trk',
        purpose: 'Munchkin visitor id linking visits to a lead.',
        duration: '2 years',
      },
    ],
    policyUrl: 'https://www.adobe.com/privacy/policy.html',
    source:
      'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/javascriptapi/web-tracking',
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel (Facebook)',
    category: 'advertising',
    purpose: 'Facebook and Instagram ads: conversion tracking, custom audiences and retargeting.',
    // The pixel script loads from connect.facebook.net and reports to www.facebook.com/tr.
    // Facebook's own embeds and social plugins use the same two hosts, so blocking this entry
    // also holds them back.
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    cookies: [
      {
        name: '_fbp',
        purpose: 'Browser id used to attribute visits and conversions.',
        duration: '90 days',
      },
      { name: '_fbc', purpose: 'Click id (fbclid) of the ad click that led to the site.' },
      { name: 'fr', purpose: 'Meta advertising id.', duration: '90 days', domain: '.facebook.com' },
    ],
    policyUrl: 'https://www.facebook.com/privacy/policy/',
    source:
      'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc https://www.facebook.com/privacy/policies/cookies/',
  },
  {
    id: 'microsoft-uet',
    name: 'Microsoft Advertising (UET)',
    category: 'advertising',
    purpose: 'Universal Event Tracking: Bing / Microsoft Ads conversions and remarketing.',
    hosts: ['bat.bing.com'],
    cookies: [
      { name: '_uetsid', purpose: 'Session id of the UET tag.', duration: '1 day' },
      { name: '_uetvid', purpose: 'Visitor id of the UET tag.', duration: '13 months' },
      {
        name: '_uetmsclkid',
        purpose: 'Microsoft Click ID (msclkid) of the ad click.',
        duration: '90 days',
      },
      { name: 'MUID', purpose: 'Microsoft user id across Microsoft sites.', domain: '.bing.com' },
    ],
    policyUrl: 'https://privacy.microsoft.com/privacystatement',
    source:
      'https://learn.microsoft.com/en-us/advertising/guides/universal-event-tracking https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table https://help.ads.microsoft.com/apex/index/3/en/53056',
  },
  {
    id: 'outbrain',
    name: 'Outbrain',
    category: 'advertising',
    purpose: 'Content recommendation widgets and the Outbrain conversion pixel.',
    hosts: ['*.outbrain.com'],
    cookies: [
      {
        name: 'obuid',
        purpose: 'Outbrain user id for recommendations and ads.',
        domain: '.outbrain.com',
      },
    ],
    policyUrl: 'https://www.outbrain.com/legal/privacy',
    source: 'https://www.outbrain.com/legal/privacy',
  },
  {
    id: 'pardot',
    name: 'Salesforce Account Engagement (Pardot)',
    category: 'advertising',
    purpose: "B2B marketing automation: tracks prospects' page views and form fills.",
    hosts: ['*.pardot.com'],
    cookies: [
      { name: 'visitor_id*', purpose: 'Visitor id per Account Engagement account (and its hash).' },
      { name: 'pi_opt_in*', purpose: "Remembers the visitor's tracking opt-in choice." },
      {
        name: 'lpv*',
        purpose: 'Avoids counting the same page view twice.',
        duration: '30 minutes',
      },
    ],
    policyUrl: 'https://www.salesforce.com/company/privacy/',
    source: 'https://help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm&type=5',
  },
  {
    id: 'pinterest-tag',
    name: 'Pinterest Tag',
    category: 'advertising',
    purpose: 'Pinterest Ads conversion tracking and audience building.',
    hosts: ['s.pinimg.com', 'ct.pinterest.com'],
    cookies: [
      {
        name: '_pin_unauth',
        purpose: 'First-party id of a visitor who is not logged in to Pinterest.',
      },
      { name: '_epik', purpose: 'Click id of a Pinterest ad click.' },
      { name: '_derived_epik', purpose: 'Ad click id derived by the tag.' },
      { name: '_pinterest_ct_ua', purpose: 'Conversion tracking id.', domain: '.ct.pinterest.com' },
    ],
    policyUrl: 'https://policy.pinterest.com/en/privacy-policy',
    source: 'https://policy.pinterest.com/en/cookies',
  },
  {
    id: 'pubmatic',
    name: 'PubMatic',
    category: 'advertising',
    purpose: 'Supply-side ad platform used in header bidding on publisher sites.',
    hosts: ['*.pubmatic.com'],
    cookies: [
      { name: 'KADUSERCOOKIE', purpose: 'PubMatic user id for bidding.', domain: '.pubmatic.com' },
    ],
    policyUrl: 'https://pubmatic.com/legal/privacy-policy/',
    source: 'https://pubmatic.com/legal/privacy-policy/',
  },
  {
    id: 'quantcast',
    name: 'Quantcast',
    category: 'advertising',
    purpose: 'Audience measurement and advertising (Quantcast Measure and Advertise tags).',
    hosts: ['*.quantserve.com', '*.quantcount.com'],
    cookies: [
      { name: '__qca', purpose: 'First-party Quantcast visitor id.', duration: '13 months' },
      {
        name: 'mc',
        purpose: 'Quantcast visitor id across sites.',
        duration: '13 months',
        domain: '.quantserve.com',
      },
    ],
    policyUrl: 'https://www.quantcast.com/privacy/',
    source: 'https://www.quantcast.com/privacy/',
  },
  {
    id: 'reddit-pixel',
    name: 'Reddit Pixel',
    category: 'advertising',
    purpose: 'Reddit Ads conversion tracking and retargeting.',
    hosts: ['www.redditstatic.com', 'alb.reddit.com'],
    cookies: [
      {
        name: '_rdt_uuid',
        purpose: 'First-party id used to match conversions to Reddit ad interactions.',
      },
    ],
    policyUrl: 'https://www.reddit.com/policies/privacy-policy',
    source: 'https://www.reddit.com/policies/cookies',
  },
  {
    id: 'snap-pixel',
    name: 'Snap Pixel',
    category: 'advertising',
    purpose: 'Snapchat Ads conversion tracking and audience building.',
    hosts: ['sc-static.net', 'tr.snapchat.com'],
    cookies: [
      { name: '_scid', purpose: 'First-party Snap Pixel visitor id.' },
      { name: '_scid_r', purpose: 'Copy of the Snap Pixel visitor id.' },
      { name: '_sctr', purpose: 'Snap Pixel session time.' },
      { name: 'sc_at', purpose: 'Snap advertising id.', domain: '.snapchat.com' },
    ],
    policyUrl: 'https://values.snap.com/privacy/privacy-policy',
    source: 'https://snap.com/en-US/cookie-policy https://www.snap.com/privacy/cookie-information',
  },
  {
    id: 'taboola',
    name: 'Taboola',
    category: 'advertising',
    purpose: 'Sponsored content recommendations and the Taboola conversion pixel.',
    hosts: ['*.taboola.com'],
    cookies: [
      { name: 't_gid', purpose: 'Taboola user id.', domain: '.taboola.com' },
      {
        name: 'taboola_session_id',
        purpose: 'Taboola session id.',
        duration: 'session',
        domain: '.trc.taboola.com',
      },
    ],
    policyUrl: 'https://www.taboola.com/policies/privacy-policy',
    source: 'https://policies.taboola.com/en/cookie-policy',
  },
  {
    id: 'the-trade-desk',
    name: 'The Trade Desk',
    category: 'advertising',
    purpose: 'Demand-side ad platform: retargeting and conversion pixels (Universal Pixel).',
    hosts: ['*.adsrvr.org'],
    cookies: [
      { name: 'TDID', purpose: 'The Trade Desk user id.', domain: '.adsrvr.org' },
      { name: 'TDCPM', purpose: 'Ids synced with partners.', domain: '.adsrvr.org' },
    ],
    policyUrl: 'https://www.thetradedesk.com/us/privacy',
    source: 'https://www.thetradedesk.com/us/privacy',
  },
  {
    id: 'tiktok-pixel',
    name: 'TikTok Pixel',
    category: 'advertising',
    purpose: 'TikTok Ads conversion tracking and audience building.',
    hosts: ['analytics.tiktok.com'],
    cookies: [
      {
        name: '_ttp',
        purpose: 'First-party visitor id used to match events to TikTok ads.',
        duration: '13 months from when it was set or last used',
      },
    ],
    policyUrl: 'https://www.tiktok.com/legal/privacy-policy',
    source:
      'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel',
  },
  {
    id: 'x-pixel',
    name: 'X (Twitter) Pixel',
    category: 'advertising',
    purpose: 'X Ads website conversion tracking and audiences.',
    hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co'],
    cookies: [
      {
        name: '_twclid',
        purpose: 'First-party copy of the X click id (twclid) of the ad click.',
      },
    ],
    policyUrl: 'https://x.com/en/privacy',
    source:
      'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites/about-conversion-tracking https://help.x.com/en/rules-and-policies/x-cookies',
  },
  {
    id: 'xandr',
    name: 'Xandr (AppNexus)',
    category: 'advertising',
    purpose: "Microsoft's ad exchange and ad server (formerly AppNexus).",
    hosts: ['*.adnxs.com'],
    cookies: [
      {
        name: 'uuid2',
        purpose: 'Xandr user id, synced with bidders and data providers.',
        domain: '.adnxs.com',
      },
    ],
    policyUrl: 'https://privacy.microsoft.com/privacystatement',
    source:
      'https://learn.microsoft.com/en-us/xandr/digital-platform-api/privacy-service https://learn.microsoft.com/en-us/xandr/bidders/synchronize-your-user-ids',
  },
];
