/**
 * Gives the main thread back so the browser can paint and handle input between pieces of
 * work: `scheduler.yield()` where available (it keeps this task's priority), else a timer.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
