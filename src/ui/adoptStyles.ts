const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds styles to a shadow root as a constructable stylesheet, one shared instance per text:
 * no `<style>` or style attribute, so `style-src 'self'` is enough. Where constructable
 * stylesheets are missing, the script-tag build links `portcullis-ui.css` from beside it
 * (which holds every UI style) and the ESM build adds a `<style>` with the nonce.
 */
export function adoptStyles(root: ShadowRoot, css: string, base: string, nonce: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) sheets.set(css, (sheet = new CSSStyleSheet())), sheet.replaceSync(css);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    if (!__IIFE__) root.append(Object.assign(document.createElement('style'), { textContent: css, nonce }));
    else if (base) root.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: base + 'portcullis-ui.css' }));
  }
}
