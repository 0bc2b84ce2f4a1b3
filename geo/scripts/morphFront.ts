import { crossing, roundLine, type Box, type Position } from './geometry.ts';
import { divideRoute } from './divideRoute.ts';
import { extendFront } from './extendFront.ts';
import { offLand } from './offLand.ts';
import { resample } from './resample.ts';

export interface MorphCounts {
  /** Vertices of each extension (before the body and after it). */
  ends: number;
  /** Vertices of the front itself. */
  body: number;
  /** Korean land within this distance of a front's end does not block an extension (km). */
  coastKm: number;
}

/**
 * A front ready to morph into any other: oriented west → east, extended through water to the
 * box edge at both ends (extendFront), and resampled to a fixed number of vertices — `ends`
 * on each extension (divideRoute: even steps, a route's corners kept), `body` on the front
 * itself (resample: even steps by arc length, the end points unchanged). Rounded to 5 decimals
 * like every layer, and checked again after rounding: the counts hold, the extensions still stay
 * off Korean land, and the whole line does not cross itself (so, closed along the box edge, it
 * makes a simple polygon).
 *
 * @returns The coordinates (`ends` + `body` + `ends`), and which way each end left.
 */
export function morphFront(
  id: string,
  front: Position[],
  koreanLand: Position[][][],
  box: Box,
  { ends, body, coastKm }: MorphCounts,
): { coordinates: Position[]; ways: [string, string] } {
  const { line, start, end } = extendFront(id, front, koreanLand, box, coastKm);
  const coordinates = roundLine([
    ...divideRoute(start.route, ends).toReversed(),
    ...resample(line, body),
    ...divideRoute(end.route, ends),
  ]);
  if (coordinates.length !== 2 * ends + body) throw new Error(`${id}: rounding merged vertices`);
  const [first, last] = [line[0]!, line.at(-1)!];
  const head = coordinates.slice(0, ends + 1).toReversed(); // from the front's first point out
  const tail = coordinates.slice(ends + body - 1); // from its last point out
  if (!offLand(head, koreanLand, first, coastKm) || !offLand(tail, koreanLand, last, coastKm))
    throw new Error(`${id}: after rounding, an extension touches Korean land`);
  for (let i = 0; i < coordinates.length - 1; i++)
    for (let j = i + 2; j < coordinates.length - 1; j++)
      if (crossing(coordinates[i]!, coordinates[i + 1]!, coordinates[j]!, coordinates[j + 1]!))
        throw new Error(`${id}: the extended line crosses itself (segments ${i} and ${j})`);
  return { coordinates, ways: [start.way, end.way] };
}
