/**
 * The step that owns the trigger line: the last one whose top edge has crossed it. Used to settle
 * the active step after scrolling stops, whatever events were skipped on the way.
 * @param tops each step's top edge in viewport pixels, in document order
 * @param triggerY the trigger line in viewport pixels
 * @example activeFromGeometry([-900, -100, 300], 450) === 2
 */
export function activeFromGeometry(tops: readonly number[], triggerY: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}
