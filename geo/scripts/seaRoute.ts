import { KM_PER_DEG_LAT, kmBetween, kmPerDegLon, type Box, type Position } from './geometry.ts';
import { offLand } from './offLand.ts';

export type Way = 'W' | 'E' | 'S' | 'N';

/** Grid cell, degrees (~450 × 550 m): fine enough for the Han estuary's channels. */
const CELL = 0.005;

/**
 * The shortest way by water from a point on the coast to the edge of the box, as a polyline with
 * as few corners as possible: for a front whose end lies in an estuary or behind islands, where
 * no straight line out is clear.
 *
 * The land is drawn onto a grid covering the box, conservatively: a cell is land if any land
 * polygon's edge passes through it or its centre lies inside one, so a straight step between two
 * neighbouring water cells never touches land. A shortest-path search (8 neighbours, lengths in
 * km) runs from `from` until it reaches a water cell from which a straight line due one of
 * `ways` reaches the box edge through water cells only; that line ends the route. The grid path
 * is then pulled tight — from each corner, on to the farthest later point in plain sight — with
 * the exact test (`offLand`), which has the last word on every leg. Land within `coastKm` of
 * `from` does not count: the front's end may lie just inside the coast.
 *
 * Deterministic: ties in the search are broken by cell index.
 *
 * @returns The route from `from` (first) to the box edge (last).
 */
export function seaRoute(
  from: Position,
  land: Position[][][],
  box: Box,
  ways: Way[],
  coastKm: number,
): Position[] {
  const { nx, ny, isLand, first, last } = landGrid(land, box);
  const [w, s] = box;
  const centre = (i: number): Position => [
    w + ((i % nx) + 0.5) * CELL,
    s + (Math.floor(i / nx) + 0.5) * CELL,
  ];
  const exit = (k: number): Way | undefined => {
    const [i, j] = [k % nx, Math.floor(k / nx)];
    return ways.find(
      (way) =>
        (way === 'W' && i < first.row[j]!) ||
        (way === 'E' && i > last.row[j]!) ||
        (way === 'S' && j < first.col[i]!) ||
        (way === 'N' && j > last.col[i]!),
    );
  };

  // Dijkstra from the cell holding `from`; land cells only within coastKm of it.
  const dist = new Float64Array(nx * ny).fill(Infinity);
  const prev = new Int32Array(nx * ny).fill(-1);
  const heap = new Heap();
  const startCell =
    Math.min(ny - 1, Math.floor((from[1] - s) / CELL)) * nx +
    Math.min(nx - 1, Math.floor((from[0] - w) / CELL));
  dist[startCell] = kmBetween(from, centre(startCell));
  heap.push(dist[startCell]!, startCell);
  const [kx, ky] = [kmPerDegLon(from[1]) * CELL, KM_PER_DEG_LAT * CELL];
  let goal = -1;
  let way: Way | undefined;
  while (heap.size) {
    const [d, k] = heap.pop();
    if (d > dist[k]!) continue;
    if (!isLand[k] && (way = exit(k))) {
      goal = k;
      break;
    }
    const [i, j] = [k % nx, Math.floor(k / nx)];
    for (let dj = -1; dj <= 1; dj++)
      for (let di = -1; di <= 1; di++) {
        if ((!di && !dj) || i + di < 0 || i + di >= nx || j + dj < 0 || j + dj >= ny) continue;
        const n = k + dj * nx + di;
        if (isLand[n] && kmBetween(from, centre(n)) > coastKm) continue;
        const nd = d + Math.hypot(di * kx, dj * ky);
        if (nd < dist[n]!) {
          dist[n] = nd;
          prev[n] = k;
          heap.push(nd, n);
        }
      }
  }
  if (goal < 0 || !way)
    throw new Error(`no way by sea from [${from}] to the ${ways.join('/')} edge of the box`);

  const cells: number[] = [];
  for (let k = goal; k !== -1; k = prev[k]!) cells.unshift(k);
  const g = centre(goal);
  const edge: Position =
    way === 'W' ? [w, g[1]] : way === 'E' ? [box[2], g[1]] : way === 'S' ? [g[0], s] : [g[0], box[3]];
  // Pull the path tight: from each kept point on to the farthest later point in plain sight.
  // Only water points are targets (landAlong counts parity from a point at sea).
  const path: Position[] = [from, ...cells.map(centre), edge];
  const wet = [false, ...cells.map((k) => !isLand[k]), true];
  const clear = (i: number, j: number) => offLand([path[i]!, path[j]!], land, from, coastKm);
  const route = [from];
  for (let i = 0; i < path.length - 1;) {
    let j = path.length - 1;
    while (j > i + 1 && !(wet[j] && clear(i, j))) j--;
    if (!wet[j] || !clear(i, j))
      throw new Error(`sea route from [${from}]: the step [${path[i]}] → [${path[j]}] touches land`);
    route.push(path[j]!);
    i = j;
  }
  return route;
}

