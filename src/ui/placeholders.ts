import { PLACEHOLDER_SELECTOR } from '../uiContract';

/** What {@link startPlaceholders} needs from the UI. */
export interface PlaceholderOptions {
  blocked(el: Element): boolean;
  /** A new host element and the element inside its shadow root to render into. */
  create(): [host: HTMLElement, box: HTMLElement];
  draw(box: HTMLElement, el: Element): void;
  clear(box: HTMLElement): void;
}

/**
 * Covers every blocked embed with a placeholder of its own size. The host goes right before
 * the element, absolutely positioned and moved onto the element's box, and the element is
 * hidden with `visibility` so it keeps its box: nothing on the page moves (no layout shift),
 * and the placeholder follows the element's size as it changes. `refresh()` adds, redraws
 * and removes placeholders as consent changes. Returns the controls.
 */
export function startPlaceholders(doc: Document, opts: PlaceholderOptions): { refresh(): void; stop(): void } {
  const slots = new Map<HTMLElement, [host: HTMLElement, box: HTMLElement]>();
  const place = ([host]: [HTMLElement, HTMLElement], el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    const s = host.style;
    s.width = r.width + 'px';
    s.height = r.height + 'px';
    s.transform = '';
    const at = host.getBoundingClientRect();
    s.transform = `translate(${r.left - at.left}px,${r.top - at.top}px)`;
  };
  const placeAll = () => slots.forEach(place);
  const sizes = new ResizeObserver(placeAll);

  const add = (el: HTMLElement) => {
    const slot = opts.create();
    el.style.setProperty('visibility', 'hidden', 'important');
    el.before(slot[0]);
    slots.set(el, slot);
    // In place before the first paint: a box that moved or grew after painting would count as a layout shift.
    place(slot, el);
    sizes.observe(el);
  };
  const remove = ([host, box]: [HTMLElement, HTMLElement], el: HTMLElement) => {
    slots.delete(el);
    sizes.unobserve(el);
    opts.clear(box);
    host.remove();
    el.style.removeProperty('visibility');
  };
  const refresh = () => {
    // An embed that already loaded (it has its `src`) is left alone: hiding it would not stop it.
    doc.querySelectorAll<HTMLElement>(PLACEHOLDER_SELECTOR).forEach((el) => slots.has(el) || el.hasAttribute('src') || !opts.blocked(el) || add(el));
    slots.forEach((slot, el) => (el.isConnected && opts.blocked(el) ? opts.draw(slot[1], el) : remove(slot, el)));
  };
  addEventListener('resize', placeAll);
  refresh();
  return {
    refresh,
    stop() {
      sizes.disconnect();
      removeEventListener('resize', placeAll);
      slots.forEach(remove);
    },
  };
}
