/**
 * Scrolly embed: where the article has scrolled the story's track → the active step and how far
 * through it the reader is.
 *
 * embed.js gives the track (a tall box in the article, the iframe sticky inside it) a height of
 * one viewport plus one viewport per step, so each step gets a viewport's worth of scrolling.
 * The track's scrollable distance (its height less one viewport) is divided evenly between the
 * steps. Before the track reaches the top of the viewport the first step shows from its
 * beginning; after it has passed, the last step shows finished. Only the ratio matters, so the
 * mapping holds for any viewport, track length or zoom.
 */
export interface TrackPosition {
  /** The track's top relative to the viewport's top, in CSS pixels (negative once scrolled past). */
  top: number;
  /** The track's height. */
  height: number;
  /** The viewport's height. */
  viewport: number;
}

/**
 * @param steps how many steps the story has (at least 1)
 * @example stepAtScroll({ top: -1500, height: 4000, viewport: 1000 }, 3) // { index: 1, progress: 0.5 }
 */
export function stepAtScroll(
  { top, height, viewport }: TrackPosition,
  steps: number,
): { index: number; progress: number } {
  const last = Math.max(0, steps - 1);
  const scrollable = height - viewport;
  if (!(scrollable > 0) || !Number.isFinite(top)) return { index: 0, progress: 0 };
  const through = Math.min(1, Math.max(0, -top / scrollable)) * steps;
  const index = Math.min(last, Math.floor(through));
  return { index, progress: Math.min(1, through - index) };
}

/**
 * The scroll offset (from the track's top) at which step `index` begins: where embed.js scrolls
 * the article when the host asks for a step.
 */
export function scrollForStep(index: number, steps: number, height: number, viewport: number): number {
  const scrollable = Math.max(0, height - viewport);
  return steps > 0 ? (scrollable * Math.min(Math.max(index, 0), steps - 1)) / steps : 0;
}
