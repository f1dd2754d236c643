/**
 * The measured scenarios. Each runs in a fresh browser context (no cookies, empty cache)
 * and returns one sample per round. Measured pages are driven through CDP only (see
 * `js` in measure.mjs), so nothing but the page and the probe runs in them.
 */
import { clickOn, js, mainThread, openTab, startProfile, startTrace, stopProfile, stopTrace, tasksFromClick, waitFor } from './measure.mjs';
import { probeSource } from './probe.mjs';

/**
 * @typedef {object} Env
 * @property {import('@playwright/test').Browser} browser
 * @property {string} origin
 * @property {number} throttle CPU slowdown (4 = 4×)
 * @property {number} settle ms to wait after load (and after the banner) before reading metrics
 */

const VIEWPORT = { width: 1280, height: 720 };
const TIMEOUT = 20_000;
/** How long the trace after "Accept all" runs: every contender's ten tags have run by then. */
const TAGS_WINDOW = 2_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @param {Env} env */
const newContext = (env) => env.browser.newContext({ viewport: VIEWPORT });

/** @param {import('@playwright/test').BrowserContext} context @param {string} name */
async function waitForCookie(context, name) {
  for (let i = 0; i < 400; i++) {
    if ((await context.cookies()).some((c) => c.name == name)) return;
    await sleep(25);
  }
  throw new Error(`no ${name} cookie after the click`);
}

/**
 * Loads `url` in a new tab and measures the page view (`pass` 'timed'). Bytes are counted in
 * a separate pass that listens to the CDP Network events ('bytes'), and the tool's own
 * main-thread time in another, with the JavaScript profiled ('profile'), so neither slows
 * the timed page views down.
 * @typedef {'timed' | 'bytes' | 'profile'} Pass
 * @param {Env} env
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('./contenders.mjs').Contender} contender
 * @param {string} url
 * @param {boolean} expectBanner
 * @param {Pass} [pass]
 */
