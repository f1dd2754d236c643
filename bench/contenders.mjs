/**
 * The contenders, each embedded the way its documentation recommends for a script-tag
 * site, with the same four categories, the same texts where the tool takes texts, and the
 * same gated stand-in tags in the tool's own convention:
 *
 * - baseline: no consent tool; the tags are ordinary scripts;
 * - Portcullis: `dist/portcullis.js` first in `<head>`, an inline `window.portcullisConfig`,
 *   `data-consent` tags;
 * - vanilla-cookieconsent 3: its CSS in `<head>`, its UMD imported by a module script at the
 *   end of `<body>` that calls `CookieConsent.run()` (with `hideFromBots: false`, or it
 *   would show nothing to an automated browser), `data-category` tags;
 * - Klaro: an inline `klaroConfig`, `klaro.js` with `defer`, `data-name` tags.
 */

/** @typedef {'analytics' | 'advertising' | 'session_replay' | 'personalization'} Category */
/** @typedef {{ name: string, category: Category, work: number }} Tag a stand-in tag */
/**
 * @typedef {object} Contender
 * @property {string} id
 * @property {string} label
 * @property {(pathname: string) => boolean} owns whether a requested path is the tool's own file
 * @property {(tags: Tag[], opts: { autoBlock?: boolean | 'manual' }) => { head: string, bodyEnd: string }} embed
 * @property {string} [banner] JS expression (in the page) for the banner element, or null
 * @property {string} [accept] JS expression for the "Accept all" button on the banner
 * @property {string} [reject] JS expression for the "Reject all" button on the banner
 * @property {string} [cookie] name of the cookie that stores the choice
 */

export const CATEGORIES = /** @type {Category[]} */ (['analytics', 'advertising', 'session_replay', 'personalization']);

const TEXT = {
  title: 'Cookies on this site',
  text: 'We use cookies to measure how the site is used, show relevant ads and personalize content. They stay off unless you allow them, and you can change your mind at any time.',
  accept: 'Accept all',
  reject: 'Reject all',
  manage: 'Manage preferences',
  labels: { analytics: 'Analytics', advertising: 'Advertising', session_replay: 'Session replay', personalization: 'Personalization' },
  descriptions: {
    analytics: 'Measure how the site is used, so we can improve it.',
    advertising: 'Show and measure ads on this site and elsewhere, and share data with advertising partners.',
    session_replay: 'Record how you move and click on pages, to find and fix problems.',
    personalization: 'Tailor content to you and enable content embedded from other services.',
  },
};

const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c');
const src = (tag) => `/tags/${tag.name}.js?work=${tag.work}`;

/** @type {Contender} */
const baseline = {
  id: 'baseline',
  label: 'no tool',
  owns: () => false,
  embed: (tags) => ({ head: tags.map((t) => `<script async src="${src(t)}"></script>`).join('\n'), bodyEnd: '' }),
};

/** A vendor of the auto-blocking scenario, on a host the page never uses. */
export const BLOCKED_VENDOR = { id: 'hotjar', name: 'Hotjar', category: 'session_replay', hosts: ['*.hotjar.com'], cookies: ['_hj*'] };

/** @type {Contender} */
const portcullis = {
  id: 'portcullis',
  label: 'Portcullis',
  owns: (p) => p.startsWith('/dist/'),
  embed(tags, { autoBlock } = {}) {
    const config = {
      policyVersion: '1',
      regime: 'opt-in',
      privacyPolicyUrl: '/privacy',
      categories: CATEGORIES.map((id) => ({ id })),
      // 'manual': the file is there, but the page starts and stops auto-blocking itself.
      ...(autoBlock ? { autoBlock: autoBlock !== 'manual', vendors: [BLOCKED_VENDOR] } : {}),
    };
    return {
      head:
        `<script>window.portcullisConfig = ${json(config)};</script>\n` +
        (autoBlock ? '<script src="/dist/portcullis-autoblock.js"></script>\n' : '') +
        '<script src="/dist/portcullis.js"></script>\n' +
        tags.map((t) => `<script type="text/plain" data-consent="${t.category}" src="${src(t)}"></script>`).join('\n'),
      bodyEnd: '',
    };
  },
  banner: `document.querySelector('portcullis-ui')?.shadowRoot?.querySelector('.banner')`,
  accept: `[...(document.querySelector('portcullis-ui')?.shadowRoot?.querySelectorAll('.banner button') || [])].find((b) => b.textContent == 'Accept all')`,
  reject: `[...(document.querySelector('portcullis-ui')?.shadowRoot?.querySelectorAll('.banner button') || [])].find((b) => b.textContent == 'Reject all')`,
  cookie: 'portcullis',
};

