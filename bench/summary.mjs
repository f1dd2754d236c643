/**
 * The benchmark's figures: metric rows by section, medians and ranges over the rounds, the
 * targets of the issue, and the checks every sample must pass.
 */

export const LABEL = {
  baseline: 'no tool',
  portcullis: 'Portcullis',
  'vanilla-cookieconsent': 'vanilla-cookieconsent',
  klaro: 'Klaro',
  off: 'auto-blocking off',
  on: 'auto-blocking on',
};
const ALL = ['baseline', 'portcullis', 'vanilla-cookieconsent', 'klaro'];
const TOOLS = ALL.slice(1);
export const OTHERS = ['baseline', 'vanilla-cookieconsent', 'klaro'];

/**
 * @typedef {object} Row
 * @property {string} id
 * @property {string} label
 * @property {(s: any) => number | null} [get] the figure of one sample
 * @property {string} [over] paired difference to the page without a tool, for this figure
 * @property {boolean} [toolsOnly]
 * @property {string} [from] read from the samples of this pass (e.g. 'bytes': the bytes pass) instead of the timed rounds
 * @property {number} [digits]
 * @property {number} [floor] values at or under this are shown as "≤ floor"
 */

const kb = (n) => n / 1024;
/** @type {Row[]} */
const VISIT_ROWS = [
  { id: 'bytes', label: "tool's bytes transferred, KB (gzip, with headers)", get: (s) => kb(s.bytes), toolsOnly: true, digits: 1, from: 'bytes' },
  { id: 'bodyBytes', label: '… of which response bodies, KB', get: (s) => kb(s.bodyBytes), toolsOnly: true, digits: 1, from: 'bytes' },
  { id: 'script', label: 'main-thread script time, ms (page total)', get: (s) => s.script },
  { id: 'task', label: 'main-thread task time, ms (page total)', get: (s) => s.task },
  { id: 'scriptOver', label: 'script time added to the page, ms', over: 'script', toolsOnly: true },
  { id: 'taskOver', label: 'task time added to the page, ms', over: 'task', toolsOnly: true },
  { id: 'cpuTaskOver', label: 'main-thread CPU time added to the page, ms', over: 'cpuTask', toolsOnly: true },
  { id: 'own', label: "tool's own main-thread time, ms (its JavaScript and compiles, profiled)", get: (s) => s.own, toolsOnly: true, from: 'profile' },
  { id: 'ownJs', label: '… of which JavaScript, ms', get: (s) => s.ownJs, toolsOnly: true, from: 'profile' },
  { id: 'banner', label: 'banner visible, ms after navigation start', get: (s) => s.banner, toolsOnly: true },
  { id: 'fcp', label: 'first contentful paint, ms', get: (s) => s.fcp },
  { id: 'lcp', label: 'largest contentful paint, ms', get: (s) => s.lcp },
  { id: 'cls', label: 'cumulative layout shift', get: (s) => s.cls, digits: 3 },
  { id: 'longTasks', label: 'long tasks (> 50 ms)', get: (s) => s.longTasks, digits: 0 },
  { id: 'longTaskMs', label: 'long tasks, total ms', get: (s) => s.longTaskMs },
];

/** @type {{ key: string, title: string, columns: string[], rows: Row[] }[]} */
export const SECTIONS = [
  { key: 'first', title: 'First visit (no choice yet: the banner shows)', columns: ALL, rows: VISIT_ROWS },
  { key: 'returning', title: 'Returning visit (choice stored, HTTP cache cleared)', columns: ALL, rows: VISIT_ROWS.filter((r) => r.id != 'banner') },
  {
    key: 'accept',
    title: '"Accept all" with 10 gated tags (each ≈ 2.5 ms of work at 1×)',
    columns: TOOLS,
    rows: [
      { id: 'clickToPaint', label: 'click → next paint, ms (Event Timing)', get: (s) => s.clickToPaint ?? 16, floor: 16, digits: 0 },
      { id: 'longestTask', label: 'longest main-thread task from the click on, ms', get: (s) => s.longestTask },
      { id: 'longestActivationTask', label: "… not counting the tags' own runs, ms", get: (s) => s.longestActivationTask },
      { id: 'tasksOver50', label: 'tasks over 50 ms from the click on', get: (s) => s.tasksOver50, digits: 0 },
      { id: 'allRan', label: 'all 10 tags ran, ms after the click', get: (s) => s.allRan },
    ],
  },
  {
    key: 'autoblock',
    title: 'Auto-blocking: the page inserts 1,000 unrelated elements (Portcullis, returning visitor, on and off in the same page view)',
    columns: ['off', 'on'],
    rows: [
      { id: 'task', label: 'main-thread task time of the insertion, ms', get: (s) => s.task },
      { id: 'cpuTask', label: 'main-thread CPU time of the insertion, ms', get: (s) => s.cpuTask },
      { id: 'script', label: 'script time of the insertion (with observers), ms', get: (s) => s.script },
    ],
  },
];

/** @param {number[]} xs */
function stats(xs) {
  const v = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1], n: v.length };
}

/**
 * Medians and ranges of every figure, by section, row and contender; then the targets.
 * @param {Record<string, any[]>} samples by "section/contender", one per round
 */
