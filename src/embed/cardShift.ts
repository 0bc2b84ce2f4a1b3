/**
 * How far to slide a step card that is taller than the room it has, as the reader scrolls through
 * the step: its top shows at first, its end by the time they leave it. It holds still for the
 * first and last 15 % of the step, so the opening and the cites can be read at rest.
 *
 * @param overflow card height less the room it has, in pixels (≤ 0: the card fits, no slide)
 * @param progress how far through the step, 0–1
 * @returns upward shift in pixels
 * @example cardShift(200, 0.5) // 100
 */
export function cardShift(overflow: number, progress: number): number {
  if (!(overflow > 0)) return 0;
  const t = Math.min(1, Math.max(0, (progress - 0.15) / 0.7));
  return Math.round(overflow * t);
}
