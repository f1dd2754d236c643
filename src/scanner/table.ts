/** Visible width of a cell (code points; the scanner prints no wide characters). */
const width = (s: string) => [...s].length;

/** A cell cut to `max` characters, ending in `…` when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Rows as an aligned plain-text table: columns padded to their widest cell, two spaces
 * apart, the header underlined with dashes, no trailing spaces.
 */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i] - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
