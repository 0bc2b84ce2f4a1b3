import { crossing, type Box, type Position } from './geometry.ts';
import { offLand } from './offLand.ts';
import { seaRoute, type Way } from './seaRoute.ts';

const CARDINAL: Record<Way, Position> = { W: [-1, 0], E: [1, 0], S: [0, -1], N: [0, 1] };
/**
 * The straight ways to try, in order: due west from the western end and due east from the
 * eastern end first, so that the cross-peninsula fronts all leave the box by its west and east
 * edges and one front's territory closes with the same corners as the next; then south and
 * north (the Pusan perimeter's western end is on the south coast); last the continuation of the
 * end segment.
 */
const WAYS: Record<'start' | 'end', Way[]> = { start: ['W', 'S', 'N'], end: ['E', 'N', 'S'] };

export interface Extension {
  /** From the front's end out to the box edge: two points if straight, more if it had to find its way out. */
  route: Position[];
  /** Which way it left: `W`, `E`, `S`, `N`, `segment` (on along the end segment) or `n legs by sea`. */
  way: string;
}

export interface ExtendedFront {
  /** The front, from its western (or south-western) end to its eastern end. */
  line: Position[];
  /** Out from the first point of `line`. */
  start: Extension;
  /** Out from the last point of `line`. */
  end: Extension;
}

/**
 * Orient a front west → east and continue each end to the edge of the box through water.
 *
 * First a straight line is tried, due W / S / N from the western end (E / N / S from the eastern),
 * then on along the end segment; the first that stays off Korean land wins. Land within
 * `coastKm` of the end does not count: the hand-digitised ends lie on or near the coast, on
 * either side of it. A front ending in an estuary or behind islands has no such line; it finds
 * its way out by `seaRoute` to where a straight line due W / S / N (E / N / S) is clear. An
 * extension must not cross the front either. Throws, naming the front, if there is no way out.
 *
 * @param koreanLand Korean land only: an extension may cross China or Japan, which the client
 *   covers with the foreign-land mask.
 */
export function extendFront(
  id: string,
  front: Position[],
  koreanLand: Position[][][],
  box: Box,
  coastKm: number,
): ExtendedFront {
  const line = front[0]![0] <= front.at(-1)![0] ? [...front] : front.toReversed();
  const crossesFront = (route: Position[]) =>
    route.some((a, r) => r > 0 && line.some((p, i) => i > 0 && crossing(route[r - 1]!, a, line[i - 1]!, p)));
  const extend = (end: 'start' | 'end'): Extension => {
    const [from, next] = end === 'start' ? [line[0]!, line[1]!] : [line.at(-1)!, line.at(-2)!];
    const tries: [string, Position][] = [
      ...WAYS[end].map((way): [string, Position] => [way, CARDINAL[way]]),
      ['segment', [from[0] - next[0], from[1] - next[1]]],
    ];
    for (const [way, d] of tries) {
      const route = [from, toEdge(from, d, box)];
      if (offLand(route, koreanLand, from, coastKm) && !crossesFront(route)) return { route, way };
    }
    const route = seaRoute(from, koreanLand, box, WAYS[end], coastKm);
    if (crossesFront(route)) throw new Error(`${id}: the way out by sea from its ${end} crosses the front`);
    return { route, way: `${route.length - 1} legs by sea` };
  };
  return { line, start: extend('start'), end: extend('end') };
}

/**
 * Where the ray from p in direction d leaves the box. The coordinate of the edge it leaves by is
 * set exactly (122.5, not 122.50000000001), so the end lies on the edge after rounding.
 */
function toEdge(p: Position, d: Position, [w, s, e, n]: Box): Position {
  const options: [number, Position][] = [];
  if (d[0] < 0) options.push([(w - p[0]) / d[0], [w, NaN]]);
  if (d[0] > 0) options.push([(e - p[0]) / d[0], [e, NaN]]);
  if (d[1] < 0) options.push([(s - p[1]) / d[1], [NaN, s]]);
  if (d[1] > 0) options.push([(n - p[1]) / d[1], [NaN, n]]);
  const [t, edge] = options.sort((a, b) => a[0] - b[0])[0]!;
  return [
    Number.isNaN(edge[0]) ? p[0] + t * d[0] : edge[0],
    Number.isNaN(edge[1]) ? p[1] + t * d[1] : edge[1],
  ];
}
