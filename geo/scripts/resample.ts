import { kmBetween, type Position } from './geometry.ts';

/**
 * `n` points evenly spaced by arc length along a polyline, from its first point to its last.
 * Each point is placed on a segment of the line by linear interpolation in degrees, so it lies
 * on the line; arc length is measured in km segment by segment (local equirectangular), so
 * the spacing is even on the ground, not in degrees. The first and last points are the line's
 * own end points, unchanged.
 *
 * @example
 * resample([[0, 0], [3, 0]], 4) // [[0, 0], [1, 0], [2, 0], [3, 0]]
 */
export function resample(line: Position[], n: number): Position[] {
  if (n < 2 || line.length < 2) throw new Error('resample: need a line and at least two points');
  const lengths = line.slice(1).map((p, i) => kmBetween(line[i]!, p));
  const total = lengths.reduce((a, b) => a + b, 0);
  const out: Position[] = [line[0]!];
  let seg = 0;
  let before = 0; // km along the line to the start of segment `seg`
  for (let k = 1; k < n - 1; k++) {
    const at = (total * k) / (n - 1);
    while (seg < lengths.length - 1 && before + lengths[seg]! < at) before += lengths[seg++]!;
    const [a, b] = [line[seg]!, line[seg + 1]!];
    const t = lengths[seg]! > 0 ? Math.min(1, (at - before) / lengths[seg]!) : 0;
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  out.push(line.at(-1)!);
  return out;
}
