/**
 * Writes the benchmark's markdown: bench/results.md and the table in README.md's
 * "Benchmark" section (see summary.mjs for the figures themselves).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LABEL, OTHERS, SECTIONS } from './summary.mjs';

/** @param {number} v @param {number} [digits] */
function num(v, digits) {
  if (v == null || !Number.isFinite(v)) return '—';
  const d = digits ?? (Math.abs(v) >= 10 ? 0 : 1);
  return v.toFixed(d);
}

/** "median (min–max)" */
function cell(s, row) {
  if (!s) return '—';
  const f = (v) => (row.floor != null && v <= row.floor ? `≤${row.floor}` : num(v, row.digits));
  return s.n > 1 && s.min != s.max ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

function ratio(a, b) {
  if (a == null || b == null || !(Math.abs(b) > 1e-9)) return '—';
  const r = a / b;
  return r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toFixed(2);
}

/**
 * One markdown table per section: metric rows × contender columns (median, min–max), and
 * Portcullis ÷ each other contender (ratio of medians).
 * @param {any} summary
 * @param {{ keys?: string[], rows?: Record<string, string[]> }} [pick] sections and rows to show
 */
export function tables(summary, pick = {}) {
  const parts = [];
  for (const section of SECTIONS) {
    if (pick.keys && !pick.keys.includes(section.key)) continue;
    const rows = section.rows.filter((r) => !pick.rows?.[section.key] || pick.rows[section.key].includes(r.id));
    const data = summary[section.key];
    if (!data || !Object.values(data).some((cells) => Object.keys(cells).length)) continue;
    const versus = section.key == 'autoblock' ? [] : OTHERS.filter((o) => section.columns.includes(o));
    const head = ['', ...section.columns.map((c) => LABEL[c]), ...versus.map((o) => `Portcullis ÷ ${LABEL[o]}`)];
    if (section.key == 'autoblock') head.push('on ÷ off');
    const lines = [`**${section.title}**`, '', `| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`];
    for (const row of rows) {
      const cells = data[row.id] || {};
      const values = section.columns.map((c) => cell(cells[c], row));
      const ratios = versus.map((o) => ratio(cells.portcullis?.median, cells[o]?.median));
      if (section.key == 'autoblock') ratios.push(ratio(cells.on?.median, cells.off?.median));
      lines.push(`| ${row.label} | ${[...values, ...ratios].join(' | ')} |`);
    }
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

/** @param {any} summary */
function targetList(summary) {
  return summary.targets
    .map((t) => `- ${t.met ? '✅ met' : '❌ missed'}: ${t.name} — ${num(t.value, t.name.includes('CLS') ? 3 : 2)} (${t.how})`)
    .join('\n');
}

/** @param {any} meta */
function machine(meta) {
  const [b1] = meta.loadavg.before;
  const [a1] = meta.loadavg.after;
  return (
    `${meta.rounds} rounds, contenders alternating, CPU throttled ${meta.throttle}× (CDP), fresh browser context per round; ` +
    `Chromium ${meta.chromium}, ${meta.cpus} cores (${meta.cpuModel}), load average ${b1.toFixed(1)} before and ${a1.toFixed(1)} after; ` +
    `vanilla-cookieconsent ${meta.versions['vanilla-cookieconsent']}, Klaro ${meta.versions.klaro}, Portcullis ${meta.versions.portcullis}. ` +
    `Medians, with min–max in parentheses.`
  );
}

/**
 * bench/results.md
 * @param {any} meta
 * @param {any} summary
 */
export function markdown(meta, summary) {
  return `# Benchmark results

${meta.date.slice(0, 10)} · \`npm run bench\` · ${machine(meta)}
Absolute times vary by machine and load: compare the contenders within one run, not across runs.

${tables(summary)}

**Targets**

${targetList(summary)}

**Checks**: ${summary.problems?.length ? summary.problems.map((p) => `\n- ${p}`).join('') : 'in every round nothing gated ran before consent, the gated tag ran for the returning visitor and no banner showed to them, and auto-blocking held back none of the unrelated elements.'}

**How it is measured** (bench/): the same article page for every contender, each tool embedded as
its documentation recommends for a script-tag site, with the four categories analytics,
advertising, session_replay and personalization and one gated stand-in analytics tag (ten
tags of ${meta.tagWork.toLocaleString('en')} iterations of busy work — about 2.5 ms each at 1× on this machine — for
"Accept all"). Served from 127.0.0.1 with gzip. Per round and contender a fresh browser
context: first visit (measured), "Accept all", HTTP cache cleared, the page again (measured).
Bytes: CDP \`Network.loadingFinished.encodedDataLength\` of the tool's own files, in one pass per
contender before the rounds; the timed page views check them against Resource Timing's
\`encodedBodySize\`. Chromium runs with \`--js-flags=--no-enable-lazy-source-positions\`: the
DevTools connection makes it capture a JavaScript stack for every request a script starts, and
by default V8 would re-parse each function on that stack for its source positions — a cost no
visitor's browser pays; with the flag every page compiles its source positions up front. Main-thread
time: CDP \`Performance.getMetrics\` after load and ${meta.settleMs} ms, less the DevTools commands of
the benchmark itself; "added to the page" is the difference to the same round's page without a
tool; CPU time is the renderer main thread's thread time (a busy machine inflates it far less
than wall time). A tool's own main-thread time: a separate pass of ${meta.profileRounds ?? 5} rounds with the
page's JavaScript sampled every 100 µs (CDP \`Profiler\`): every sample whose innermost frame
from a file is one of the tool's files (with the DOM calls and lazy compiles made from it),
plus the main-thread compiles of those files (trace \`v8.compile\`); the page's own code and
the tags a tool activates run in their own files' frames and are not counted — unlike the
differences between whole page views, this does not drown in the page's own variation. Banner visible: the first frame in which the banner element is in the DOM,
on screen and not hidden (no entrance transition counted before its opacity rises above 0).
FCP, LCP, CLS and long tasks: PerformanceObservers from an init script. Click → next paint:
the Event Timing entry of the click (reported only from 16 ms on). Longest task: a trace of the
main thread from the task of the click on, for 2 s (the benchmark sends the page nothing meanwhile);
a tag's own run (the task that evaluates it) is the tag's cost and is also shown apart. Auto-blocking: a returning visitor's page with
\`portcullis-autoblock.js\` and a vendor on a host the page never uses, whose own code inserts
200 cards of 5 elements through \`createElement\`, \`setAttribute\`, \`innerHTML\` and
\`appendChild\`; in each page view auto-blocking is started (as the loader starts it with
\`autoBlock: true\`) and stopped between insertions — off, on, on, off, … — so that nothing else
differs; median of ${meta.reps} insertions per state and page view.
`;
}

/**
 * Rewrites the generated part of README.md's "## Benchmark" section (between
 * `<!-- bench -->` and `<!-- /bench -->`), leaving the rest of the file as it is. Adds the
 * section before "## Development" when it is missing.
 * @param {string} file
 * @param {any} meta
 * @param {any} summary
 */
export function updateReadme(file, meta, summary) {
  const body = `<!-- bench -->
Measured on ${meta.date.slice(0, 10)}: ${machine(meta)} Absolute times vary by machine and load;
the ratios within one run are what compare. All figures, the targets and how each is measured:
[bench/results.md](bench/results.md).

${tables(summary, {
  keys: ['first', 'returning', 'accept', 'autoblock'],
  rows: {
    first: ['bytes', 'own', 'taskOver', 'banner', 'fcp', 'cls'],
    returning: ['bytes', 'own', 'scriptOver', 'taskOver', 'cpuTaskOver', 'fcp', 'cls'],
    accept: ['clickToPaint', 'longestTask', 'longestActivationTask'],
    autoblock: ['task'],
  },
})}
<!-- /bench -->`;
  const readme = readFileSync(file, 'utf8');
  let next;
  if (/<!-- bench -->[\s\S]*?<!-- \/bench -->/.test(readme)) next = readme.replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/, () => body);
  else {
    const section = `## Benchmark

\`npm run bench\` loads the same article page with no consent tool, with Portcullis, with
vanilla-cookieconsent and with Klaro (each with the same four categories and gated tags) in
headless Chromium with the CPU throttled 4×, and compares them.

${body}

`;
    const at = readme.indexOf('## Development');
    next = at < 0 ? `${readme.trimEnd()}\n\n${section}` : readme.slice(0, at) + section + readme.slice(at);
  }
  writeFileSync(file, next);
}
