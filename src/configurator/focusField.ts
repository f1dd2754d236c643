import { ancestors, fieldId } from './paths';

/**
 * Moves focus to the field editing `path`, or to the nearest enclosing group that has one
 * (an issue about `vendors[0].storage` lands on the vendor's fieldset): opens collapsed
 * sections on the way and makes a group focusable for the moment.
 */
export function focusField(path: string, doc: Document = document): boolean {
  for (const p of ancestors(path)) {
    const el = doc.getElementById(fieldId(p));
    if (!el) continue;
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    if (!el.matches('input, select, textarea, button, a[href], [tabindex]')) el.tabIndex = -1;
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
    return true;
  }
  return false;
}
