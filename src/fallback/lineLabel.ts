/**
 * Where a label written along a line goes (`symbol-placement: line`), as the SVG map places it:
 * once per feature, centred on the longest part of the line in view, on a stretch no more bent
 * than `text-max-angle` allows, read left to right (`text-keep-upright`) and moved off the line by
 * its `text-offset`. MapLibre repeats such labels every `symbol-spacing` pixels; a still map of one
 * step needs the one.
 */
import type { Size } from './fitView.ts';

type Point = [number, number];

/** How far a point may stray from a line before it counts, in pixels (see simplify). */
const TILE_TOLERANCE = 0.375;
/** The stretch over which turns add up, in ems (MapLibre's angle window: 3/5 of a glyph). */
const ANGLE_WINDOW = 0.6;

export interface LineLabelInputs {
  /** The line's parts, projected to pixels. */
  parts: Point[][];
  /** Length of the label along the line, in pixels. */
  length: number;
  /** Font size in pixels (the unit of `offset`, and the step the path is smoothed at). */
  size: number;
  /** `text-offset` in ems: along the line, and across it (negative: above the text's baseline). */
  offset: [number, number];
  /** `text-max-angle` in degrees: the sharpest bend the text may follow. */
  maxAngle: number;
  /** The map: only the parts of the line inside it are written along. */
  viewport?: Size;
}

export interface LineLabelPlace {
  /**
   * The path the text follows, left to right, its middle the label's middle; longer than the
   * label's estimated length, straight on at both ends, since a browser leaves out the glyphs that
   * run off the end of a path and the estimate may fall short.
   */
  path: Point[];
  /** Boxes (x0, y0, x1, y1) round the text's glyphs, for collisions. */
  boxes: [number, number, number, number][];
}

/** The place of a label along a line, or undefined where no part in view is long and straight enough. */
export function lineLabel(inputs: LineLabelInputs): LineLabelPlace | undefined {
  const { length, size, offset, maxAngle } = inputs;
  const runs = inputs.parts
    .flatMap((part) => visibleRuns(simplify(part, TILE_TOLERANCE), inputs.viewport))
    .map((run) => ({ run, total: runLength(run) }))
    .filter(({ total }) => total >= length + size)
    .sort((a, b) => b.total - a.total);
  for (const { run, total } of runs) {
    // From the middle outwards, a glyph at a time, the first stretch that is straight enough.
    const middle = total / 2 + offset[0] * size;
    for (let k = 0; k <= total / size; k++) {
      const at = middle + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * size;
      if (at - length / 2 < 0 || at + length / 2 > total) continue;
      if (bends(run, at - length / 2, at + length / 2, ANGLE_WINDOW * size, maxAngle)) continue;
      const path = resample(run, at - length / 2, at + length / 2, size);
      if (path[path.length - 1]![0] < path[0]![0]) path.reverse();
      const moved = shift(path, offset[1] * size);
      const half = size / 2;
      return {
        path: extend(moved, length / 2 + size),
        boxes: moved.map(([x, y]) => [x - half, y - half, x + half, y + half]),
      };
    }
  }
  return undefined;
}

/** The stretches of `line` inside `viewport` (all of it without one), cut at its edges. */
function visibleRuns(line: Point[], viewport: Size | undefined): Point[][] {
  if (!viewport) return [line];
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let i = 1; i < line.length; i++) {
    const cut = clip(line[i - 1]!, line[i]!, viewport);
    if (!cut) continue;
    const last = run[run.length - 1];
    // A segment that does not start where the run ends (it left the map and came back) starts a new run.
    if (!last || last[0] !== cut[0][0] || last[1] !== cut[0][1]) {
      if (run.length > 1) runs.push(run);
      run = [cut[0]];
    }
    run.push(cut[1]);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The part of segment a–b inside the viewport (Liang–Barsky), if any. */
function clip(a: Point, b: Point, { width, height }: Size): [Point, Point] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0]],
    [dx, width - a[0]],
    [-dy, a[1]],
    [dy, height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  const at = (t: number): Point => (t === 0 ? a : t === 1 ? b : [a[0] + dx * t, a[1] + dy * t]);
  return [at(t0), at(t1)];
}

