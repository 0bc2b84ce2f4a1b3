/**
 * Full-resolution coast round Inchon from GSHHG, as land polygons.
 *
 * `gmt coast -W -M` dumps shorelines, not polygons, and splits them at its internal bin edges. We
 * chain the pieces back together through shared end points; rings that close are islands, and the
 * mainland chain, which leaves the box, is closed along the box edge. GSHHG shorelines run
 * counter-clockwise (land on the left), so from where a chain leaves the box we walk the edge
 * counter-clockwise to the next chain start.
 */
import type { Box, Position } from './geometry.ts';
import { parseGmt } from './rivers.ts';

/** Must match the -R of the extract in extract-gshhg.sh. */
export const DETAIL_BOX: Box = [125.9, 36.8, 127.3, 37.95];

const key = (p: Position) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
const closes = (s: Position[]) => s.length > 3 && key(s[0]!) === key(s.at(-1)!);

/** Land rings (closed, counter-clockwise) inside `box` from a `gmt coast -W -M` dump. */
export function landRings(gmtText: string, box: Box = DETAIL_BOX): Position[][] {
  const rings: Position[][] = [];
  let open: Position[][] = [];
  for (const s of parseGmt(gmtText)) (closes(s) ? rings : open).push(s);

  // Chain pieces whose end is another's start, until nothing joins.
  for (let joined = true; joined;) {
    joined = false;
    const byStart = new Map(open.map((s, i) => [key(s[0]!), i]));
    for (let i = 0; i < open.length && !joined; i++) {
      const j = byStart.get(key(open[i]!.at(-1)!));
      if (j !== undefined && j !== i) {
        open[i] = open[i]!.concat(open[j]!.slice(1));
        open.splice(j, 1);
        joined = true;
      }
    }
    rings.push(...open.filter(closes));
    open = open.filter((s) => !closes(s));
  }

  const [w, s, e, n] = box;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  /** Position along the box edge, counter-clockwise from the south-west corner, in [0, 4). */
  const along = ([x, y]: Position): number => {
    if (near(y, s)) return (x - w) / (e - w);
    if (near(x, e)) return 1 + (y - s) / (n - s);
    if (near(y, n)) return 2 + (e - x) / (e - w);
    if (near(x, w)) return 3 + (n - y) / (n - s);
    throw new Error(`shoreline ends inside the box at [${x}, ${y}]`);
  };
  const corners: [number, Position][] = [
    [1, [e, s]],
    [2, [e, n]],
    [3, [w, n]],
    [4, [w, s]],
  ];
  const ahead = (from: number, to: number) => (to - from + 4) % 4 || 4;

  const used = new Set<number>();
  open.forEach((_, first) => {
    if (used.has(first)) return;
    let ring: Position[] = [];
    for (let cur = first; ;) {
      used.add(cur);
      ring = ring.concat(open[cur]!);
      const t = along(open[cur]!.at(-1)!);
      let next = first;
      let gap = Infinity;
      open.forEach((chain, j) => {
        const d = ahead(t, along(chain[0]!));
        if (d < gap) [next, gap] = [j, d];
      });
      for (const [, corner] of corners
        .filter(([c]) => ahead(t, c % 4) < gap)
        .sort((a, b) => ahead(t, a[0] % 4) - ahead(t, b[0] % 4))) {
        ring.push(corner);
      }
      if (next === first) break;
      if (used.has(next)) throw new Error('shoreline chains do not close into rings');
      cur = next;
    }
    rings.push([...ring, ring[0]!]);
  });
  return rings;
}
