import type { PortcullisConfig } from '../types';

/** JSON safe inside a `<script>` element: `<` is escaped, so no `</script>` can end it early. */
export const scriptJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent).replace(/</g, '\\u003c');

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The folder the files of `dist/` are served from, ending with `/`. @default '/portcullis/' */
export const normalizeBase = (base: string): string => {
  const b = base.trim() || '/portcullis/';
  return b.endsWith('/') ? b : b + '/';
};

/**
 * What goes first in `<head>`: the config, the auto-blocking file when `autoBlock` is on,
 * then the loader, without `async` or `defer` (see README "Embedding").
 */
export function embedSnippet(config: PortcullisConfig, base: string): string {
  const dir = attr(normalizeBase(base));
  return [
    `<script>window.portcullisConfig = ${scriptJson(config, 2)};</script>`,
    config.autoBlock ? `<script src="${dir}portcullis-autoblock.js"></script>` : '',
    `<script src="${dir}portcullis.js"></script>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The link that reopens the preference center, for the site's footer. */
export const SETTINGS_LINK = '<button type="button" data-portcullis-open>Cookie settings</button>';

/** One vendor's line of the tag checklist. */
export interface ChecklistItem {
  id: string;
  name: string;
  category: string;
  hosts: string[];
  /** Auto-blocking holds its tags added by script (it lists hosts and `autoBlock` is on). */
  autoBlocked: boolean;
  /** How one of its tags looks once marked. */
  example: string;
}

/** Which tags to mark with `data-consent`, vendor by vendor. */
export function checklist(config: PortcullisConfig): ChecklistItem[] {
  return (config.vendors || []).map((v) => {
    const hosts = Array.isArray(v.hosts) ? v.hosts.filter((h) => typeof h == 'string') : [];
    const host = hosts[0]?.replace(/^\*\./, '');
    const id = attr(String(v.id));
    return {
      id: String(v.id),
      name: String(v.name || v.id),
      category: String(v.category),
      hosts,
      autoBlocked: !!config.autoBlock && hosts.length > 0,
      example: host
        ? `<script type="text/plain" data-consent="${id}" src="https://${attr(host)}/…"></script>`
        : `<script type="text/plain" data-consent="${id}">…</script>`,
    };
  });
}
