/**
 * English, built into the UI chunk; every other language is a separate file with the same
 * keys. Override any string per language with `config.translations[lang][key]`; custom
 * categories take `cat_<id>` and `desc_<id>`. `{name}`-style slots are filled in at render.
 * The CCPA phrases ("Do Not Sell or Share My Personal Information", "Your Privacy Choices",
 * "Opt-Out Request Honored") are the wording of 11 CCR §§7013, 7015 and 7025(c)(6).
 */
const en = {
  title: 'Cookies on this site',
  text: 'We use cookies to measure how the site is used, show relevant ads and personalize content. They stay off unless you allow them, and you can change your mind at any time.',
  policy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  optOutTitle: 'Your privacy',
  optOutText: 'We and our partners use cookies to measure traffic and show ads. Under US state privacy laws this may count as selling or sharing your personal information. You can opt out at any time.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  choices: 'Your Privacy Choices',
  manageChoices: 'Manage choices',
  dismiss: 'Dismiss',
  honored: 'Opt-Out Request Honored',
  honoredText: 'Your browser sent a {signal} signal, so we do not sell or share your personal information.',
  honoredHelp: 'To allow it again, turn off {signal} in your browser settings.',
  gpc: 'Global Privacy Control',
  dnt: 'Do Not Track',
  noticeText: 'This site uses cookies to work and to measure how it is used.',
  prefsTitle: 'Privacy preferences',
  prefsText: 'Choose which cookies and similar technologies we may use. Strictly necessary ones are always on. You can change your mind at any time.',
  saleText: 'Turn this on to stop the sale or sharing of your personal information for cross-context advertising. It turns off: {list}.',
  close: 'Close',
  save: 'Save choices',
  alwaysOn: 'Always on',
  vendors: 'Vendors and cookies ({n})',
  cookie: 'Cookie',
  purpose: 'Purpose',
  duration: 'Duration',
  domain: 'Domain',
  saved: 'Preferences saved',
  settings: 'Cookie settings',
  blocked: 'This content needs your consent for: {name}. It may set cookies once loaded.',
  allow: 'Allow {name}',
  cat_necessary: 'Strictly necessary',
  desc_necessary: 'Needed for the site to work and to remember your privacy choices.',
  cat_analytics: 'Analytics',
  desc_analytics: 'Measure how the site is used, so we can improve it.',
  cat_advertising: 'Advertising',
  desc_advertising: 'Show and measure ads on this site and elsewhere, and share data with advertising partners.',
  cat_session_replay: 'Session replay',
  desc_session_replay: 'Record how you move and click on pages, to find and fix problems.',
  cat_personalization: 'Personalization',
  desc_personalization: 'Tailor content to you and enable content embedded from other services.',
};

/** Every UI string, by key. */
export type Strings = Record<keyof typeof en, string>;

/** What a language file provides: every string but the signals' proper names. */
export type Translation = Omit<Strings, 'gpc' | 'dnt'>;

export default en as Strings;
