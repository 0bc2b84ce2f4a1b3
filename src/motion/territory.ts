/**
 * Territory on either side of a front line, as two polygons closed along the edges of the
 * theatre box. The line runs from one point on the box outline to another (its sea extensions
 * end there); the polygons may cover sea and foreign land, which the map hides under its masks
 * (geo/layers/masks.geojson), so nothing here needs clipping per frame.
 */
import type { Position } from './lerpLine.ts';

/** [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

/**
 * Where a point on the box outline lies, as a number from 0 to 4: the south edge west → east is
 * [0, 1), the east edge south → north [1, 2), the north edge east → west [2, 3), the west edge
 * north → south [3, 4). Points inside the box are projected to the nearest edge.
 */
export function outlineParam([x, y]: Position, [[w, s], [e, n]]: Box): number {
  const d = [y - s, e - x, n - y, x - w].map(Math.abs);
  const edge = d.indexOf(Math.min(...d));
  const fx = (x - w) / (e - w);
  const fy = (y - s) / (n - s);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  switch (edge) {
    case 0:
      return clamp(fx);
    case 1:
      return 1 + clamp(fy);
    case 2:
      return 2 + clamp(1 - fx);
    default:
      return (3 + clamp(1 - fy)) % 4;
  }
}

/** The point at outline position `u` (any real number; taken modulo 4). */
export function outlinePoint(u: number, [[w, s], [e, n]]: Box): Position {
  const v = ((u % 4) + 4) % 4;
  const edge = Math.floor(v);
  const f = v - edge;
  switch (edge) {
    case 0:
      return [w + (e - w) * f, s];
    case 1:
      return [e, s + (n - s) * f];
    case 2:
      return [e - (e - w) * f, n];
    default:
      return [w, n - (n - s) * f];
  }
}

/**
 * Interpolate between two outline positions the short way round (so an end sliding from the west
 * coast to the south coast turns the south-west corner rather than crossing the whole map).
 */
export function lerpOutline(a: number, b: number, t: number): number {
  let d = b - a;
  if (d > 2) d -= 4;
  if (d < -2) d += 4;
  return (((a + d * t) % 4) + 4) % 4;
}

/** Corners passed walking the outline from `from` to `to`, in that direction (+1 or −1). */
function corners(from: number, to: number, direction: 1 | -1, box: Box): Position[] {
  const out: Position[] = [];
  let target = to;
  if (direction === 1) {
    while (target <= from) target += 4;
    for (let c = Math.floor(from) + 1; c < target; c++) out.push(outlinePoint(c, box));
  } else {
    while (target >= from) target -= 4;
    for (let c = Math.ceil(from) - 1; c > target; c--) out.push(outlinePoint(c, box));
  }
  return out;
}

export interface Territory {
  /** The side to the right of the line's direction: the south for a west → east line. */
  right: Position[];
  /** The side to the left: the north for a west → east line. */
  left: Position[];
}

/**
 * The two closed rings (GeoJSON polygon outer rings, first = last) either side of `line`, whose
 * first and last vertices lie on the box outline.
 */
export function territory(line: readonly Position[], box: Box): Territory {
  if (line.length < 2) throw new Error('territory(): the line needs at least two vertices');
  const start = line[0]!;
  const end = line.at(-1)!;
  const u0 = outlineParam(start, box);
  const u1 = outlineParam(end, box);
  const ring = (direction: 1 | -1): Position[] => [
    ...line.map(([x, y]): Position => [x, y]),
    ...corners(u1, u0, direction, box),
    [start[0], start[1]],
  ];
  return { right: ring(-1), left: ring(1) };
}