interface Grid {
  nx: number;
  ny: number;
  /** 1 = land, row by row from the south-west corner. */
  isLand: Uint8Array;
  /** The first and last land cell of every row and column: a water cell west of its row's first land cell sees the west edge, and so on. */
  first: { row: Int32Array; col: Int32Array };
  last: { row: Int32Array; col: Int32Array };
}
const grids = new WeakMap<Position[][][], Grid>();

/** The land drawn onto the grid (once per land array). */
function landGrid(land: Position[][][], box: Box): Grid {
  const known = grids.get(land);
  if (known) return known;
  const [w, s, e, n] = box;
  const nx = Math.round((e - w) / CELL);
  const ny = Math.round((n - s) / CELL);
  const isLand = new Uint8Array(nx * ny);
  const mark = (x: number, y: number) => {
    const [i, j] = [Math.floor((x - w) / CELL), Math.floor((y - s) / CELL)];
    if (i >= 0 && i < nx && j >= 0 && j < ny) isLand[j * nx + i] = 1;
  };
  for (const ring of land.flat()) {
    // Cells the coast passes through (sampled at an eighth of a cell; the exact test catches a
    // corner clipped by less).
    for (let k = 0; k < ring.length - 1; k++) {
      const [a, b] = [ring[k]!, ring[k + 1]!];
      const steps = Math.ceil((Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / CELL) * 8) || 1;
      for (let t = 0; t <= steps; t++)
        mark(a[0] + ((b[0] - a[0]) * t) / steps, a[1] + ((b[1] - a[1]) * t) / steps);
    }
    // Cells whose centre is inside the ring (lakes count as land: the routes are at sea).
    const rows = new Map<number, number[]>();
    for (let k = 0; k < ring.length - 1; k++) {
      const [a, b] = [ring[k]!, ring[k + 1]!];
      // One row more each side: the exact test below decides, so rounding cannot drop a crossing.
      const [j0, j1] = [
        Math.ceil((Math.min(a[1], b[1]) - s) / CELL - 0.5),
        Math.floor((Math.max(a[1], b[1]) - s) / CELL - 0.5),
      ];
      for (let j = Math.max(0, j0 - 1); j <= Math.min(ny - 1, j1 + 1); j++) {
        const y = s + (j + 0.5) * CELL;
        if (a[1] > y === b[1] > y) continue;
        const x = a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
        rows.set(j, [...(rows.get(j) ?? []), x]);
      }
    }
    for (const [j, xs] of rows) {
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2)
        for (
          let i = Math.max(0, Math.ceil((xs[k]! - w) / CELL - 0.5));
          i <= Math.min(nx - 1, Math.floor((xs[k + 1]! - w) / CELL - 0.5));
          i++
        )
          isLand[j * nx + i] = 1;
    }
  }
  const first = { row: new Int32Array(ny).fill(nx), col: new Int32Array(nx).fill(ny) };
  const last = { row: new Int32Array(ny).fill(-1), col: new Int32Array(nx).fill(-1) };
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++)
      if (isLand[j * nx + i]) {
        first.row[j] = Math.min(first.row[j]!, i);
        last.row[j] = i;
        first.col[i] = Math.min(first.col[i]!, j);
        last.col[i] = j;
      }
  const grid = { nx, ny, isLand, first, last };
  grids.set(land, grid);
  return grid;
}

/** A binary min-heap of (priority, index), ties broken by index. */
class Heap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  private less = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  push(priority: number, index: number): void {
    const items = this.items;
    items.push([priority, index]);
    for (let c = items.length - 1; c > 0;) {
      const p = (c - 1) >> 1;
      if (!this.less(items[c]!, items[p]!)) break;
      [items[c], items[p]] = [items[p]!, items[c]!];
      c = p;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const end = items.pop()!;
    if (items.length) {
      items[0] = end;
      for (let p = 0; ;) {
        const [l, r] = [2 * p + 1, 2 * p + 2];
        let m = p;
        if (l < items.length && this.less(items[l]!, items[m]!)) m = l;
        if (r < items.length && this.less(items[r]!, items[m]!)) m = r;
        if (m === p) break;
        [items[m], items[p]] = [items[p]!, items[m]!];
        p = m;
      }
    }
    return top;
  }
}
