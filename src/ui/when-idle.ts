/**
 * Runs `work` in a task of its own once the browser has nothing more urgent to do (Safari has no
 * requestIdleCallback: a timer then). Starting a download costs the main thread a few milliseconds;
 * started all at once right after the first screen, several of them make one long task, which is
 * when a tap on a slow phone waits. Returns a function that cancels `work` if it has not run yet.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
