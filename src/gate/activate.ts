import { nextTask, yieldToMain } from './yieldToMain';

/** Activation of `data-consent` elements. */
export interface Gate {
  /** Activate every marked element that is allowed now (call after a change). */
  refresh(): void;
  /** Stop watching the document. */
  stop(): void;
}

// Attribute renames applied when a non-script element is activated; `sizes` before `srcset` before `src`.
const SWAPS = ['sizes', 'srcset', 'src', 'href', 'poster'];

/** The ids in an element's `data-consent` (space-separated). */
export const consentIds = (el: Element): string[] =>
  (el.getAttribute('data-consent') || '').split(/\s+/).filter(Boolean);

/**
 * Activates marked elements once all their ids are allowed: those already in the page and
 * those added later; each one still blocked is passed to `blocked` when it is seen. Scripts run in document order: external ones download in parallel and
 * execute in order (`async = false`), and an inline script waits until the external scripts
 * before it have loaded. Each element activates at most once, and the gate yields to the
 * main thread between elements so that allowing many tags never freezes the page.
 */
export function startGate(
  doc: Document,
  allowed: (el: Element) => boolean,
  nonce: string,
  report: (error: unknown) => void,
  blocked: (el: Element) => void,
): Gate {
  const done = new WeakSet<Element>();
  const queue: Element[] = [];
  let loading: Promise<unknown>[] = [];
  let running = false;
  let stopped = false;

  const consider = (el: Element) => {
    if (done.has(el) || (el.tagName == 'SCRIPT' && (el as HTMLScriptElement).type != 'text/plain') || !consentIds(el).length) return;
    if (allowed(el)) {
      done.add(el);
      queue.push(el);
    } else blocked(el);
  };

  // A script can run only once it is connected without having "started", which a script
  // parsed from markup (innerHTML, insertAdjacentHTML) already has: so a fresh copy with the
  // same attributes runs. Scripts auto-blocking stopped are the same element re-inserted, so
  // handlers a vendor's code attached (`s.onload = …`) survive.
  const activateScript = async (old: HTMLScriptElement) => {
    const s = old.hasAttribute('data-portcullis-blocked') ? old : doc.createElement('script');
    if (s != old) for (const a of Array.from(old.attributes)) s.setAttribute(a.name, a.value);
    const type = old.getAttribute('data-type');
    type ? s.setAttribute('type', type) : s.removeAttribute('type');
    s.nonce = old.nonce || nonce;
    if (old.hasAttribute('src')) {
      // Inserted by script, a classic script would run as soon as it loads; keep document order.
      if (!old.hasAttribute('async')) {
        s.async = false;
        loading.push(new Promise((settle) => (s.addEventListener('load', settle), s.addEventListener('error', settle))));
      }
    } else {
      await Promise.all(loading);
      loading = [];
      s.text = old.text;
    }
    done.add(s);
    if (!stopped && old.parentNode) old.parentNode.insertBefore(s, old.nextSibling), s != old && old.remove();
  };

  const activateElement = (el: Element) => {
    const targets = [el, ...Array.from(el.querySelectorAll('source'))];
    for (const t of targets)
      for (const name of SWAPS) {
        const value = t.getAttribute('data-' + name);
        if (value != null) t.setAttribute(name, value);
      }
    if (el instanceof HTMLMediaElement && targets.length > 1) el.load();
  };

  const run = async () => {
    if (running) return;
    running = true;
    // The first element waits for the next task, so the click or the parsing that allowed
    // it goes on first; the next ones yield between each other, keeping their priority.
    for (let pause = nextTask; queue.length && !stopped; pause = yieldToMain) {
      await pause();
      const el = queue.shift()!;
      try {
        if (el.tagName == 'SCRIPT') await activateScript(el as HTMLScriptElement);
        else activateElement(el);
      } catch (e) {
        report(e);
      }
    }
    running = false;
  };

  const refresh = () => {
    doc.querySelectorAll('[data-consent]').forEach(consider);
    run();
  };

  // Runs for every batch of nodes the parser adds after the loader: cheap checks first.
  const observer = new MutationObserver((records) => {
    for (const r of records)
      r.addedNodes.forEach((n) => {
        if (n.nodeType != 1) return;
        if ((n as Element).hasAttribute('data-consent')) consider(n as Element);
        if ((n as Element).firstElementChild) (n as Element).querySelectorAll('[data-consent]').forEach(consider);
      });
    if (queue.length) run();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  refresh();

  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}
