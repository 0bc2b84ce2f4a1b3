/**
 * Small planar geometry helpers for the build: box clipping, simplification, rounding, a band
 * around a line. Written here so the build has no native or network dependency. Positions are
 * [lon, lat] in degrees; distances in km use a local equirectangular projection, which is
 * good to well under 1% over the few hundred km of the Korean theatre.
 */
export type Position = [number, number];
export type Box = [west: number, south: number, east: number, north: number];

export const KM_PER_DEG_LAT = 110.57;
export const kmPerDegLon = (lat: number): number => 111.32 * Math.cos((lat * Math.PI) / 180);

/** Distance in km between two positions (local equirectangular at their mean latitude). */
export const kmBetween = (a: Position, b: Position): number =>
  Math.hypot((b[0] - a[0]) * kmPerDegLon((a[1] + b[1]) / 2), (b[1] - a[1]) * KM_PER_DEG_LAT);

const round5 = (p: Position): Position => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** Round to 5 decimals and drop consecutive duplicates the rounding creates. */
export function roundLine(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points.map(round5)) if (!out.length || !same(out.at(-1)!, p)) out.push(p);
  return out;
}

/** Round, drop duplicates and close; [] if fewer than three distinct corners are left. */
export function roundRing(ring: Position[]): Position[] {
  const r = roundLine(ring);
  if (r.length > 1 && same(r[0]!, r.at(-1)!)) r.pop();
  return r.length >= 3 ? [...r, r[0]!] : [];
}

const lerp = (a: Position, b: Position, t: number): Position => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/** Sutherland–Hodgman: clip one closed ring to an axis-aligned box. Returns [] if nothing is left. */
export function clipRing(ring: Position[], [w, s, e, n]: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= w, (a, b) => lerp(a, b, (w - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= e, (a, b) => lerp(a, b, (e - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= s, (a, b) => lerp(a, b, (s - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= n, (a, b) => lerp(a, b, (n - a[1]) / (b[1] - a[1]))],
  ];
  let out = same(ring[0]!, ring.at(-1)!) ? ring.slice(0, -1) : ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    });
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** Clip a polyline to a box (Liang–Barsky per segment); returns the pieces inside. */
export function clipLine(line: Position[], [w, s, e, n]: Box): Position[][] {
  const pieces: Position[][] = [];
  let cur: Position[] = [];
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    let [t0, t1] = [0, 1];
    const ok = (
      [
        [-dx, a[0] - w],
        [dx, e - a[0]],
        [-dy, a[1] - s],
        [dy, n - a[1]],
      ] as const
    ).every(([p, q]) => {
      if (p === 0) return q >= 0;
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      return t0 <= t1;
    });
    if (!ok) {
      if (cur.length > 1) pieces.push(cur);
      cur = [];
      continue;
    }
    const [p, q] = [lerp(a, b, t0), lerp(a, b, t1)];
    if (!cur.length || !same(cur.at(-1)!, p)) {
      if (cur.length > 1) pieces.push(cur);
      cur = [p];
    }
    cur.push(q);
    if (t1 < 1) {
      pieces.push(cur);
      cur = [];
    }
  }
  if (cur.length > 1) pieces.push(cur);
  return pieces;
}

function degToSegment(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker in degrees; keeps the first and last point (so closed rings stay closed). */
export function simplify(points: Position[], tolerance: number): Position[] {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  // A closed ring has first === last; split it at its farthest point so it keeps its body.
  const closed = same(points[0]!, points.at(-1)!);
  const stack: [number, number][] = [];
  if (closed) {
    let far = 1;
    for (let k = 1; k < points.length - 1; k++) {
      if (
        Math.hypot(points[k]![0] - points[0]![0], points[k]![1] - points[0]![1]) >
        Math.hypot(points[far]![0] - points[0]![0], points[far]![1] - points[0]![1])
      )
        far = k;
    }
    keep[far] = 1;
    stack.push([0, far], [far, points.length - 1]);
  } else stack.push([0, points.length - 1]);
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let [worst, index] = [-1, -1];
    for (let k = i + 1; k < j; k++) {
      const d = degToSegment(points[k]!, points[i]!, points[j]!);
      if (d > worst) [worst, index] = [d, k];
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([i, index], [index, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

/** Area of a ring in km² (shoelace on a local equirectangular projection). */
export function ringAreaKm2(ring: Position[]): number {
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++)
    sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return Math.abs(sum / 2) * kmPerDegLon(lat) * KM_PER_DEG_LAT;
}

export function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The point of a polyline nearest to p, and its distance in km. */
export function nearestOnLine(p: Position, line: Position[]): { at: Position; km: number } {
  const kx = kmPerDegLon(p[1]);
  let best = { at: line[0]!, km: Infinity };
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    const [dx, dy] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * KM_PER_DEG_LAT];
    const [px, py] = [(p[0] - a[0]) * kx, (p[1] - a[1]) * KM_PER_DEG_LAT];
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, (px * dx + py * dy) / len)) : 0;
    const km = Math.hypot(px - t * dx, py - t * dy);
    if (km < best.km) best = { at: lerp(a, b, t), km };
  }
  return best;
}

/** Where segments ab and cd cross (excluding shared end points), or null. */
export function crossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  if (den === 0) return null;
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
  const u = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / den;
  return t > 1e-12 && t < 1 - 1e-12 && u > 1e-12 && u < 1 - 1e-12 ? lerp(a, b, t) : null;
}

/** Pairs of non-adjacent segments of a ring that cross each other (empty for a simple ring). */
export function selfCrossings(ring: Position[]): [number, number][] {
  const n = ring.length - 1;
  const found: [number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (crossing(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) found.push([i, j]);
    }
  return found;
}

/** Cut out the little loops an offset curve makes on the inside of tight bends. */
function removeLoops(line: Position[]): Position[] {
  const out = [...line];
  for (let i = 0; i < out.length - 1; i++) {
    for (let j = out.length - 2; j > i + 1; j--) {
      const x = crossing(out[i]!, out[i + 1]!, out[j]!, out[j + 1]!);
      if (x) {
        out.splice(i + 1, j - i, x);
        break;
      }
    }
  }
  return out;
}

/**
 * A band `km` either side of a polyline, as one closed ring: each vertex is offset along the
 * bisector of its two segments' normals (mitred, capped at 2 × km on sharp bends), each side's
 * inner loops are cut out, and the left side is joined to the reversed right side.
 */
export function band(line: Position[], km: number): Position[] {
  const side = (sign: 1 | -1): Position[] =>
    removeLoops(
      line.map((p, i) => {
        const kx = kmPerDegLon(p[1]);
        const normal = (a: Position, b: Position): Position => {
          const [dx, dy] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * KM_PER_DEG_LAT];
          const len = Math.hypot(dx, dy) || 1;
          return [-dy / len, dx / len];
        };
        const n1 = normal(line[Math.max(0, i - 1)]!, line[Math.max(1, i)]!);
        const n2 = normal(line[Math.min(i, line.length - 2)]!, line[Math.min(i + 1, line.length - 1)]!);
        const [mx, my] = [n1[0] + n2[0], n1[1] + n2[1]];
        const m = Math.hypot(mx, my) || 1;
        const cosHalf = Math.max(0.5, (mx / m) * n1[0] + (my / m) * n1[1]);
        const d = (sign * km) / cosHalf;
        return [p[0] + ((mx / m) * d) / kx, p[1] + ((my / m) * d) / KM_PER_DEG_LAT] as Position;
      }),
    );
  return [...side(1), ...side(-1).reverse(), side(1)[0]!];
}
