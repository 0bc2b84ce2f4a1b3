import { kmBetween, type Position } from './geometry.ts';

/**
 * The stretches of a polyline that run over land, as [from, to] km along the line.
 *
 * Exact, not sampled: every crossing of a line segment with a ring edge is found, and the
 * stretches between crossings alternate between sea and land (even–odd over all rings, so holes
 * count as sea). The line's last point must lie at sea — in the build it is on the edge of the
 * theatre box, which no land in the test set reaches — so parity is counted back from there and
 * a first point lying exactly on a coast cannot flip the answer. A ring vertex lying exactly on a
 * segment counts as lying to its left (the usual symbolic perturbation), so a line grazing a
 * vertex is not taken for a crossing.
 *
 * @example
 * landAlong([[128.47, 35.085], [128.47, 32.5]], koreanLand) // [] if the way south is clear
 */
export function landAlong(line: Position[], polygons: Position[][][]): [from: number, to: number][] {
  const rings = polygons.flat().map((ring) => ({ ring, box: bounds(ring) }));
  // km along the line where it crosses a coast, in order
  const crossings: number[] = [];
  let start = 0;
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    const km = kmBetween(a, b);
    const segBox = bounds([a, b]);
    const ts: number[] = [];
    for (const { ring, box } of rings) {
      if (box[0] > segBox[2] || box[2] < segBox[0] || box[1] > segBox[3] || box[3] < segBox[1]) continue;
      for (let k = 0; k < ring.length - 1; k++) {
        const t = cross(a, b, ring[k]!, ring[k + 1]!);
        if (t !== null) ts.push(t);
      }
    }
    crossings.push(...ts.sort((x, y) => x - y).map((t) => start + t * km));
    start += km;
  }
  // The last point is at sea: walking back, each crossing toggles land and sea. A line touching
  // a corner crosses twice at one place: an empty stretch, dropped.
  const stretches: [number, number][] = [];
  for (let k = crossings.length - 1; k >= 0; k -= 2)
    stretches.unshift([k > 0 ? crossings[k - 1]! : 0, crossings[k]!]);
  return stretches.filter(([from, to]) => to - from > 1e-9);
}

function bounds(points: Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points)
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return [w, s, e, n];
}

/** Side of p relative to the directed line ab: 1 left (or on it), -1 right. */
const side = (a: Position, b: Position, p: Position): 1 | -1 =>
  (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0 ? 1 : -1;

/** Where edge cd crosses segment ab, as a fraction of ab in [0, 1), or null. */
function cross(a: Position, b: Position, c: Position, d: Position): number | null {
  if (side(a, b, c) === side(a, b, d)) return null;
  // cd straddles the line through ab; does ab straddle cd? (end points on cd count as touching)
  const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  if (den === 0) return null;
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
  return t >= 0 && t < 1 ? t : null;
}