/** @type {Contender} */
const vanilla = {
  id: 'vanilla-cookieconsent',
  label: 'vanilla-cookieconsent',
  owns: (p) => p.startsWith('/node_modules/vanilla-cookieconsent/'),
  embed(tags) {
    const config = {
      // On by default, it hides the banner from automated browsers such as this benchmark's.
      hideFromBots: false,
      categories: { necessary: { enabled: true, readOnly: true }, ...Object.fromEntries(CATEGORIES.map((c) => [c, {}])) },
      language: {
        default: 'en',
        translations: {
          en: {
            consentModal: {
              title: TEXT.title,
              description: TEXT.text,
              acceptAllBtn: TEXT.accept,
              acceptNecessaryBtn: TEXT.reject,
              showPreferencesBtn: TEXT.manage,
              footer: '<a href="/privacy">Privacy policy</a>',
            },
            preferencesModal: {
              title: 'Privacy preferences',
              acceptAllBtn: TEXT.accept,
              acceptNecessaryBtn: TEXT.reject,
              savePreferencesBtn: 'Save choices',
              closeIconLabel: 'Close',
              sections: [
                { title: 'Strictly necessary', description: 'Needed for the site to work and to remember your privacy choices.', linkedCategory: 'necessary' },
                ...CATEGORIES.map((c) => ({ title: TEXT.labels[c], description: TEXT.descriptions[c], linkedCategory: c })),
              ],
            },
          },
        },
      },
    };
    return {
      head:
        '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">\n' +
        tags.map((t) => `<script type="text/plain" data-category="${t.category}" src="${src(t)}"></script>`).join('\n'),
      bodyEnd: `<script type="module">import '/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js';\nCookieConsent.run(${json(config)});</script>`,
    };
  },
  banner: `document.querySelector('#cc-main .cm')`,
  accept: `document.querySelector('#cc-main .cm button[data-role="all"]')`,
  reject: `document.querySelector('#cc-main .cm button[data-role="necessary"]')`,
  cookie: 'cc_cookie',
};

/** Klaro's services, one per category (Klaro gates services, grouped by purpose). */
const KLARO_SERVICE = { analytics: 'stats', advertising: 'ads', session_replay: 'replay', personalization: 'personal' };

/** @type {Contender} */
const klaro = {
  id: 'klaro',
  label: 'Klaro',
  owns: (p) => p.startsWith('/node_modules/klaro/'),
  embed(tags) {
    const config = {
      version: 1,
      elementID: 'klaro',
      storageMethod: 'cookie',
      cookieName: 'klaro',
      default: false,
      mustConsent: false,
      acceptAll: true,
      hideDeclineAll: false,
      groupByPurpose: true,
      lang: 'en',
      translations: {
        zz: { privacyPolicyUrl: '/privacy' },
        en: {
          consentNotice: { description: TEXT.text },
          purposes: TEXT.labels,
          ...Object.fromEntries(CATEGORIES.map((c) => [KLARO_SERVICE[c], { description: TEXT.descriptions[c] }])),
        },
      },
      services: CATEGORIES.map((c) => ({ name: KLARO_SERVICE[c], title: TEXT.labels[c], purposes: [c] })),
    };
    return {
      head:
        `<script>var klaroConfig = ${json(config)};</script>\n` +
        '<script defer src="/node_modules/klaro/dist/klaro.js"></script>\n' +
        tags
          .map((t) => `<script type="text/plain" data-type="text/javascript" data-name="${KLARO_SERVICE[t.category]}" data-src="${src(t)}"></script>`)
          .join('\n'),
      bodyEnd: '',
    };
  },
  banner: `document.querySelector('#klaro .cookie-notice')`,
  accept: `document.querySelector('#klaro .cookie-notice .cm-btn-success')`,
  reject: `document.querySelector('#klaro .cookie-notice .cm-btn-danger')`,
  cookie: 'klaro',
};

/** Every contender, the page without a tool first. */
export const CONTENDERS = [baseline, portcullis, vanilla, klaro];
