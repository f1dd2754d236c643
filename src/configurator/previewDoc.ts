import type { PortcullisConfig, Regime } from '../types';
import { scriptJson } from './snippet';
import { darkTheme } from './themeChecks';
import { isRtl } from './translations';

/** How the preview shows the draft. */
export interface PreviewOptions {
  language: string;
  /** Force a regime, or '' to resolve it from `region` through the draft's table. */
  regime: Regime | '';
  region: string;
  scheme: 'light' | 'dark';
  width: 1280 | 768 | 375;
  /** Simulate a browser that sends Global Privacy Control. */
  gpc: boolean;
}

/** A first-time visitor from Germany (opt-in), in English, light, on a desktop. */
export const DEFAULT_PREVIEW: PreviewOptions = { language: 'en', regime: '', region: 'DE', scheme: 'light', width: 1280, gpc: false };

/** The preview's own choice cookie, so a choice made in the preview never touches a site's. */
export const PREVIEW_COOKIE = 'portcullis_preview';

/**
 * The config the preview runs: the draft in the chosen language, regime or region, with its
 * own cookie. The UI follows `prefers-color-scheme`, which a page cannot force on a frame,
 * so dark is drawn with the UI's dark defaults under the site's theme (themeChecks.ts).
 */
export function previewConfig(config: PortcullisConfig, o: PreviewOptions): PortcullisConfig {
  const { domain: _domain, ...cookie } = config.cookie || {};
  return {
    ...config,
    language: o.language,
    regime: o.regime || config.regime,
    region: o.region || undefined,
    cookie: { ...cookie, name: PREVIEW_COOKIE },
    theme: o.scheme == 'dark' ? darkTheme(config.theme) : config.theme,
  };
}

const PAGE_CSS = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f6f7f9;color:#1d2330}
header{display:flex;justify-content:space-between;align-items:center;padding:16px 24px;background:#fff;border-bottom:1px solid #dde1e6}
main{max-width:60rem;margin:0 auto;padding:24px}
.bar{height:12px;margin:10px 0;border-radius:6px;background:#dde1e6}
.hero{height:160px;border-radius:12px;background:#e4e8ee;margin-bottom:24px}
footer{max-width:60rem;margin:0 auto;padding:0 24px 200px}
footer button{font:inherit;color:#1f56c3;background:none;border:0;padding:0;text-decoration:underline;cursor:pointer}
.dark body{background:#111318;color:#e8eaee}.dark header{background:#1b1e24;border-color:#3a404a}
.dark .bar{background:#2b3039}.dark .hero{background:#252a32}.dark footer button{color:#9fc1ff}`;

/**
 * The preview frame's document: a neutral page with the real loader from `loaderUrl`.
 * A message `'portcullis-preview:open'` from the parent opens the preference center.
 */
export function previewDocument(config: PortcullisConfig, o: PreviewOptions, loaderUrl: string): string {
  const gpc = o.gpc
    ? `<script>Object.defineProperty(Navigator.prototype,'globalPrivacyControl',{get:()=>true,configurable:true});</script>`
    : '';
  const bars = [90, 75, 95, 60, 85, 70].map((w) => `<div class="bar" style="width:${w}%"></div>`).join('');
  return `<!doctype html>
<html lang="${o.language}" dir="${isRtl(o.language) ? 'rtl' : 'ltr'}" class="${o.scheme}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="${o.scheme}"><title>Preview</title><style>${PAGE_CSS}</style>
${gpc}<script>window.portcullisConfig = ${scriptJson(previewConfig(config, o))};</script>
<script src="${loaderUrl.replace(/"/g, '&quot;')}"></script>
</head>
<body><header><strong>Your site</strong><span aria-hidden="true">☰</span></header>
<main><div class="hero"></div>${bars}${bars}</main>
<footer><button type="button" data-portcullis-open>Cookie settings</button></footer>
<script>addEventListener('message',function(e){if(e.source===parent&&e.data==='portcullis-preview:open'&&window.Portcullis)Portcullis.openPreferences()});</script>
</body></html>`;
}
