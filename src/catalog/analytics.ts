import type { CatalogEntry } from './types';

/** Audience measurement, product analytics and performance monitoring. */
export const analytics: readonly CatalogEntry[] = [
  {
    id: 'adobe-analytics',
    name: 'Adobe Analytics',
    category: 'analytics',
    purpose: 'Measures visits, page views and conversions for Adobe Experience Cloud reports.',
    hosts: ['*.sc.omtrdc.net', '*.2o7.net', '*.demdex.net'],
    cookies: [
      { name: 's_cc', purpose: 'Checks whether the browser accepts cookies.', duration: 'session' },
      {
        name: 's_sq',
        purpose: 'Remembers the link clicked on the previous page (Activity Map).',
        duration: 'session',
      },
      {
        name: 's_vi',
        purpose: 'Visitor id and timestamp; first-party, or on omtrdc.net / 2o7.net.',
        duration: '2 years',
      },
      {
        name: 's_fid',
        purpose: 'Fallback visitor id when s_vi cannot be set.',
        duration: '2 years',
      },
      {
        name: 's_ecid',
        purpose: 'First-party copy of the Experience Cloud ID.',
        duration: '2 years',
      },
      { name: 'AMCV_*', purpose: 'Experience Cloud ID of the visitor.', duration: '2 years' },
    ],
    policyUrl: 'https://www.adobe.com/privacy/policy.html',
    source:
      'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/experience-cloud https://experienceleague.adobe.com/en/docs/id-service/using/reference/csp',
  },
  {
    id: 'amplitude',
    name: 'Amplitude',
    category: 'analytics',
    purpose:
      'Product analytics: records events and user properties to build funnels and retention charts.',
    hosts: ['*.amplitude.com'],
    cookies: [
      {
        name: 'AMP_*',
        purpose: 'Device id, user id and session state; named after the project API key.',
      },
      {
        name: 'AMP_MKTG_*',
        purpose: 'Campaign and referrer attribution, named after the project API key.',
      },
      {
        name: 'AMP_TEST_*',
        purpose: 'Checks that cookies can be written; removed after the check.',
        duration: 'removed at once',
      },
      {
        name: 'AMP_TLDTEST_*',
        purpose: 'Finds the cookie domain to use; removed after the check.',
        duration: 'removed at once',
      },
    ],
    policyUrl: 'https://amplitude.com/privacy',
    // The legacy JavaScript SDK uses the same AMP_ prefix
    // (https://amplitude.com/docs/sdks/analytics/browser/cookies-and-consent-management-javascript-sdk).
    source: 'https://amplitude.com/docs/sdks/analytics/browser/cookies-and-consent-management',
  },
  {
    id: 'datadog-rum',
    name: 'Datadog Real User Monitoring',
    category: 'analytics',
    purpose: "Measures page performance, errors and user actions in real visitors' browsers.",
    hosts: [
      'www.datadoghq-browser-agent.com',
      '*.browser-intake-datadoghq.com',
      '*.browser-intake-datadoghq.eu',
      '*.browser-intake-us3-datadoghq.com',
      '*.browser-intake-us5-datadoghq.com',
      '*.browser-intake-ap1-datadoghq.com',
    ],
    cookies: [
      {
        name: '_dd_s',
        purpose: 'Groups events of one session: session id, sampling, expiry.',
        duration: '15 minutes, extended on activity up to 4 hours',
      },
      { name: 'dd_site_test_*', purpose: 'Tests cookie support.', duration: 'removed at once' },
      { name: 'dd_cookie_test_*', purpose: 'Tests cookie support.', duration: 'removed at once' },
    ],
    policyUrl: 'https://www.datadoghq.com/legal/privacy/',
    source:
      'https://docs.datadoghq.com/real_user_monitoring/browser/troubleshooting/ https://docs.datadoghq.com/integrations/content_security_policy_logs/',
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics 4',
    category: 'analytics',
    purpose: 'Measures visits, traffic sources and on-site events (gtag.js).',
    // gtag.js itself loads from www.googletagmanager.com, which is listed under
    // `google-tag-manager` only, so allowing the tag container does not allow Analytics. With
    // Google signals on, GA4 also calls *.g.doubleclick.net, listed under `google-ads`.
    hosts: ['*.google-analytics.com', '*.analytics.google.com'],
    cookies: [
      { name: '_ga', purpose: 'Distinguishes visitors.', duration: '2 years' },
      {
        name: '_ga_*',
        purpose: 'Keeps the session state of one GA4 property.',
        duration: '2 years',
      },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    source:
      'https://support.google.com/analytics/answer/11397207 https://developers.google.com/tag-platform/security/guides/csp',
  },
  {
    id: 'heap',
    name: 'Heap',
    category: 'analytics',
    purpose: 'Product analytics that captures clicks, page views and form changes automatically.',
    hosts: ['*.heapanalytics.com', '*.heap-api.com'],
    cookies: [
      {
        name: '_hp2_id.*',
        purpose: 'User id and identity (heap.js v4).',
        duration: '13 months less 1 day',
      },
      {
        name: '_hp2_ses_props.*',
        purpose: 'Session timestamp and cookie domain (heap.js v4).',
        duration: '30 minutes',
      },
      {
        name: '_hp2_props.*',
        purpose: 'Event properties set through the API (heap.js v4).',
        duration: '13 months less 1 day',
      },
      {
        name: '_hp2_hld.*',
        purpose: 'Finds the highest domain a cookie can be set on.',
        duration: 'removed at once',
      },
      {
        name: '_hp5_meta.*',
        purpose: 'User and session state (heap.js v5).',
        duration: '13 months less 1 day',
      },
      {
        name: '_hp5_event_props.*',
        purpose: 'Event properties set through the API (heap.js v5).',
        duration: '13 months less 1 day',
      },
      {
        name: '_hp5_let.*',
        purpose: 'Time of the last event (heap.js v5.2.7 and later).',
        duration: '13 months less 1 day',
      },
      {
        name: 'userty.core.p.*',
        purpose: 'User properties of Session Replay (accounts with replay only).',
        duration: '2 years',
      },
      {
        name: 'userty.core.s.*',
        purpose: 'Session properties of Session Replay (accounts with replay only).',
        duration: 'session',
      },
      // Session Replay also sets the _cs_id, _cs_s and _cs_c cookies, listed under
      // `contentsquare`, which provides it
      // (https://help.heap.io/session-replay/session-replay-overview/what-cookies-does-session-replay-set/).
    ],
    policyUrl: 'https://www.heap.io/privacy',
    source:
      'https://help.heap.io/hc/en-us/articles/37271939081617-What-cookies-does-Heap-set-and-what-are-they-used-for',
  },
  {
    id: 'hubspot-analytics',
    name: 'HubSpot Analytics',
    category: 'analytics',
    purpose: 'HubSpot tracking code: records visits and sessions and links them to CRM contacts.',
    hosts: ['*.hs-scripts.com', '*.hs-analytics.net', 'track.hubspot.com'],
    cookies: [
      {
        name: '__hstc',
        purpose: 'Main visitor tracking cookie: domain, first, last and current visit times.',
        duration: '6 months',
      },
      {
        name: 'hubspotutk',
        purpose: 'Visitor identity, used to de-duplicate contacts on form submission.',
        duration: '6 months',
      },
      {
        name: '__hssc',
        purpose: 'Counts page views in the current session.',
        duration: '30 minutes',
      },
      {
        name: '__hssrc',
        purpose: 'Detects a browser restart to start a new session.',
        duration: 'session',
      },
    ],
    policyUrl: 'https://legal.hubspot.com/privacy-policy',
    source:
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
  },
  {
    id: 'matomo-cloud',
    name: 'Matomo Cloud',
    category: 'analytics',
    purpose: 'Web analytics hosted by Matomo: visits, referrers, goals and events.',
    hosts: ['*.matomo.cloud'],
    cookies: [
      { name: '_pk_id.*', purpose: 'Visitor id and first-visit time.', duration: '13 months' },
      { name: '_pk_ses.*', purpose: 'Marks the current visit.', duration: '30 minutes' },
      {
        name: '_pk_ref.*',
        purpose: 'Referrer that first brought the visitor.',
        duration: '6 months',
      },
      { name: '_pk_cvar.*', purpose: 'Custom variables of the visit.', duration: '30 minutes' },
      {
        name: '_pk_hsr.*',
        purpose: 'Heatmap and session recording state.',
        duration: '30 minutes',
      },
      { name: '_pk_testcookie.*', purpose: 'Checks cookie support.', duration: 'removed at once' },
    ],
    policyUrl: 'https://matomo.org/privacy-policy/',
    source: 'https://matomo.org/faq/general/faq_146/',
  },
  {
    id: 'mixpanel',
    name: 'Mixpanel',
    category: 'analytics',
    purpose: 'Product analytics: tracks events and user profiles for funnels and cohorts.',
    hosts: ['cdn.mxpnl.com', '*.mixpanel.com'],
    cookies: [
      {
        name: 'mp_*_mixpanel',
        purpose: 'Distinct id, super properties and session state of the project.',
      },
    ],
    storage: ['mp_*_mixpanel'],
    policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
    source: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
  },
  {
    id: 'new-relic',
    name: 'New Relic Browser',
    category: 'analytics',
    purpose: 'Monitors page load times, JavaScript errors and AJAX calls of real visitors.',
    hosts: ['js-agent.newrelic.com', '*.nr-data.net'],
    cookies: [
      {
        name: 'NREUM',
        purpose: 'Navigation start time, in browsers without the Navigation Timing API.',
        duration: 'session',
      },
      {
        name: 'NRAGENT',
        purpose: 'Token linking browser and server traces (agent v443 or lower).',
        duration: 'session',
      },
    ],
    policyUrl: 'https://newrelic.com/termsandconditions/privacy',
    source:
      'https://docs.newrelic.com/docs/browser/new-relic-browser/page-load-timing-resources/new-relic-cookies-used-browser/ https://docs.newrelic.com/docs/browser/new-relic-browser/getting-started/compatibility-requirements-browser-monitoring/',
  },
  {
    id: 'plausible',
    name: 'Plausible Analytics',
    category: 'analytics',
    purpose: 'Privacy-oriented page view and goal counting without cookies.',
    hosts: ['plausible.io'],
    cookies: [],
    policyUrl: 'https://plausible.io/privacy',
    source: 'https://plausible.io/data-policy',
  },
  {
    id: 'posthog',
    name: 'PostHog',
    category: 'analytics',
    purpose: 'Product analytics with events, feature flags and optional session replay.',
    hosts: ['*.posthog.com'],
    cookies: [
      {
        name: 'ph_*_posthog',
        purpose: 'User id, session and device ids, feature flags and super properties.',
        duration: '365 days',
      },
    ],
    storage: ['ph_*_posthog'],
    policyUrl: 'https://posthog.com/privacy',
    source:
      'https://posthog.com/docs/libraries/js/persistence https://posthog.com/docs/advanced/content-security-policy',
  },
  {
    id: 'segment',
    name: 'Segment',
    category: 'analytics',
    purpose: 'Customer data platform: collects events once and forwards them to other tools.',
    hosts: ['cdn.segment.com', 'api.segment.io'],
    cookies: [
      { name: 'ajs_anonymous_id', purpose: 'Anonymous id of the visitor.', duration: '1 year' },
      { name: 'ajs_user_id', purpose: 'Id of the identified user.', duration: '1 year' },
      {
        name: 'ajs_group_id',
        purpose: 'Id of the group (account) the user belongs to.',
        duration: '1 year',
      },
    ],
    storage: [
      'ajs_anonymous_id',
      'ajs_user_id',
      'ajs_user_traits',
      'ajs_group_id',
      'ajs_group_properties',
    ],
    policyUrl: 'https://www.twilio.com/en-us/legal/privacy',
    source:
      'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript/identity https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript/cookie-validity-update',
  },
  {
    id: 'sentry',
    name: 'Sentry',
    category: 'analytics',
    purpose: "Reports JavaScript errors and performance traces to the site's developers.",
    hosts: [
      'browser.sentry-cdn.com',
      'js.sentry-cdn.com',
      '*.ingest.sentry.io',
      '*.ingest.us.sentry.io',
      '*.ingest.de.sentry.io',
    ],
    cookies: [],
    policyUrl: 'https://sentry.io/privacy/',
    source:
      'https://docs.sentry.io/platforms/javascript/install/loader/ https://docs.sentry.io/platforms/javascript/install/cdn/ https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  },
  {
    id: 'yandex-metrica',
    name: 'Yandex Metrica',
    category: 'analytics',
    purpose: 'Web analytics with visit reports, heat maps and Session Replay (Webvisor).',
    hosts: ['mc.yandex.ru', 'mc.yandex.com'],
    cookies: [
      { name: '_ym_uid', purpose: 'Identifies the visitor.', duration: '1 year' },
      { name: '_ym_d', purpose: 'Date of the first visit.', duration: '1 year' },
      { name: '_ym_isad', purpose: 'Whether the visitor runs an ad blocker.', duration: '2 days' },
      {
        name: '_ym_visorc',
        purpose: 'Lets Session Replay work correctly.',
        duration: '30 minutes',
      },
      { name: '_ym_*', purpose: 'Other Metrica state (host index, debug and test flags).' },
    ],
    policyUrl: 'https://yandex.com/legal/confidential/',
    source: 'https://yandex.com/support/metrica/general/cookie-usage.html',
  },
];
