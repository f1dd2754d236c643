import css from '../../styles/portcullis.css?inline';
import { adoptStyles } from './adoptStyles';

/** What a host needs to know. */
export interface HostOptions {
  /** Directory of the loader (script-tag build), where `portcullis-ui.css` sits. */
  base: string;
  nonce: string;
  theme?: Record<string, string>;
  lang: string;
}

/**
 * Creates a host element with an open shadow root holding the styles and one element to
 * render into (Preact replaces whatever else a container holds). Theme values are set with
 * CSSOM on the host, never as a style attribute.
 */
export function createHost(tag: string, className: string, opts: HostOptions): [HTMLElement, HTMLElement] {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, css, opts.base, opts.nonce);
  for (const key in opts.theme)
    host.style.setProperty(key.startsWith('--') ? key : '--portcullis-' + key, opts.theme[key]);
  const box = document.createElement('div');
  box.className = className;
  box.lang = opts.lang;
  box.dir = /^(ar|fa|he|ur)$/.test(opts.lang) ? 'rtl' : 'ltr';
  root.append(box);
  return [host, box];
}
