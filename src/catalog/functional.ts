import type { CatalogEntry } from './types';

/**
 * Features a visitor uses directly: chat and support widgets, maps, payments, forms, bot
 * checks, push notifications and the tag container itself.
 */
export const functional: readonly CatalogEntry[] = [
  {
    id: 'cloudflare-turnstile',
    name: 'Cloudflare Turnstile',
    category: 'functional',
    purpose: 'Checks that a visitor is human without a puzzle, to protect forms.',
    hosts: ['challenges.cloudflare.com'],
    cookies: [],
    policyUrl: 'https://www.cloudflare.com/privacypolicy/',
    source: 'https://developers.cloudflare.com/turnstile/reference/content-security-policy/',
  },
  {
    id: 'crisp',
    name: 'Crisp Chat',
    category: 'functional',
    purpose: 'Live chat and help desk widget.',
    hosts: ['*.crisp.chat'],
    cookies: [
      {
        name: 'crisp-client*',
        purpose: "Keeps the visitor's chat session across pages and visits.",
      },
    ],
    policyUrl: 'https://crisp.chat/en/privacy/',
    source:
      'https://help.crisp.chat/en/article/whats-crisp-eu-gdpr-compliance-status-nhv54c/ https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies',
  },
  {
    id: 'drift',
    name: 'Drift',
    category: 'functional',
    purpose: 'Conversational marketing chat widget and chatbots.',
    hosts: ['js.driftt.com', '*.drift.com', '*.driftt.com'],
    // Drift publishes no cookie list in its developer documentation; the entry gives only the
    // hosts its install snippet and widget use.
    cookies: [],
    policyUrl: 'https://www.salesloft.com/legal/privacy-notice',
    source: 'https://devdocs.drift.com/docs/securing-drift-on-your-site-with-an-identity-jwt',
  },
  {
    id: 'google-maps',
    name: 'Google Maps',
    category: 'functional',
    purpose: 'Interactive maps (Maps JavaScript API and Maps Embed).',
    // Maps Embed iframes can also load from www.google.com/maps/embed; that host is listed under
    // `google-recaptcha` and is not repeated here.
    hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com'],
    cookies: [],
    policyUrl: 'https://policies.google.com/privacy',
    source: 'https://developers.google.com/maps/documentation/javascript/content-security-policy',
  },
  {
    id: 'google-recaptcha',
    name: 'Google reCAPTCHA',
    category: 'functional',
    purpose: 'Protects forms and logins from bots with a risk analysis of the visit.',
    // reCAPTCHA loads from www.google.com/recaptcha and www.gstatic.com/recaptcha (or
    // www.recaptcha.net). Hosts cannot carry paths, so these two shared Google hosts are listed
    // here only: other Google services that call them (Ads conversion and remarketing requests,
    // Maps embeds) follow this entry's consent when auto-blocking is on.
    hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
    cookies: [
      {
        name: '_GRECAPTCHA',
        purpose: 'Risk analysis state of reCAPTCHA.',
        duration: '6 months',
        domain: 'www.google.com',
      },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    source:
      'https://developers.google.com/recaptcha/docs/faq https://policies.google.com/technologies/cookies',
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    category: 'functional',
    purpose: "Tag container that loads the site's other tags; sets no cookies itself.",
    // Also serves gtag.js for Google Analytics and Google Ads, which is why those entries leave
    // this host out: their own data hosts stay blocked until they are allowed.
    hosts: ['www.googletagmanager.com'],
    cookies: [],
    policyUrl: 'https://policies.google.com/privacy',
    source: 'https://developers.google.com/tag-platform/security/guides/csp',
  },
  {
    id: 'hubspot-chat',
    name: 'HubSpot Chat',
    category: 'functional',
    purpose: 'HubSpot live chat and chatbot widget.',
    hosts: ['*.usemessages.com'],
    cookies: [
      {
        name: 'messagesUtk',
        purpose: 'Recognises chat visitors to keep their conversation history.',
        duration: '6 months',
      },
    ],
    policyUrl: 'https://legal.hubspot.com/privacy-policy',
    source:
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
  },
  {
    id: 'intercom',
    name: 'Intercom',
    category: 'functional',
    purpose: 'Customer messaging: chat widget, help center and product tours.',
    hosts: ['*.intercom.io', '*.intercomcdn.com', '*.intercomassets.com'],
    cookies: [
      {
        name: 'intercom-id-*',
        purpose: 'Anonymous visitor id, keeps conversations across visits.',
        duration: '9 months',
      },
      {
        name: 'intercom-session-*',
        purpose: "Keeps the visitor's conversation across pages.",
        duration: '1 week',
      },
      {
        name: 'intercom-device-id-*',
        purpose: 'Identifies each device using the Messenger, to prevent abuse.',
        duration: '9 months',
      },
    ],
    policyUrl: 'https://www.intercom.com/legal/privacy',
    source: 'https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies',
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    category: 'functional',
    purpose: 'Live chat widget for customer support and sales.',
    hosts: ['*.livechatinc.com'],
    cookies: [
      { name: '__lc_cid', purpose: 'LiveChat customer id.' },
      { name: '__lc_cst', purpose: 'LiveChat customer token.' },
    ],
    policyUrl: 'https://www.livechat.com/legal/privacy-policy/',
    source: 'https://www.livechat.com/help/cookies-used-by-livechat/',
  },
  {
    id: 'onesignal',
    name: 'OneSignal',
    category: 'functional',
    purpose: 'Web push notifications the visitor subscribes to.',
    hosts: ['*.onesignal.com'],
    cookies: [],
    policyUrl: 'https://onesignal.com/privacy_policy',
    source: 'https://documentation.onesignal.com/docs/web-push-quickstart',
  },
  {
    id: 'stripe',
    name: 'Stripe',
    category: 'functional',
    purpose: 'Payments (Stripe.js, Elements, Checkout) with fraud prevention.',
    hosts: ['js.stripe.com', '*.stripe.com', '*.stripe.network'],
    cookies: [
      {
        name: '__stripe_mid',
        purpose: 'Fraud prevention: identifies the browser.',
        duration: '1 year',
      },
      {
        name: '__stripe_sid',
        purpose: 'Fraud prevention: identifies the session.',
        duration: '30 minutes',
      },
    ],
    policyUrl: 'https://stripe.com/privacy',
    source: 'https://stripe.com/legal/cookies-policy https://docs.stripe.com/security/guide',
  },
  {
    id: 'tawk-to',
    name: 'Tawk.to',
    category: 'functional',
    purpose: 'Free live chat widget.',
    hosts: ['*.tawk.to'],
    cookies: [
      {
        name: 'TawkConnectionTime',
        purpose: 'Keeps the chat connection across pages.',
        duration: 'session',
      },
      { name: 'twk_uuid_*', purpose: 'Tawk.to visitor id for one property.' },
      { name: '__tawkuuid', purpose: 'Tawk.to visitor id (older widget).' },
    ],
    policyUrl: 'https://www.tawk.to/privacy-policy/',
    source: 'https://help.tawk.to/article/what-cookies-does-tawkto-use',
  },
  {
    id: 'typeform',
    name: 'Typeform',
    category: 'functional',
    purpose: 'Embedded forms, surveys and quizzes.',
    hosts: ['*.typeform.com'],
    cookies: [],
    policyUrl: 'https://www.typeform.com/privacy-policy/',
    source: 'https://www.typeform.com/developers/embed/',
  },
  {
    id: 'zendesk',
    name: 'Zendesk Web Widget',
    category: 'functional',
    purpose: 'Zendesk messaging, chat and help-center widget.',
    hosts: ['*.zdassets.com', '*.zendesk.com', '*.zopim.com'],
    cookies: [
      {
        name: '__zlcmid',
        purpose: 'Chat visitor id, used to authenticate the widget.',
        duration: '365 days',
      },
      {
        name: '__zlcprivacy',
        purpose: "Visitor's cookie choice made through the Chat widget's cookie-law API.",
        duration: '365 days',
      },
    ],
    policyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    source:
      'https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget',
  },
];
