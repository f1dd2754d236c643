/**
 * Measuring a page through the Chrome DevTools Protocol: CPU throttling, the bytes each
 * response transferred, main-thread metrics, and traces of the main thread's tasks.
 */

/**
 * @typedef {object} Tab
 * @property {import('@playwright/test').Page} page
 * @property {import('@playwright/test').CDPSession} cdp
 * @property {import('@playwright/test').CDPSession} cpu a second session whose performance metrics count thread CPU time
 * @property {(owns: (pathname: string) => boolean) => { transferred: number, body: number, files: string[] }} bytes
 *   what the responses whose path `owns` accepts transferred: in all (with HTTP headers) and their bodies
 */

/**
 * Opens a tab with the probe installed, the CPU throttled and the network watched.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ probe: string, throttle: number, network?: boolean }} opts `network: false` does not
 *   enable the Network domain in this session (no bytes are counted then)
 * @returns {Promise<Tab>}
 */
export async function openTab(context, { probe, throttle, network = true }) {
  const page = await context.newPage();
  await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  /** @type {Map<string, { path: string, body: number, transferred: number }>} */
  const responses = new Map();
  cdp.on('Network.responseReceived', (e) => {
    const url = new URL(e.response.url);
    const length = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() == 'content-length');
    responses.set(e.requestId, { path: url.pathname + url.search, body: Number(length?.[1] || 0), transferred: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (r) r.transferred = e.encodedDataLength;
  });
  if (network) await cdp.send('Network.enable');
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const cpu = await context.newCDPSession(page);
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return {
    page,
    cdp,
    cpu,
    bytes(owns) {
      const mine = [...responses.values()].filter((r) => owns(r.path.replace(/\?.*/, '')));
      return {
        transferred: mine.reduce((s, r) => s + r.transferred, 0),
        body: mine.reduce((s, r) => s + r.body, 0),
        files: mine.map((r) => r.path),
      };
    },
  };
}

/**
 * Evaluates `expression` in the page through CDP and returns its value (awaiting a
 * promise). Unlike Playwright's `evaluate` and `waitForFunction`, this injects no helper
 * script into the page and polls no animation frames: nothing that would show up in the
 * page's main-thread figures.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string} expression
 */
export async function js(cdp, expression) {
  const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`in page: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
  return r.result.value;
}

/**
 * Waits until `expression` is truthy in the page, checking from Node every `every` ms.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string} expression
 * @param {{ timeout?: number, every?: number, what?: string }} [opts]
 */
export async function waitFor(cdp, expression, { timeout = 20_000, every = 50, what = expression } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await js(cdp, expression);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * Clicks the middle of the element `expression` gives, with real (trusted) mouse events
 * through CDP.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string} expression
 */
export async function clickOn(page, cdp, expression) {
  const box = await waitFor(cdp, `(() => { const el = ${expression}; if (!el) return null; const r = el.getBoundingClientRect(); return r.width ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; })()`, {
    what: expression,
  });
  await page.mouse.click(box.x, box.y);
}

/**
 * Main-thread time so far, in ms (CDP `Performance.getMetrics`): wall time (as slowed by
 * the CPU throttling) and, from the second session, thread CPU time — which a busy machine
 * inflates far less. Task time leaves out the DevTools commands the benchmark itself sends.
 * @param {Tab} tab
 * @returns {Promise<{ script: number, task: number, compile: number, layout: number, style: number, cpuScript: number, cpuTask: number }>}
 */
export async function mainThread(tab) {
  const read = async (session) => {
    const { metrics } = await session.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
  };
  const [m, c] = await Promise.all([read(tab.cdp), read(tab.cpu)]);
  return {
    script: m.ScriptDuration,
    task: m.TaskDuration - (m.DevToolsCommandDuration || 0),
    compile: m.V8CompileDuration || 0,
    layout: m.LayoutDuration,
    style: m.RecalcStyleDuration,
    cpuScript: c.ScriptDuration,
    cpuTask: c.TaskDuration - (c.DevToolsCommandDuration || 0),
  };
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** @param {import('@playwright/test').CDPSession} cdp */
export async function startTrace(cdp) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
}

/**
 * Ends the trace and returns its events.
 * @param {import('@playwright/test').CDPSession} cdp
 * @returns {Promise<any[]>}
 */
export async function stopTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = /** @type {{ stream: string }} */ (await complete);
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * The main-thread tasks from the one in which the first click was dispatched onwards,
 * longest first (ms), from a trace.
 * @param {any[]} events
 * @returns {{ task: number, url?: string }[] | null} null if the trace holds no click
 */
export function tasksFromClick(events) {
  const click = events.find((e) => e.name == 'EventDispatch' && e.args?.data?.type == 'click');
  if (!click) return null;
  const onThread = events.filter((e) => e.pid == click.pid && e.tid == click.tid && e.ph == 'X');
  const tasks = onThread.filter((e) => e.name == 'RunTask' || e.name == 'ThreadControllerImpl::RunTask');
  const own = tasks.find((t) => t.ts <= click.ts && click.ts <= t.ts + t.dur);
  // The benchmark's own CDP evaluations (no script URL) are not the page's tasks.
  const devtools = (t) => onThread.some((e) => e.name == 'EvaluateScript' && !e.args?.data?.url && e.ts >= t.ts && e.ts <= t.ts + t.dur);
  const from = own ? own.ts : click.ts;
  // Nested task events (the same task at two levels) are counted once: the outermost.
  const outer = tasks
    .filter((t) => t.ts >= from && !devtools(t))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    .filter((t, i, all) => !all.slice(0, i).some((o) => o.ts <= t.ts && t.ts + t.dur <= o.ts + o.dur));
  const scriptOf = (t) =>
    onThread.find((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur && (e.name == 'EvaluateScript' || e.name == 'FunctionCall') && (e.args?.data?.url || e.args?.data?.functionName))?.args?.data;
  return outer
    .map((t) => {
      const s = scriptOf(t);
      return { task: t.dur / 1000, url: s ? String(s.url || '').replace(/^https?:\/\/[^/]+/, '') + (s.functionName ? ` ${s.functionName}` : '') : undefined };
    })
    .sort((a, b) => b.task - a.task);
}

/**
 * Starts sampling the page's JavaScript (every 100 µs) and tracing its script compiles, for
 * `stopProfile`. Profiling slows the page down, so the timed page views never do it.
 * @param {import('@playwright/test').CDPSession} cdp
 */
export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'], excludedCategories: ['*'] },
  });
  await cdp.send('Profiler.start');
}

/**
 * Stops the profile and returns the main-thread time spent in a tool's own files, in ms:
 * every sample whose innermost frame from a file is one of the tool's (with what the browser
 * does for those frames: DOM calls, lazy compiles, garbage collection they cause), plus the
 * compiles of the tool's scripts. The page's own code and the tags a tool activates run in
 * frames of their own files and are not counted.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {(pathname: string) => boolean} owns
 * @returns {Promise<{ js: number, compile: number, total: number }>}
 */
export async function stopProfile(cdp, owns) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const events = await stopTrace(cdp);
  const isOwn = (url) => {
    try {
      return !!url && owns(new URL(url).pathname);
    } catch {
      return false;
    }
  };
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  /** @type {Map<number, boolean>} */
  const ownNode = new Map();
  const attributed = (id) => {
    if (ownNode.has(id)) return ownNode.get(id);
    let at = id;
    while (at != null && !nodes.get(at).callFrame.url) at = parent.get(at);
    const own = at != null && isOwn(nodes.get(at).callFrame.url);
    ownNode.set(id, own);
    return own;
  };
  let js = 0;
  // A sample lasts until the next one.
  for (let i = 0; i < profile.samples.length - 1; i++) if (attributed(profile.samples[i])) js += profile.timeDeltas[i + 1];
  const main = new Set(events.filter((e) => e.ph == 'M' && e.name == 'thread_name' && e.args?.name == 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const compile = events
    .filter((e) => e.ph == 'X' && e.name == 'v8.compile' && main.has(`${e.pid}:${e.tid}`) && isOwn(e.args?.data?.url))
    .reduce((sum, e) => sum + e.dur, 0);
  return { js: js / 1000, compile: compile / 1000, total: (js + compile) / 1000 };
}
