/** Runs `task` once the browser has painted the current state of the page (at once on a hidden page). */
export function afterNextPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') task();
  else requestAnimationFrame(() => setTimeout(task, 0));
}
