import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, yieldToMain } from '../../src/gate/yieldToMain';

const g = globalThis as { scheduler?: unknown };

afterEach(() => {
  delete g.scheduler;
  vi.useRealTimers();
});

describe('nextTask', () => {
  it('resolves in a task of its own, after the timers already queued', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued before'));
    const done = nextTask().then(() => order.push('next task'));
    await Promise.resolve();
    expect(order).toEqual([]);
    await done;
    expect(order).toEqual(['queued before', 'next task']);
  });
});

describe('yieldToMain', () => {
  it('uses scheduler.yield() where the browser has it', async () => {
    const y = vi.fn(() => Promise.resolve());
    g.scheduler = { yield: y };
    await yieldToMain();
    expect(y).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer without it', async () => {
    g.scheduler = {};
    vi.useFakeTimers();
    let resolved = false;
    yieldToMain().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    await vi.runAllTimersAsync();
    expect(resolved).toBe(true);
  });
});
