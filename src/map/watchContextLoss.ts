/**
 * A lost WebGL context that does not come back within `restoreMs` ends the WebGL map: `onGone`
 * runs once the wait is over (the caller draws the map another way). A context restored in time
 * cancels the wait. Context events do not bubble: listened for in the capture phase.
 * @returns a function that stops watching
 * @example const stop = watchContextLoss(container, 3_000, () => drawAsSvg('context lost'));
 */
export function watchContextLoss(target: EventTarget, restoreMs: number, onGone: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onLost = () => {
    clearTimeout(timer);
    timer = setTimeout(onGone, restoreMs);
  };
  const onRestored = () => clearTimeout(timer);
  target.addEventListener('webglcontextlost', onLost, true);
  target.addEventListener('webglcontextrestored', onRestored, true);
  return () => {
    clearTimeout(timer);
    target.removeEventListener('webglcontextlost', onLost, true);
    target.removeEventListener('webglcontextrestored', onRestored, true);
  };
}