export function summarize(samples) {
  /** @type {Record<string, Record<string, Record<string, ReturnType<typeof stats>>>>} */
  const out = {};
  for (const section of SECTIONS) {
    const rows = (out[section.key] = {});
    for (const row of section.rows) {
      const cells = (rows[row.id] = {});
      for (const c of section.columns) {
        const list = samples[`${row.from ? `${row.from}-` : ''}${section.key}/${c}`];
        if (!list || (row.toolsOnly && c == 'baseline')) continue;
        if (row.over) {
          const base = samples[`${section.key}/baseline`] || [];
          // Paired by round: the same round's page without a tool.
          cells[c] = stats(list.map((s, i) => (base[i] ? s[row.over] - base[i][row.over] : null)));
        } else cells[c] = stats(list.map(row.get));
      }
    }
  }
  return { ...out, targets: targets(out) };
}

/** @param {any} out */
function targets(out) {
  const m = (section, row, c) => out[section]?.[row]?.[c]?.median;
  const max = (section, row, c) => out[section]?.[row]?.[c]?.max;
  const list = [];
  const add = (name, value, limit, met, how) => value != null && list.push({ name, value, limit, met, how });
  add('Returning visit: Portcullis bytes ≤ 4 KB gzip', m('returning', 'bodyBytes', 'portcullis'), 4, m('returning', 'bodyBytes', 'portcullis') <= 4, 'KB of response bodies');
  const ro = m('returning', 'own', 'portcullis') / m('returning', 'own', 'vanilla-cookieconsent');
  add('Returning visit: main-thread time ≤ 0.2 × vanilla-cookieconsent', ro, 0.2, ro <= 0.2, "ratio of the tools' own main-thread time, profiled");
  const rt = m('returning', 'taskOver', 'portcullis') / m('returning', 'taskOver', 'vanilla-cookieconsent');
  add('Returning visit: task time ≤ 0.2 × vanilla-cookieconsent', rt, 0.2, rt <= 0.2, 'ratio of task time added to the page');
  const rs = m('returning', 'scriptOver', 'portcullis') / m('returning', 'scriptOver', 'vanilla-cookieconsent');
  add('Returning visit: script time ≤ 0.2 × vanilla-cookieconsent', rs, 0.2, rs <= 0.2, 'ratio of script time added to the page');
  const rc = m('returning', 'cpuTaskOver', 'portcullis') / m('returning', 'cpuTaskOver', 'vanilla-cookieconsent');
  add('Returning visit: main-thread CPU time ≤ 0.2 × vanilla-cookieconsent', rc, 0.2, rc <= 0.2, 'ratio of main-thread CPU time added to the page');
  const b = m('first', 'banner', 'portcullis') / m('first', 'banner', 'vanilla-cookieconsent');
  add('First visit: banner visible ≤ 0.6 × vanilla-cookieconsent', b, 0.6, b <= 0.6, 'ratio of times to a visible banner');
  const f = m('first', 'fcp', 'portcullis') / m('first', 'fcp', 'baseline');
  add('First visit: FCP within 5 % of the page without a tool', f, 1.05, f <= 1.05, 'ratio of FCPs');
  const cls = Math.max(max('first', 'cls', 'portcullis') ?? 0, max('returning', 'cls', 'portcullis') ?? 0);
  add('CLS 0', cls, 0, cls == 0, 'largest CLS of any Portcullis page view');
  const c = m('accept', 'clickToPaint', 'portcullis');
  add('Accept all: click → next paint ≤ 50 ms', c, 50, c <= 50, 'median ms (Event Timing)');
  const t = max('accept', 'longestActivationTask', 'portcullis');
  add('Accept all: no task over 50 ms caused by activation', t, 50, t <= 50, "longest task from the click on that is not a tag's own run, worst round, ms");
  const a = m('autoblock', 'task', 'on') / m('autoblock', 'task', 'off') - 1;
  add('Auto-blocking overhead ≤ 5 %', a * 100, 5, a <= 0.05, '% more main-thread time for the insertion');
  const ac = m('autoblock', 'cpuTask', 'on') / m('autoblock', 'cpuTask', 'off') - 1;
  add('Auto-blocking overhead ≤ 5 % (CPU time)', ac * 100, 5, ac <= 0.05, '% more main-thread CPU time for the insertion');
  return list;
}

/**
 * What every sample must show for its figures to mean anything: nothing gated ran before
 * consent, the gated tag ran for a returning visitor who accepted, no banner showed to them,
 * and auto-blocking held back none of the unrelated elements.
 * @param {Record<string, any[]>} samples
 * @returns {string[]} the problems found
 */
export function checks(samples) {
  const problems = [];
  for (const [key, list] of Object.entries(samples))
    list.forEach((s, i) => {
      const [section, c] = key.split('/');
      if (section.startsWith('bytes-')) return;
      const at = `${key}, round ${i + 1}`;
      if (section.startsWith('profile-')) {
        if (!(s.own > 0)) problems.push(`${at}: no main-thread time of the tool's own files was profiled`);
        return;
      }
      if (section == 'first' && c != 'baseline' && s.ran.length) problems.push(`${at}: ${s.ran.join(', ')} ran before consent`);
      if (section == 'returning' && !s.ran.includes('analytics')) problems.push(`${at}: the gated tag did not run`);
      if (section == 'returning' && s.bannerInDom) problems.push(`${at}: the banner showed again`);
      if (section == 'autoblock' && s.blocked) problems.push(`${at}: ${s.blocked} unrelated elements were blocked`);
      const pass = samples[`bytes-${key}`]?.[0];
      if (pass && s.rtBodyBytes != null && s.rtBodyBytes != pass.bodyBytes)
        problems.push(`${at}: the tool's response bodies were ${s.rtBodyBytes} bytes, not ${pass.bodyBytes} as in the bytes pass`);
    });
  return problems;
}
