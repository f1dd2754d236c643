import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../src/core/emitter';

const run = (fn: () => unknown) => void fn();

describe('createEmitter', () => {
  it('calls listeners of that event until they unsubscribe', () => {
    const e = createEmitter<{ x: number; y: number }>(run);
    const fn = vi.fn();
    const off = e.on('x', fn);
    e.emit('x', 1);
    e.emit('y', 5);
    off();
    e.emit('x', 2);
    expect(fn.mock.calls).toEqual([[1]]);
  });
  it('keeps two subscriptions of the same function independent', () => {
    const e = createEmitter<{ x: number }>(run);
    const fn = vi.fn();
    const off1 = e.on('x', fn);
    e.on('x', fn);
    off1();
    e.emit('x', 1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
  it('calls only the given listener when asked', () => {
    const e = createEmitter<{ x: number }>(run);
    const other = vi.fn();
    const one = vi.fn();
    e.on('x', other);
    e.emit('x', 3, one);
    expect(one).toHaveBeenCalledWith(3);
    expect(other).not.toHaveBeenCalled();
  });
  it('runs each listener through the guard, so a throwing one does not stop the others', () => {
    const caught: unknown[] = [];
    const guard = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        caught.push(err);
      }
    };
    const e = createEmitter<{ x: number }>(guard);
    const after = vi.fn();
    e.on('x', () => {
      throw new Error('bad listener');
    });
    e.on('x', after);
    e.emit('x', 1);
    expect(caught).toEqual([expect.objectContaining({ message: 'bad listener' })]);
    expect(after).toHaveBeenCalledWith(1);
  });
});
