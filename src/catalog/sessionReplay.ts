import type { CatalogEntry } from './types';

/** Session recording, heat maps and experience analytics that replay what a visitor did. */
export const sessionReplay: readonly CatalogEntry[] = [
  {
    id: 'contentsquare',
    name: 'Contentsquare',
    category: 'session_replay',
    purpose: 'Experience analytics: session replay, zoning heat maps and journey analysis.',
    hosts: ['*.contentsquare.net'],
    cookies: [
      {
        name: '_cs_id',
        purpose: 'Technical visitor data: id, visit count, timestamps.',
        duration: '13 months',
      },
      {
        name: '_cs_s',
        purpose: 'Session data: pages viewed and replay state.',
        duration: '30 minutes',
      },
      { name: '_cs_c', purpose: "Visitor's choice about unmasked replays.", duration: '13 months' },
      {
        name: '_cs_s_ctx',
        purpose: 'Session context (Product Analytics).',
        duration: '30 minutes',
      },
      {
        name: '_cs_i',
        purpose: 'Encrypted user identity (Product Analytics).',
        duration: '3 days',
      },
      { name: '_cs_cvars', purpose: 'Custom variables of the session.', duration: 'session' },
    ],
    policyUrl: 'https://contentsquare.com/privacy-center/privacy-policy/',
    source: 'https://docs.contentsquare.com/en/web/cookies/',
  },
  {
    id: 'fullstory',
    name: 'FullStory',
    category: 'session_replay',
    purpose: 'Records sessions for replay, heat maps and funnel analysis.',
    hosts: ['*.fullstory.com'],
    cookies: [
      {
        name: 'fs_uid',
        purpose: 'Identifies the device and its current session.',
        duration: '1 year',
      },
      {
        name: 'fs_lua',
        purpose: "Time of the visitor's last action, to end idle sessions.",
        duration: '30 minutes',
      },
      {
        name: 'fs_cid',
        purpose: "Visitor's consent state for FullStory capture.",
        duration: '1 year',
      },
    ],
    policyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
    source:
      'https://help.fullstory.com/hc/en-us/articles/360020829513-Why-Fullstory-uses-First-Party-Cookies',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    category: 'session_replay',
    purpose: 'Session recordings, heat maps, on-site surveys and feedback widgets.',
    hosts: ['*.hotjar.com', '*.hotjar.io'],
    cookies: [
      { name: '_hjSessionUser_*', purpose: 'Hotjar user id for the site.', duration: '365 days' },
      { name: '_hjSession_*', purpose: 'Data of the current session.', duration: '30 minutes' },
      {
        name: '_hjIncludedInSessionSample_*',
        purpose: 'Whether the visit is in the recorded sample.',
        duration: '30 minutes',
      },
      {
        name: '_hjAbsoluteSessionInProgress',
        purpose: 'Detects the first page view of a session.',
        duration: '30 minutes',
      },
      {
        name: '_hjFirstSeen',
        purpose: "Marks a new visitor's first session.",
        duration: '30 minutes',
      },
      {
        name: '_hjTLDTest',
        purpose: 'Finds the most generic cookie domain; removed after the check.',
        duration: 'session',
      },
      {
        name: '_hjClosedSurveyInvites',
        purpose: 'Keeps a closed survey invitation from reappearing.',
        duration: '365 days',
      },
      {
        name: '_hjDonePolls',
        purpose: 'Keeps a completed survey from reappearing.',
        duration: '365 days',
      },
      {
        name: '_hjMinimizedPolls',
        purpose: 'Keeps a minimised survey minimised.',
        duration: '365 days',
      },
      {
        name: '_hjShownFeedbackMessage',
        purpose: 'Keeps the feedback widget minimised once closed.',
        duration: '365 days',
      },
      { name: '_hjid', purpose: 'Hotjar user id (older tracking code).', duration: '365 days' },
      {
        name: '_hj*',
        purpose: 'Other Hotjar state (sampling, session limits, cached attributes).',
      },
    ],
    storage: ['_hj*', 'hjActiveViewportIds'],
    policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    source:
      'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP',
  },
  {
    id: 'logrocket',
    name: 'LogRocket',
    category: 'session_replay',
    purpose: 'Session replay with console logs, network requests and errors for debugging.',
    hosts: ['*.lrkt-in.com', '*.logr-i.com'],
    cookies: [],
    policyUrl: 'https://logrocket.com/privacy',
    source: 'https://docs.logrocket.com/docs/proxying-traffic-through-your-own-domain',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    category: 'session_replay',
    purpose: 'Free session recordings, heat maps and rage-click insights.',
    hosts: ['*.clarity.ms'],
    cookies: [
      {
        name: '_clck',
        purpose: 'Clarity user id and preferences on this site.',
        duration: '1 year',
      },
      { name: '_clsk', purpose: 'Joins page views into one session recording.', duration: '1 day' },
      {
        name: 'CLID',
        purpose: 'First time Clarity saw the user across Clarity sites.',
        duration: '1 year',
        domain: 'www.clarity.ms',
      },
      {
        name: 'ANONCHK',
        purpose: 'Whether MUID is passed on to ANID (always 0 for Clarity).',
        duration: '10 minutes',
        domain: '.c.clarity.ms',
      },
      {
        name: 'MR',
        purpose: 'Whether to refresh MUID.',
        duration: '7 days',
        domain: '.c.clarity.ms',
      },
      {
        name: 'MUID',
        purpose: 'Microsoft user id across Microsoft sites.',
        duration: '1 year',
        domain: '.clarity.ms',
      },
      {
        name: 'SM',
        purpose: 'Synchronises MUID across Microsoft domains.',
        duration: 'session',
        domain: '.c.clarity.ms',
      },
    ],
    policyUrl: 'https://privacy.microsoft.com/privacystatement',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    id: 'mouseflow',
    name: 'Mouseflow',
    category: 'session_replay',
    purpose: 'Session replay, heat maps, funnels and form analytics.',
    hosts: ['*.mouseflow.com'],
    cookies: [
      {
        name: 'mf_user',
        purpose: 'Tells a returning visitor from a new one.',
        duration: '90 days',
      },
      {
        name: 'mf_*',
        purpose: 'Identifies the current session on the site (one cookie per website id).',
        duration: 'session',
      },
    ],
    policyUrl: 'https://mouseflow.com/legal/company/privacy-policy/',
    source: 'https://help.mouseflow.com/en/articles/4282966-what-is-your-cookie-policy',
  },
  {
    id: 'quantum-metric',
    name: 'Quantum Metric',
    category: 'session_replay',
    purpose: 'Digital analytics with session replay and friction detection.',
    // Quantum Metric publishes no public cookie or storage list, so the entry gives only the
    // vendor's own domain, which its tag and collection requests use.
    hosts: ['*.quantummetric.com'],
    cookies: [],
    policyUrl: 'https://www.quantummetric.com/legal/privacy-policy',
    source: 'https://www.quantummetric.com/legal/privacy-policy',
  },
  {
    id: 'smartlook',
    name: 'Smartlook',
    category: 'session_replay',
    purpose: 'Session recordings, heat maps and event funnels.',
    hosts: ['*.smartlook.com', '*.smartlook.cloud'],
    cookies: [
      {
        name: 'SL_C_23361dd035530_SID',
        purpose: 'Project key with the session and visitor ids of the recording.',
        duration: '13 months',
      },
      {
        name: 'SL_C_23361dd035530_DOMAIN',
        purpose: 'Finds the base domain, to share sessions with subdomains; removed at once.',
        duration: 'removed at once',
      },
    ],
    storage: ['SL_L_23361dd035530_SID', 'SMARTLOOK_LS_QUEUED_CHUNKS'],
    policyUrl: 'https://www.smartlook.com/privacy/',
    source: 'https://help.smartlook.com/docs/cookies-smartlook',
  },
];
