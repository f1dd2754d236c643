import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../src/core/emitter';

describe('createEmitter', () => {
  it('calls listeners until they unsubscribe', () => {
    const e = createEmitter<{ x: number }>(() => {});
    const fn = vi.fn();
    const off = e.on('x', fn);
    e.emit('x', 1);
    off();
    e.emit('x', 2);
    expect(fn.mock.calls).toEqual([[1]]);
  });
  it('keeps two subscriptions of the same function independent', () => {
    const e = createEmitter<{ x: number }>(() => {});
    const fn = vi.fn();
    const off1 = e.on('x', fn);
    e.on('x', fn);
    off1();
    e.emit('x', 1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
  it('reports a throwing listener and still calls the others', () => {
    const report = vi.fn();
    const e = createEmitter<{ x: number }>(report);
    const after = vi.fn();
    e.on('x', () => {
      throw new Error('bad listener');
    });
    e.on('x', after);
    e.emit('x', 1);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'bad listener' }));
    expect(after).toHaveBeenCalledWith(1);
  });
});
