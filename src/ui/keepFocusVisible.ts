/**
 * Keeps the page usable under the fixed banner (or the floating re-open button). While one
 * shows, the host (absolutely positioned at the end of the body, so it moves nothing: no
 * layout shift) is as tall as it, which lets the end of the page scroll clear of it; and an
 * element that receives focus under it is scrolled into the free part of the window (WCAG
 * 2.2 SC 2.4.11 Focus Not Obscured). `update()` follows it after each render.
 *
 * The height comes from a ResizeObserver, which reports after the browser's own layout:
 * measuring right after a render would force a layout of the whole page in the middle of
 * the task that draws the banner.
 */
export function keepFocusVisible(host: HTMLElement, cover: () => Element | null | undefined): { update(): void; stop(): void } {
  let watched: Element | null | undefined;
  const fit = () => (host.style.height = watched ? watched.getBoundingClientRect().height + 16 + 'px' : '');
  const sizes = new ResizeObserver(fit);
  const update = () => {
    const box = cover();
    if (box == watched) return;
    if (watched) sizes.unobserve(watched);
    if ((watched = box)) sizes.observe(box);
    else fit();
  };
  const check = (el: Element) => {
    const box = cover();
    if (!box || !el.isConnected) return;
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    // Never scroll a tall element's top out of view.
    const need = Math.min(r.bottom - b.top + 8, r.top - 8);
    if (need > 0 && r.top < b.bottom && r.left < b.right && r.right > b.left) scrollBy(0, need);
  };
  const onFocus = (e: FocusEvent) => {
    const el = e.target as Element;
    // After the browser's own scrolling into view.
    if (el != host && el instanceof Element) requestAnimationFrame(() => check(el));
  };
  document.addEventListener('focusin', onFocus);
  return {
    update,
    stop() {
      sizes.disconnect();
      document.removeEventListener('focusin', onFocus);
    },
  };
}
