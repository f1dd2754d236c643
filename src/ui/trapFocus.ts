const FOCUSABLE = 'a[href],button:not([disabled]),summary,[tabindex="0"]';

/**
 * Keydown handler that wraps Tab and Shift+Tab inside a modal (ARIA APG dialog pattern).
 * A native modal `<dialog>` makes the page inert, but Chromium lets Tab leave it for the
 * browser's own UI; this keeps focus cycling within the dialog.
 */
export function trapFocus(e: KeyboardEvent): void {
  if (e.key != 'Tab') return;
  const box = e.currentTarget as HTMLElement;
  const items = Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length);
  const active = (box.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
  const edge = e.shiftKey ? items[0] : items[items.length - 1];
  // Shift+Tab from the focused title (not in the list) wraps to the end too.
  if (active == edge || (e.shiftKey && !items.includes(active!))) {
    e.preventDefault();
    (e.shiftKey ? items[items.length - 1] : items[0])?.focus();
  }
}
