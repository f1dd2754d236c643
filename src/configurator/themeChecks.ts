import { contrastRatio, formatRatio, parseColor } from './contrast';

/** A color scheme the UI is drawn in. */
export type Scheme = 'light' | 'dark';

/** The UI's color custom properties (`--portcullis-<key>`), in editing order. */
export const THEME_COLORS = [
  { key: 'bg', label: 'Background' },
  { key: 'fg', label: 'Text' },
  { key: 'muted', label: 'Secondary text' },
  { key: 'accent', label: 'Buttons (accent)' },
  { key: 'accent-fg', label: 'Button text' },
  { key: 'link', label: 'Links' },
  { key: 'border', label: 'Borders and switches' },
  { key: 'surface', label: 'Vendor boxes (surface)' },
] as const;

/** A theme color key. */
export type ColorKey = (typeof THEME_COLORS)[number]['key'];

/**
 * The UI's default colors per scheme, as in styles/portcullis.css (a unit test keeps them
 * equal). In light, links default to the accent.
 */
export const DEFAULT_COLORS: Record<Scheme, Record<ColorKey, string>> = {
  light: { bg: '#ffffff', fg: '#15181d', muted: '#4b5362', accent: '#1f56c3', 'accent-fg': '#ffffff', link: '', border: '#6f7885', surface: '#f3f5f8' },
  dark: { bg: '#1b1e24', fg: '#eceef2', muted: '#b3bac6', accent: '#3a6ad4', 'accent-fg': '#ffffff', link: '#9fc1ff', border: '#8d96a4', surface: '#262a31' },
};

/** A theme value by key, written with or without the `--portcullis-` prefix. */
export function themeValue(theme: Record<string, string> | undefined, key: string): string | undefined {
  return theme?.[key] ?? theme?.['--portcullis-' + key];
}

/** The colors the UI uses in a scheme: the theme's (applied in both schemes), else the defaults. */
export function effectiveColors(theme: Record<string, string> | undefined, scheme: Scheme): Record<ColorKey, string> {
  const out = { ...DEFAULT_COLORS[scheme] };
  for (const { key } of THEME_COLORS) out[key] = themeValue(theme, key) || out[key];
  if (!out.link) out.link = out.accent;
  return out;
}

/** A pair of colors that must contrast: text needs 4.5:1 (WCAG 1.4.3), borders and controls 3:1 (1.4.11). */
export interface ContrastPair {
  name: string;
  fg: ColorKey;
  bg: ColorKey;
  min: 4.5 | 3;
}

/** The pairs the UI draws text or controls with. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { name: 'Text on background', fg: 'fg', bg: 'bg', min: 4.5 },
  { name: 'Secondary text on background', fg: 'muted', bg: 'bg', min: 4.5 },
  { name: 'Links on background', fg: 'link', bg: 'bg', min: 4.5 },
  { name: 'Button text on buttons', fg: 'accent-fg', bg: 'accent', min: 4.5 },
  { name: 'Text on vendor boxes', fg: 'fg', bg: 'surface', min: 4.5 },
  { name: 'Buttons and switches on background', fg: 'accent', bg: 'bg', min: 3 },
  { name: 'Borders and switches on background', fg: 'border', bg: 'bg', min: 3 },
];

/** The result of one pair in one scheme; `ratio` is null when a color cannot be parsed. */
export interface ContrastCheck {
  pair: ContrastPair;
  scheme: Scheme;
  fg: string;
  bg: string;
  ratio: number | null;
  ok: boolean;
}

/** Every pair in both schemes. */
export function checkContrast(theme: Record<string, string> | undefined): ContrastCheck[] {
  const out: ContrastCheck[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const colors = effectiveColors(theme, scheme);
    for (const pair of CONTRAST_PAIRS) {
      const [fg, bg] = [colors[pair.fg], colors[pair.bg]];
      const [a, b] = [parseColor(fg), parseColor(bg)];
      const ratio = a && b ? contrastRatio(a, b) : null;
      out.push({ pair, scheme, fg, bg, ratio, ok: ratio == null || ratio >= pair.min });
    }
  }
  return out;
}

/** The theme that draws the UI as a dark-scheme visitor sees it, in any browser: the dark defaults under the site's theme. */
export function darkTheme(theme: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key } of THEME_COLORS) out[key] = DEFAULT_COLORS.dark[key];
  for (const key in theme) out[key.replace(/^--portcullis-/, '')] = theme[key];
  return out;
}

/**
 * The low-contrast warnings to show next to one color input: each failing pair once (both
 * schemes in one line), next to the colors of the pair the theme sets — links that follow
 * the accent count as the accent — or, when it sets none of them, next to the first.
 */
export function warningsFor(theme: Record<string, string> | undefined, checks: readonly ContrastCheck[], key: ColorKey): string[] {
  const out: string[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const failing = checks.filter((c) => c.pair == pair && !c.ok && c.ratio != null);
    if (!failing.length) continue;
    const keys = [pair.fg, pair.bg].flatMap((k) => (k == 'link' && !themeValue(theme, 'link') ? ['link', 'accent'] : [k]));
    const set = keys.filter((k) => themeValue(theme, k));
    if (!(set.length ? set : [pair.fg]).includes(key)) continue;
    const ratios = failing.map((c) => formatRatio(c.ratio!));
    const where =
      failing.length == 2 && ratios[0] == ratios[1]
        ? `${ratios[0]} in light and dark mode`
        : failing.map((c, i) => `${ratios[i]} in ${c.scheme} mode`).join(', ');
    out.push(`${pair.name}: ${where}, below ${pair.min}:1`);
  }
  return out;
}
