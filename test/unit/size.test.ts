// @vitest-environment node
/**
 * Size is a tested property: every bundle (or sum of bundles, written "a + b") listed under
 * "budgets" in package.json must gzip (-9) within its budget, and every size the README
 * states between `<!-- size:FILE -->` and `<!-- /size -->` must match the built file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root));
const budgets: Record<string, number> = JSON.parse(read('package.json').toString()).budgets;

/** gzip -9 size in bytes of one file or of "a + b". */
export function gzipSize(spec: string): number {
  return spec
    .split(' + ')
    .map((file) => {
      if (!existsSync(new URL(file, root))) throw new Error(`${file} is missing: run npm run build first`);
      return gzipSync(read(file), { level: 9 }).length;
    })
    .reduce((a, b) => a + b, 0);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

describe('size budgets', () => {
  for (const [spec, budget] of Object.entries(budgets))
    it(`${spec} ≤ ${kb(budget)} KB gzip`, () => {
      expect(gzipSize(spec)).toBeLessThanOrEqual(budget);
    });
});

describe('README size claims', () => {
  const readme = read('README.md').toString();
  const claims = [...readme.matchAll(/<!-- size:(.+?) -->([\d.]+) KB<!-- \/size -->/g)];
  it('states the loader size', () => {
    expect(claims.map((c) => c[1])).toContain('dist/portcullis.js');
  });
  for (const [, spec, claimed] of claims)
    it(`README's ${claimed} KB for ${spec} is the built size and within budget`, () => {
      expect(claimed).toBe(kb(gzipSize(spec)));
      if (budgets[spec]) expect(Number(claimed) * 1024).toBeLessThanOrEqual(budgets[spec]);
    });
});
