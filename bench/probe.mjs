/**
 * The in-page probe, added as an init script so it runs before any script of the page:
 * PerformanceObservers for paint, LCP, layout shifts, long tasks and event timing; a watch
 * for the tool's banner; and a capture listener that notes when the first trusted click
 * was followed by a paint. Everything lands on `window.__bench`.
 *
 * The banner watch costs the page next to nothing: a MutationObserver on the document and
 * on every shadow root created (`attachShadow` is wrapped to observe the new root) looks
 * for the banner when the DOM changes. Once the banner is in the DOM and visible (a box on
 * screen, `visibility: visible`, no ancestor with `display: none` or opacity 0), the next
 * animation frame — the one that paints it — gives its time; while it is in the DOM but
 * still hidden (e.g. waiting for an entrance transition), it is checked every frame. No
 * animation-frame loop runs otherwise: a perpetual one would make Chromium produce a frame
 * every vsync and cost the page several milliseconds per frame under throttling.
 */

/**
 * The probe's source. `bannerExpr` is a JS expression, evaluated in the page, for the
 * tool's banner element; without it, no banner is watched for.
 * @param {string} [bannerExpr]
 * @returns {string}
 */
export function probeSource(bannerExpr) {
  return `(() => {
  if (window.__bench || location.protocol != 'http:') return;
  const b = (window.__bench = { fcp: null, lcp: null, cls: 0, shifts: 0, longTasks: [], events: [], bannerAt: null, click: null });
  const observe = (type, fn, extra) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra });
    } catch {}
  };
  const describe = (el) => (el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className == 'string' ? '.' + el.className.split(' ')[0] : '') : null);
  observe('paint', (e) => { if (e.name == 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = { time: e.startTime, size: e.size, element: describe(e.element) }; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) { b.cls += e.value; b.shifts++; } });
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', (e) => b.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId }), { durationThreshold: 16 });
  ${bannerExpr ? BANNER_WATCH.replace('BANNER', bannerExpr) : ''}
  addEventListener('click', (e) => {
    if (!e.isTrusted || b.click) return;
    const click = (b.click = { at: e.timeStamp, afterPaint: null });
    // A frame, then a message: the first moment after the frame that follows the click was presented.
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (click.afterPaint = performance.now());
      ch.port2.postMessage(0);
    });
  }, true);
})();`;
}

const BANNER_WATCH = `
  const find = () => { try { return BANNER; } catch { return null; } };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth)) return false;
    if (getComputedStyle(el).visibility != 'visible') return false;
    for (let n = el; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
      const s = getComputedStyle(n);
      if (s.display == 'none' || Number(s.opacity) == 0) return false;
    }
    return true;
  };
  let waiting = false;
  const done = () => { b.bannerAt = performance.now(); mo.disconnect(); };
  const check = () => {
    if (waiting || b.bannerAt != null) return;
    const el = find();
    if (!el || !el.isConnected) return;
    waiting = true;
    if (shown(el)) return requestAnimationFrame(done);
    const frame = () => (el.isConnected && shown(el) ? done() : el.isConnected ? requestAnimationFrame(frame) : (waiting = false));
    requestAnimationFrame(frame);
  };
  const mo = new MutationObserver(check);
  const watch = (node) => mo.observe(node, { childList: true, subtree: true, attributes: true });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function () {
    const root = attachShadow.apply(this, arguments);
    watch(root);
    return root;
  };`;