function runLength(run: Point[]): number {
  let total = 0;
  for (let i = 1; i < run.length; i++)
    total += Math.hypot(run[i]![0] - run[i - 1]![0], run[i]![1] - run[i - 1]![1]);
  return total;
}

/** Points of `run` from `start` to `end` along it, `step` apart: the line smoothed at glyph scale. */
function resample(run: Point[], start: number, end: number, step: number): Point[] {
  const count = Math.max(1, Math.round((end - start) / step));
  const targets = Array.from({ length: count + 1 }, (_, i) => start + ((end - start) * i) / count);
  const out: Point[] = [];
  let walked = 0;
  let i = 1;
  for (const t of targets) {
    while (i < run.length - 1 && walked + segment(run, i) < t) walked += segment(run, i++);
    const len = segment(run, i);
    const f = len === 0 ? 0 : Math.min(1, Math.max(0, (t - walked) / len));
    const [x0, y0] = run[i - 1]!;
    const [x1, y1] = run[i]!;
    out.push([x0 + (x1 - x0) * f, y0 + (y1 - y0) * f]);
  }
  return out;
}

const segment = (run: Point[], i: number) =>
  Math.hypot(run[i]![0] - run[i - 1]![0], run[i]![1] - run[i - 1]![1]);

/**
 * Whether the stretch of `run` from `start` to `end` turns by more than `maxAngle` degrees in all
 * within any `window` pixels of it: MapLibre's test for `text-max-angle` (checkMaxAngle), which
 * turns down labels on a winding river at the country scale.
 */
function bends(run: Point[], start: number, end: number, window: number, maxAngle: number): boolean {
  const limit = (maxAngle * Math.PI) / 180;
  const recent: { at: number; turn: number }[] = [];
  let sum = 0;
  let walked = segment(run, 1);
  for (let i = 1; i < run.length - 1; walked += segment(run, ++i)) {
    if (walked <= start) continue;
    if (walked >= end) break;
    const a = Math.atan2(run[i]![1] - run[i - 1]![1], run[i]![0] - run[i - 1]![0]);
    const b = Math.atan2(run[i + 1]![1] - run[i]![1], run[i + 1]![0] - run[i]![0]);
    const turn = Math.abs(((b - a + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
    recent.push({ at: walked, turn });
    sum += turn;
    while (walked - recent[0]!.at > window) sum -= recent.shift()!.turn;
    if (sum > limit) return true;
  }
  return false;
}

/**
 * `line` without the points that stray less than `tolerance` pixels from it (Douglas–Peucker):
 * about what MapLibre's tiles keep of a line (geojson-vt's 3 units of 4096 on a 512 px tile).
 */
function simplify(line: Point[], tolerance: number): Point[] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [x0, y0] = line[first]!;
    const [x1, y1] = line[last]!;
    const len = Math.hypot(x1 - x0, y1 - y0);
    let far = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = line[i]!;
      const d =
        len === 0 ? Math.hypot(x - x0, y - y0) : Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / len;
      if (d > max) [far, max] = [i, d];
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([first, far], [far, last]);
  }
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * `path` moved `by` pixels across itself: down the text's glyphs for positive `by` (as a positive
 * `text-offset` y moves a label down), up for negative, using each point's local direction.
 */
function shift(path: Point[], by: number): Point[] {
  return path.map(([x, y], i) => {
    const a = path[Math.max(0, i - 1)]!;
    const b = path[Math.min(path.length - 1, i + 1)]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const [tx, ty] = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
    // The text's "down" is its direction turned a quarter clockwise on screen (y points down).
    return [x - ty * by, y + tx * by];
  });
}

/** `path` carried on `by` pixels straight past both of its ends. */
function extend(path: Point[], by: number): Point[] {
  const past = (end: Point, before: Point): Point => {
    const len = Math.hypot(end[0] - before[0], end[1] - before[1]) || 1;
    return [end[0] + ((end[0] - before[0]) / len) * by, end[1] + ((end[1] - before[1]) / len) * by];
  };
  const n = path.length;
  return [past(path[0]!, path[1]!), ...path, past(path[n - 1]!, path[n - 2]!)];
}
