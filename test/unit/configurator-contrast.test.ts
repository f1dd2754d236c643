// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, luminance, parseColor, toHex } from '../../src/configurator/contrast';
import { checkContrast, darkTheme, DEFAULT_COLORS, effectiveColors, THEME_COLORS, warningsFor } from '../../src/configurator/themeChecks';

const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

describe('contrast', () => {
  it('computes WCAG ratios of known pairs', () => {
    expect(ratio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(ratio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(ratio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(ratio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(ratio('#1f56c3', '#1f56c3')).toBe(1);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(luminance([0, 0, 0])).toBe(0);
  });

  it('parses hex, rgb() and white/black; anything else cannot be checked', () => {
    expect(parseColor('#abc')).toEqual([170, 187, 204]);
    expect(parseColor('#AABBCC80')).toEqual([170, 187, 204]);
    expect(parseColor('rgb(10, 20, 30)')).toEqual([10, 20, 30]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30]);
    expect(parseColor(' White ')).toEqual([255, 255, 255]);
    for (const bad of ['', 'red', 'var(--x)', 'hsl(0 0% 0%)', '#12', 'rgb(300, 0, 0)']) expect(parseColor(bad)).toBeNull();
  });

  it('formats rounding down, so 4.50 shown always passes', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
    expect(toHex('#abc')).toBe('#aabbcc');
    expect(toHex('nope')).toBeNull();
  });
});

describe('theme checks', () => {
  it('the defaults pass every pair in both schemes', () => {
    expect(checkContrast(undefined).filter((c) => !c.ok)).toEqual([]);
  });

  it('a pale accent fails the button pair, in both schemes, since the theme applies to both', () => {
    const failing = checkContrast({ accent: '#cccccc' }).filter((c) => !c.ok);
    expect(failing.map((c) => `${c.scheme} ${c.pair.fg}/${c.pair.bg}`)).toEqual(
      expect.arrayContaining(['light accent-fg/accent', 'dark accent-fg/accent', 'light accent/bg']),
    );
  });

  it('a light background only fails against the dark scheme’s light text', () => {
    const failing = checkContrast({ '--portcullis-bg': '#ffffff' }).filter((c) => !c.ok);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((c) => c.scheme == 'dark')).toBe(true);
  });

  it('links follow the accent in light, not in dark', () => {
    expect(effectiveColors({ accent: '#000000' }, 'light').link).toBe('#000000');
    expect(effectiveColors({ accent: '#000000' }, 'dark').link).toBe(DEFAULT_COLORS.dark.link);
  });

  it('shows each failing pair once, next to the colors the theme set', () => {
    const theme = { accent: '#cccccc' };
    const checks = checkContrast(theme);
    expect(warningsFor(theme, checks, 'accent')).toEqual([
      'Links on background: 1.60:1 in light mode, below 4.5:1',
      'Button text on buttons: 1.60:1 in light and dark mode, below 4.5:1',
      'Buttons and switches on background: 1.60:1 in light mode, below 3:1',
    ]);
    // The defaults it is paired with stay quiet.
    expect(warningsFor(theme, checks, 'bg')).toEqual([]);
    expect(warningsFor(theme, checks, 'accent-fg')).toEqual([]);
    expect(warningsFor(theme, checks, 'link')).toEqual([]);
    // Both set: both warned.
    const both = { accent: '#777777', 'accent-fg': '#888888' };
    expect(warningsFor(both, checkContrast(both), 'accent-fg')).toEqual(['Button text on buttons: 1.26:1 in light and dark mode, below 4.5:1']);
  });

  it('unparseable colors are not reported as failing', () => {
    expect(checkContrast({ fg: 'var(--brand)' }).filter((c) => c.ratio == null).every((c) => c.ok)).toBe(true);
  });

  it('the dark preview theme is the dark defaults under the site theme', () => {
    expect(darkTheme({ '--portcullis-accent': '#123456', radius: '4px' })).toMatchObject({ bg: '#1b1e24', accent: '#123456', radius: '4px' });
  });

  it('the default colors are those of styles/portcullis.css', () => {
    const css = readFileSync(new URL('../../styles/portcullis.css', import.meta.url), 'utf8');
    const [light, dark] = css.split(/@media \(prefers-color-scheme: dark\)/);
    const read = (block: string, key: string) => new RegExp(`var\\(--portcullis-${key},\\s*(#[0-9a-f]{3,6})\\)`, 'i').exec(block)?.[1];
    for (const { key } of THEME_COLORS) {
      const l = read(light, key);
      expect(l ? toHex(l) : '', `light ${key}`).toBe(DEFAULT_COLORS.light[key]);
      expect(toHex(read(dark, key) || l || DEFAULT_COLORS.light.accent), `dark ${key}`).toBe(DEFAULT_COLORS.dark[key]);
    }
  });
});
