import { describe, expect, it, vi } from 'vitest';
import { lazy } from '../../src/lazy';

describe('lazy', () => {
  it('loads once on first use and runs queued calls in order', async () => {
    let resolve!: (v: string) => void;
    const load = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const l = lazy(load);
    const seen: string[] = [];
    expect(l.current()).toBeUndefined();
    l.use((v) => seen.push('a' + v));
    l.use((v) => seen.push('b' + v));
    expect(load).toHaveBeenCalledTimes(1);
    resolve('!');
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual(['a!', 'b!']);
    l.use((v) => seen.push('c' + v));
    expect(seen).toEqual(['a!', 'b!', 'c!']);
    expect(l.current()).toBe('!');
    expect(load).toHaveBeenCalledTimes(1);
  });
  it('reports a failed load and retries on the next use', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(1);
    const l = lazy<number>(load);
    const fn = vi.fn();
    l.use(fn);
    await new Promise((r) => setTimeout(r));
    expect(error).toHaveBeenCalledWith('[portcullis]', expect.objectContaining({ message: 'offline' }));
    expect(fn).not.toHaveBeenCalled();
    l.use(fn);
    await new Promise((r) => setTimeout(r));
    expect(fn).toHaveBeenCalledWith(1);
  });
  it('reports a throwing user without breaking later ones', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const l = lazy(() => Promise.resolve(1));
    const after = vi.fn();
    l.use(() => {
      throw new Error('x');
    });
    l.use(after);
    await new Promise((r) => setTimeout(r));
    expect(error).toHaveBeenCalled();
    expect(after).toHaveBeenCalledWith(1);
  });
});
