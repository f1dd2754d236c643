/** Resolves in a task of its own, after the tasks already queued (a timer). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Gives the main thread back so the browser can paint and handle input between pieces of
 * work: `scheduler.yield()` where available (it keeps this task's priority), else a timer.
 * A page's first `scheduler.yield()` sets up its scheduler (about 0.3 ms), so work that
 * only needs to leave the current task, such as a click's, uses `nextTask`.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : nextTask();
}
