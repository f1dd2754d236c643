/**
 * WCAG 2.x contrast (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): relative luminance
 * of sRGB colors and the ratio between two of them. Pure.
 */

/** An sRGB color, channels 0–255. */
export type Rgb = [number, number, number];

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r g b)` / `rgb(r, g, b)` and
 * `white` / `black`; alpha is ignored. Anything else (named colors, `var()`, `hsl()`) is
 * null: it cannot be checked here.
 */
export function parseColor(css: string): Rgb | null {
  const s = (NAMED[css.trim().toLowerCase()] || css).trim().toLowerCase();
  let hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    if (hex.length <= 4) hex = hex.replace(/./g, '$&$&');
    return [0, 2, 4].map((i) => parseInt(hex!.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*([,/][^)]*)?\)$/.exec(s);
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number) as Rgb;
    return channels.every((c) => c <= 255) ? channels : null;
  }
  return null;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two colors, from 1 to 21, whichever is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `4.54:1`: the ratio rounded down to two decimals, so a ratio shown as 4.50 always passes 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** `#rrggbb` for a color input, or null when the value cannot be parsed. */
export function toHex(css: string): string | null {
  const rgb = parseColor(css);
  return rgb && '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
}
