import { kmBetween, type Position } from './geometry.ts';
import { landAlong } from './landAlong.ts';

/**
 * Whether a polyline stays off land, except within `km` of `near` (the end of a front, which
 * lies on or near the coast, on either side of it). Each leg must end at sea (see landAlong).
 *
 * @example
 * offLand([front.at(-1), [132.5, front.at(-1)[1]]], koreanLand, front.at(-1), 2.5)
 */
export function offLand(line: Position[], land: Position[][][], near: Position, km: number): boolean {
  return line.slice(1).every((b, i) => {
    const a = line[i]!;
    const length = kmBetween(a, b);
    const at = (d: number): Position => [
      a[0] + ((b[0] - a[0]) * d) / length,
      a[1] + ((b[1] - a[1]) * d) / length,
    ];
    return landAlong([a, b], land).every(
      ([from, to]) => kmBetween(near, at(from)) <= km && kmBetween(near, at(to)) <= km,
    );
  });
}