async function pageView(env, context, contender, url, expectBanner, pass = 'timed') {
  // Without a banner to wait for (a returning visit), nothing watches for one; it is looked for once at the end.
  const tab = await openTab(context, { probe: probeSource(expectBanner ? contender.banner : undefined), throttle: env.throttle, network: pass == 'bytes' });
  const { page, cdp } = tab;
  if (pass == 'profile') await startProfile(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  if (expectBanner) await waitFor(cdp, 'window.__bench.bannerAt != null', { timeout: TIMEOUT, what: `${contender.label}'s banner` });
  await sleep(env.settle);
  const own = pass == 'profile' ? await stopProfile(cdp, contender.owns) : null;
  const main = await mainThread(tab);
  const probe = await js(
    cdp,
    `({ ...window.__bench, ran: window.__ran || [], bannerInDom: !!(${contender.banner || 'null'}),
      resources: performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname, r.encodedBodySize]) })`,
  );
  const bytes = tab.bytes(contender.owns);
  const sample = {
    bytes: bytes.transferred,
    bodyBytes: bytes.body,
    files: bytes.files,
    // Resource Timing's view of the tool's response bodies, to check the bytes pass against.
    rtBodyBytes: probe.resources.filter(([p]) => contender.owns(p)).reduce((sum, [, n]) => sum + n, 0),
    script: main.script,
    task: main.task,
    compile: main.compile,
    cpuScript: main.cpuScript,
    cpuTask: main.cpuTask,
    banner: probe.bannerAt,
    fcp: probe.fcp,
    lcp: probe.lcp?.time ?? null,
    lcpElement: probe.lcp?.element ?? null,
    cls: probe.cls,
    longTasks: probe.longTasks.length,
    longTaskMs: probe.longTasks.reduce((s, t) => s + t.duration, 0),
    ran: probe.ran,
    bannerInDom: probe.bannerInDom,
    ownJs: own?.js,
    ownCompile: own?.compile,
    own: own?.total,
  };
  return { tab, sample };
}

/**
 * First visit, then the returning visit of the same visitor: new context → first visit
 * (measured) → "Accept all" → HTTP cache cleared → the page again (measured). The page
 * without a tool is simply loaded twice the same way. `pass` 'bytes' and 'profile' measure
 * the same visits for the bytes each file transferred and the tool's own main-thread time.
 * @param {Env} env
 * @param {import('./contenders.mjs').Contender} contender
 * @param {string} path
 * @param {Pass} [pass]
 */
export async function visits(env, contender, path, pass = 'timed') {
  const context = await newContext(env);
  try {
    const url = env.origin + path;
    const hasTool = !!contender.accept;
    const first = await pageView(env, context, contender, url, hasTool, pass);
    if (hasTool) {
      await clickOn(first.tab.page, first.tab.cdp, /** @type {string} */ (contender.accept));
      await waitForCookie(context, /** @type {string} */ (contender.cookie));
    }
    await first.tab.cdp.send('Network.clearBrowserCache');
    await first.tab.page.close();
    const again = await pageView(env, context, contender, url, false, pass);
    await again.tab.page.close();
    return { first: first.sample, returning: again.sample };
  } finally {
    await context.close();
  }
}

/**
 * "Accept all" on a first visit of a page with ten gated tags: click → next paint (Event
 * Timing), the longest main-thread task from the click on (trace), and when the last tag ran.
 * @param {Env} env
 * @param {import('./contenders.mjs').Contender} contender
 * @param {string} path
 * @param {number} tagCount
 */
export async function acceptAll(env, contender, path, tagCount) {
  const context = await newContext(env);
  try {
    const { tab } = await pageView(env, context, contender, env.origin + path, true);
    const { page, cdp } = tab;
    await startTrace(cdp);
    await clickOn(page, cdp, /** @type {string} */ (contender.accept));
    // No polling while the trace runs: the page alone on its main thread.
    await sleep(TAGS_WINDOW);
    const tasks = tasksFromClick(await stopTrace(cdp));
    await waitFor(cdp, `(window.__ran || []).length >= ${tagCount}`, { timeout: TIMEOUT, what: `${tagCount} tags` });
    const probe = await js(cdp, '({ ...window.__bench, ranAt: window.__ranAt || [] })');
    const click = probe.click;
    const entry = probe.events.find((e) => e.name == 'click' && click && Math.abs(e.start - click.at) < 2);
    const interaction = entry ? probe.events.filter((e) => e.interactionId == entry.interactionId) : [];
    const after = probe.longTasks.filter((t) => click && t.start + t.duration > click.at);
    return {
      // Event Timing reports only events of 16 ms or more: no entry means under 16 ms.
      clickToPaint: entry ? entry.duration : null,
      interaction: interaction.length ? Math.max(...interaction.map((e) => e.duration)) : null,
      handler: entry ? entry.processingEnd - entry.processingStart : null,
      afterPaint: click?.afterPaint != null ? click.afterPaint - click.at : null,
      longestTask: tasks?.[0]?.task ?? null,
      longestTaskScript: tasks?.[0]?.url ?? null,
      // A tag's own run is the tag's cost, the same on a page without a consent tool; what
      // activation causes is everything else: the click's task, inserting the tags, events.
      longestActivationTask: tasks?.find((t) => !t.url?.startsWith('/tags/'))?.task ?? null,
      tasksOver50: tasks ? tasks.filter((t) => t.task > 50).length : after.length,
      longTasksAfterClick: after.map((t) => t.duration),
      allRan: click && probe.ranAt.length ? Math.max(...probe.ranAt) - click.at : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * Auto-blocking overhead, on vs off in the same page view, so that nothing but auto-blocking
 * differs (page views differ from each other by more than the few percent sought here): a
 * returning visitor (who rejected all) on a page with `portcullis-autoblock.js` and a vendor
 * whose host the page never uses, whose own code inserts 1,000 unrelated elements `reps`
 * times. Auto-blocking is started (exactly as the loader starts it with `autoBlock: true`)
 * and stopped between insertions, in the order off, on, on, off, off, on… For each state,
 * the median main-thread time of an insertion (CDP TaskDuration delta, with rendering; wall
 * and CPU) and its script time in the page (with mutation observers).
 * @param {Env} env
 * @param {import('./contenders.mjs').Contender} portcullis
 * @param {string} path a page built with `autoBlock: 'manual'` and `feed: true`
 * @param {number} reps insertions per state
 */
export async function insertion(env, portcullis, path, reps) {
  const context = await newContext(env);
  try {
    const url = env.origin + path;
    const first = await pageView(env, context, portcullis, url, true);
    await clickOn(first.tab.page, first.tab.cdp, /** @type {string} */ (portcullis.reject));
    await waitForCookie(context, /** @type {string} */ (portcullis.cookie));
    await first.tab.page.close();
    const tab = await openTab(context, { probe: probeSource(), throttle: env.throttle, network: false });
    await tab.page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await sleep(env.settle / 2);
    /** @type {Record<'off' | 'on', { task: number[], cpuTask: number[], script: number[] }>} */
    const runs = { off: { task: [], cpuTask: [], script: [] }, on: { task: [], cpuTask: [], script: [] } };
    // One insertion first, not counted: the page's own code and its layout warm up.
    await js(tab.cdp, 'window.__insertFeed()');
    await sleep(150);
    for (let i = 0; i < reps * 2; i++) {
      const state = (i + 1) % 4 < 2 ? 'off' : 'on';
      await js(
        tab.cdp,
        state == 'on'
          ? 'window.__stopAutoBlock ||= PortcullisAutoBlock(portcullisConfig.vendors, Portcullis.allowed)'
          : 'window.__stopAutoBlock && (__stopAutoBlock(), (__stopAutoBlock = null))',
      );
      // The previous cards are removed, and their garbage collected, outside the measurement
      // (DevTools commands are not counted as the page's main-thread time).
      await js(tab.cdp, `document.getElementById('feed').textContent = ''`);
      await tab.cdp.send('HeapProfiler.collectGarbage');
      const before = await mainThread(tab);
      const ms = await js(
        tab.cdp,
        `(async () => {
          const t = performance.now();
          window.__insertFeed();
          // Mutation observers run at the next microtask checkpoint: before these continuations.
          await null;
          await null;
          const ms = performance.now() - t;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return ms;
        })()`,
      );
      await sleep(150);
      const after = await mainThread(tab);
      runs[state].task.push(after.task - before.task);
      runs[state].cpuTask.push(after.cpuTask - before.cpuTask);
      runs[state].script.push(ms);
    }
    const blocked = await js(tab.cdp, `document.querySelectorAll('[data-portcullis-blocked]').length`);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const of = (r) => ({ task: median(r.task), cpuTask: median(r.cpuTask), script: median(r.script), blocked });
    return { off: of(runs.off), on: of(runs.on) };
  } finally {
    await context.close();
  }
}

/**
 * Iterations of the stand-in tags' busy loop that take `targetMs` at 1× on this machine
 * (unthrottled, three passes, each scaling the count by the fastest of ten tags).
 * @param {Env} env
 * @param {(work: number) => string} pathFor a page of ten tags doing `work` iterations each
 * @param {number} targetMs
 */
export async function calibrate(env, pathFor, targetMs) {
  let work = 1_000_000;
  for (let pass = 0; pass < 3; pass++) {
    const context = await newContext(env);
    const page = await context.newPage();
    await page.goto(env.origin + pathFor(work), { waitUntil: 'load' });
    await page.waitForFunction(() => (window.__tagMs || []).length >= 10);
    const times = (await page.evaluate(() => window.__tagMs)).sort((a, b) => a - b);
    await context.close();
    // The fastest of ten: the work's own cost, with the least interference from a busy machine.
    const ms = times[0];
    work = Math.round((work * targetMs) / ms / 1000) * 1000;
  }
  return work;
}
