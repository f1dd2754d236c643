import { hostMatches } from '../core/hostMatch';

/** What auto-blocking needs of a vendor (from an unvalidated config: checked here). */
interface Vendor {
  id: string;
  hosts: string[];
}

type Proto = Record<string, unknown>;

/**
 * Blocks unmarked tags and requests whose host belongs to a vendor that is not allowed.
 * A blocked script, image or iframe becomes an ordinary `data-consent` element (scripts
 * `type="text/plain"`, images and iframes `data-src`), so the gate releases it like a
 * marked one, in document order, once the vendor or its category is allowed. `fetch`,
 * `XMLHttpRequest` and `sendBeacon` to a blocked host fail the way a network error would.
 * First-party and unknown hosts are never touched. Returns the teardown.
 *
 * Paths covered: `src` set by property or `setAttribute` (before any request: an image
 * loads even while detached, a script or iframe once inserted), markup through
 * `innerHTML` / `outerHTML` / `insertAdjacentHTML`, and tags the HTML parser inserts (a
 * MutationObserver: scripts are stopped before they run, but the browser may already have
 * requested what the HTML names — mark those with `data-consent`).
 */
export function startAutoBlock(vendors: unknown, allowed: (id: string) => boolean): () => void {
  const list = (Array.isArray(vendors) ? vendors : []).filter(
    (v): v is Vendor => typeof v?.id == 'string' && Array.isArray(v.hosts),
  );
  const undo: Array<() => void> = [];
  if (!list.length) return () => {};

  let base = '';
  let baseHost = '';
  /** The id of the vendor that blocks this URL now, or ''. */
  const blockedBy = (url: unknown): string => {
    let host: string;
    try {
      const text = String(url);
      // A plain relative path ('/img/a.png', 'a.js') is first party unless the base URL is
      // elsewhere: never blocked, and not parsed, since this runs for every src a page sets.
      // Anything that could name another host ('//', a scheme, a backslash, a tab) is parsed.
      if (document.baseURI != base) baseHost = new URL((base = document.baseURI)).hostname;
      if (baseHost == location.hostname && /^(\/(?![/\\])|[\w.-])[^\t\n\r\\:]*$/.test(text)) return '';
      host = new URL(text, base).hostname;
    } catch {
      return '';
    }
    const v = host != location.hostname && list.find((v) => v.hosts.some((p) => typeof p == 'string' && hostMatches(host, p)));
    return v && !allowed(v.id) ? v.id : '';
  };

  const patch = (proto: Proto, name: string, make: (original: PropertyDescriptor) => PropertyDescriptor) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return;
    Object.defineProperty(proto, name, { ...d, ...make(d) });
    undo.push(() => Object.defineProperty(proto, name, d));
  };
  const setAttribute = Element.prototype.setAttribute;
  const set = (el: Element, name: string, value: string) => setAttribute.call(el, name, value);

  /** Makes a script, image or iframe inert and hands it to the gate under the vendor's id. */
  const block = (el: Element, id: string, url: string) => {
    set(el, 'data-consent', id);
    set(el, 'data-portcullis-blocked', '');
    if (el.tagName == 'SCRIPT') {
      // A text/plain script with a src is neither fetched nor run: the gate's own form.
      const type = el.getAttribute('type');
      if (type && type != 'text/plain') set(el, 'data-type', type);
      set(el, 'type', 'text/plain');
      set(el, 'src', url);
    } else {
      set(el, 'data-src', url);
      el.removeAttribute('src');
      // A detached image is a fire-and-forget pixel: it fails like a network error would.
      if (!el.isConnected && el.tagName == 'IMG') setTimeout(() => el.dispatchEvent(new Event('error')));
    }
  };
  const TAGS = /^(SCRIPT|IMG|IFRAME)$/;
  /** The vendor blocking an element now, or '' (also for elements already made inert). */
  const blocker = (el: Element) => {
    const url = el.getAttribute('src');
    return url != null && TAGS.test(el.tagName) && el.getAttribute('type') != 'text/plain' ? blockedBy(url) : '';
  };
  const check = (el: Element) => {
    const id = blocker(el);
    if (id) block(el, id, el.getAttribute('src')!);
  };

  for (const C of [HTMLScriptElement, HTMLImageElement, HTMLIFrameElement])
    patch(C.prototype as unknown as Proto, 'src', (d) => ({
      set(this: Element, v: string) {
        const id = blockedBy(v);
        id ? block(this, id, String(v)) : d.set!.call(this, v);
      },
    }));
  patch(Element.prototype as unknown as Proto, 'setAttribute', (d) => ({
    value(this: Element, name: string, value: string) {
      const id = String(name).toLowerCase() == 'src' && TAGS.test(this.tagName) ? blockedBy(value) : '';
      return id ? block(this, id, String(value)) : d.value.apply(this, arguments);
    },
  }));

  // Markup: parsed inert in a template first; only when it names a vendor host at all.
  const hosts = new RegExp(list.flatMap((v) => v.hosts.map((h) => String(h).replace(/^\*\./, '').replace(/\W/g, '\\$&'))).join('|'), 'i');
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const clean = (markup: unknown) => {
    const text = String(markup);
    if (!hosts.test(text)) return text;
    const t = document.createElement('template');
    inner.set!.call(t, text);
    // Scripts in markup never run, so only images and iframes need blocking.
    t.content.querySelectorAll('img[src],iframe[src]').forEach(check);
    return inner.get!.call(t) as string;
  };
  for (const name of ['innerHTML', 'outerHTML'])
    patch(Element.prototype as unknown as Proto, name, (d) => ({
      set(this: Element, v: unknown) {
        d.set!.call(this, clean(v));
      },
    }));
  patch(Element.prototype as unknown as Proto, 'insertAdjacentHTML', (d) => ({
    value(this: Element, where: InsertPosition, markup: unknown) {
      return d.value.call(this, where, clean(markup));
    },
  }));

  // Requests: dropped before they leave.
  const w = window as unknown as Proto;
  patch(w, 'fetch', (d) => ({
    value(this: unknown, input: RequestInfo | URL) {
      return blockedBy(input instanceof Request ? input.url : input)
        ? Promise.reject(new TypeError('Failed to fetch'))
        : d.value.apply(this, arguments);
    },
  }));
  patch(XMLHttpRequest.prototype as unknown as Proto, 'open', (d) => ({
    value(this: XMLHttpRequest) {
      const args = Array.from(arguments);
      // about:blank cannot be requested: send() ends in a real network error, and nothing leaves.
      if (blockedBy(args[1])) args[1] = 'about:blank';
      return d.value.apply(this, args);
    },
  }));
  patch(Navigator.prototype as unknown as Proto, 'sendBeacon', (d) => ({
    value(this: Navigator, url: string) {
      // A beacon's network failure is invisible to the page: it was "queued".
      return blockedBy(url) ? true : d.value.apply(this, arguments);
    },
  }));

  // Tags the HTML parser inserts after the loader. A parser-inserted script has already
  // "started", so it could never run again: it is stopped (a non-script type keeps it from
  // executing) and replaced by a fresh copy the gate can release.
  const late = (el: Element) => {
    const id = blocker(el);
    if (!id) return;
    if (el.tagName != 'SCRIPT') return block(el, id, el.getAttribute('src')!);
    const copy = document.createElement('script');
    for (const a of Array.from(el.attributes)) set(copy, a.name, a.value);
    block(copy, id, el.getAttribute('src')!);
    set(el, 'type', 'javascript/blocked');
    el.replaceWith(copy);
  };
  const observer = new MutationObserver((records) =>
    records.forEach((r) =>
      r.addedNodes.forEach((n) => {
        if (n.nodeType != 1) return;
        late(n as Element);
        (n as Element).querySelectorAll('script[src],img[src],iframe[src]').forEach(late);
      }),
    ),
  );
  observer.observe(document.documentElement, { childList: true, subtree: true });
  undo.push(() => observer.disconnect());

  return () => undo.splice(0).reverse().forEach((f) => f());
}
