/**
 * Work that can wait for a quiet moment once the first map is drawn: the other languages' text,
 * the geometry of later steps, the layout of the steps far down the page.
 */

/**
 * Runs `task` when the browser is idle, and within `timeout` ms at the latest; where there is no
 * `requestIdleCallback` (Safari), after 200 ms.
 * @returns a function that cancels the task if it has not run
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
