import type { CatalogEntry } from './types';

/**
 * A/B testing, content personalisation, in-app messaging, and embedded video and audio
 * players that remember or track the visitor.
 */
export const personalization: readonly CatalogEntry[] = [
  {
    id: 'ab-tasty',
    name: 'AB Tasty',
    category: 'personalization',
    purpose: 'A/B tests and personalised variations of pages.',
    hosts: ['*.abtasty.com'],
    cookies: [
      {
        name: 'ABTasty',
        purpose: 'Visitor id and the tests and variations the visitor sees.',
        duration: '13 months',
      },
      { name: 'ABTastySession', purpose: 'Current session of the visitor.', duration: 'session' },
    ],
    policyUrl: 'https://www.abtasty.com/privacy-policy/',
    source: 'https://docs.abtasty.com/client-side/data-and-privacy/cookies',
  },
  {
    id: 'adobe-target',
    name: 'Adobe Target',
    category: 'personalization',
    purpose: 'A/B tests and personalised offers with the at.js library.',
    hosts: ['*.tt.omtrdc.net'],
    cookies: [
      {
        name: 'mbox',
        purpose: 'Visitor ids, session id and test state.',
        duration: '2 years from the last visit',
      },
      { name: 'at_check', purpose: 'Temporary check that cookies can be written.' },
      {
        name: 'mboxEdgeCluster',
        purpose: 'Edge cluster to use, when the edge server is overridden.',
      },
    ],
    policyUrl: 'https://www.adobe.com/privacy/policy.html',
    source:
      'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/target https://experienceleague.adobe.com/docs/core-services/interface/administration/ec-cookies/cookies-target.html',
  },
  {
    id: 'braze',
    name: 'Braze',
    category: 'personalization',
    purpose: 'Customer engagement: in-browser messages, content cards and web push.',
    hosts: ['js.appboycdn.com', '*.braze.com', '*.braze.eu'],
    cookies: [
      {
        name: 'ab.storage.userId.*',
        purpose: 'Links events to the logged-in user.',
        duration: '400 days, renewed each session',
      },
      {
        name: 'ab.storage.sessionId.*',
        purpose: 'Tells new from ongoing sessions.',
        duration: '400 days, renewed each session',
      },
      {
        name: 'ab.storage.deviceId.*',
        purpose: 'Identifies anonymous users and their devices.',
        duration: '400 days, renewed each session',
      },
      {
        name: 'ab.optOut',
        purpose: "Remembers the visitor's opt-out once the SDK is disabled.",
        duration: '400 days, renewed each session',
      },
      {
        name: 'ab._gd',
        purpose: 'Finds the root cookie domain; deleted at once.',
        duration: 'removed at once',
      },
    ],
    policyUrl: 'https://www.braze.com/company/legal/privacy',
    source: 'https://www.braze.com/docs/developer_guide/platforms/web/cookies_and_storage',
  },
  {
    id: 'kameleoon',
    name: 'Kameleoon',
    category: 'personalization',
    purpose: 'A/B tests, feature flags and personalisation.',
    hosts: ['*.kameleoon.eu', '*.kameleoon.io'],
    cookies: [
      { name: 'kameleoonVisitorCode', purpose: 'Kameleoon visitor id.', duration: '380 days' },
    ],
    policyUrl: 'https://www.kameleoon.com/en/privacy-policy',
    source: 'https://www.rubydoc.info/gems/kameleoon-client-ruby/3.17.0/Kameleoon/Network/Cookie',
  },
  {
    id: 'optimizely',
    name: 'Optimizely Web Experimentation',
    category: 'personalization',
    purpose: 'A/B and multivariate tests and personalised experiences.',
    hosts: ['cdn.optimizely.com', 'logx.optimizely.com'],
    cookies: [
      {
        name: 'optimizelyEndUserId',
        purpose: 'Optimizely visitor id.',
        duration: '6 months by default, configurable (at least 90 days)',
      },
      { name: 'optimizelyRedirectData', purpose: 'Carries test data across a redirect.' },
      { name: 'optimizelyDomainTestCookie', purpose: 'Finds the top-level cookie domain.' },
      { name: 'optimizelyOptOut', purpose: 'Opts the visitor out of all experiments.' },
    ],
    storage: ['optimizely_data*'],
    policyUrl: 'https://www.optimizely.com/legal/privacy-notice/',
    source:
      'https://support.optimizely.com/hc/en-us/articles/4410284260365-Cookies-and-localStorage-in-snippets https://docs.developers.optimizely.com/web-experimentation/docs/cookie-expiration https://docs.developers.optimizely.com/performance-edge/docs/disable-optimizely-opt-out',
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud Widget',
    category: 'personalization',
    purpose: 'Embedded SoundCloud audio player.',
    hosts: ['w.soundcloud.com'],
    cookies: [],
    policyUrl: 'https://soundcloud.com/pages/privacy',
    source: 'https://developers.soundcloud.com/docs/api/html5-widget',
  },
  {
    id: 'twitch',
    name: 'Twitch Embed',
    category: 'personalization',
    purpose: 'Embedded Twitch live streams, videos and chat.',
    hosts: ['player.twitch.tv', 'embed.twitch.tv'],
    cookies: [],
    policyUrl: 'https://www.twitch.tv/p/legal/privacy-notice/',
    source: 'https://dev.twitch.tv/docs/embed/',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    category: 'personalization',
    purpose: 'Embedded Vimeo video player.',
    hosts: ['player.vimeo.com', '*.vimeocdn.com'],
    cookies: [
      {
        name: 'vuid',
        purpose: "Viewer id for the video owner's analytics.",
        duration: '2 years',
        domain: '.vimeo.com',
      },
      {
        name: 'player',
        purpose: 'Player preferences: volume, quality, captions.',
        duration: '1 year',
        domain: '.vimeo.com',
      },
      {
        name: 'flags',
        purpose: 'Features the video owner enabled.',
        duration: '1 year',
        domain: '.vimeo.com',
      },
    ],
    policyUrl: 'https://vimeo.com/privacy',
    source: 'https://help.vimeo.com/hc/en-us/articles/26080940921361',
  },
  {
    id: 'vwo',
    name: 'VWO',
    category: 'personalization',
    purpose: 'A/B tests, personalisation and (optionally) heat maps and recordings.',
    hosts: ['*.visualwebsiteoptimizer.com'],
    cookies: [
      { name: '_vwo_uuid_v2', purpose: 'VWO visitor id.', duration: '1 year' },
      { name: '_vwo_uuid', purpose: 'VWO visitor id (older code).' },
      { name: '_vis_opt_s', purpose: "Counts the visitor's sessions." },
      {
        name: '_vis_opt_test_cookie',
        purpose: 'Checks that cookies can be set.',
        duration: 'session',
      },
      { name: '_vis_opt_exp_*', purpose: 'Variation shown and goals reached per test.' },
      { name: '_vwo_*', purpose: 'Other VWO visitor and session state.' },
    ],
    // The SmartCode caches the account's settings in localStorage under _vwo_<account id>_*.
    storage: ['_vwo_*'],
    policyUrl: 'https://vwo.com/privacy-policy/',
    source: 'https://help.vwo.com/hc/en-us/articles/360034059833-Cookies-Used-by-VWO',
  },
  {
    id: 'wistia',
    name: 'Wistia',
    category: 'personalization',
    purpose: 'Embedded Wistia video player with viewer analytics.',
    hosts: ['fast.wistia.com', 'fast.wistia.net', '*.wistia.com', '*.wistia.net'],
    cookies: [],
    policyUrl: 'https://wistia.com/privacy',
    source: 'https://docs.wistia.com/docs/embed-options',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    category: 'personalization',
    purpose: 'Embedded YouTube player; youtube-nocookie.com is the privacy-enhanced mode.',
    hosts: ['*.youtube.com', '*.youtube-nocookie.com', '*.ytimg.com', '*.googlevideo.com'],
    cookies: [
      {
        name: 'YSC',
        purpose: 'Checks that requests in a session come from the viewer, not another site.',
        duration: 'session',
        domain: '.youtube.com',
      },
      {
        name: 'VISITOR_INFO1_LIVE',
        purpose: 'Remembers YouTube preferences and helps find and fix service problems.',
        duration: '6 months',
        domain: '.youtube.com',
      },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    source:
      'https://policies.google.com/technologies/cookies https://developers.google.com/youtube/player_parameters',
  },
];
