/**
 * Rivers the story needs, named.
 *
 * GSHHG/WDBII river segments carry no names. The segments form a graph (consecutive vertices are
 * joined; pieces meet at shared end points). Each river is the shortest path from its mouth to its
 * source, both snapped to loose ends of the graph: one main stem, without the tributaries. Where
 * WDBII has a gap — a reservoir such as Sup'ung on the Yalu is a lake, not a river — the path may
 * bridge two loose ends up to {@link GAP_MAX_KM} apart at {@link GAP_PENALTY} times the cost, so it
 * only does so when it must. Every checkpoint town must then lie within {@link MUST_KM} of the
 * line, or the build fails. The Chongchon and the Nam are not in WDBII at any resolution; they are
 * hand-digitised after the maps in Appleman (1961).
 *
 * Mouths. WDBII and the coast the map draws (Natural Earth 1:10m; GSHHG round Inchon) are separate
 * data sets, and some WDBII stems stop short of that coast: the Naktong ended 8.7 km up its
 * estuary, the Imjin 1.3 km inland of the channel GSHHG draws as water. `estuary` continues such a
 * river through the water to its mouth; the build checks that those legs cross no land beyond
 * {@link ESTUARY_START_KM} of where the stem ended and that every river ends off land. A tributary
 * (`joins`) ends on the nearest point of the river it joins instead (the Nam on the Naktong).
 */
import { readFileSync } from 'node:fs';
import { inRing, nearestOnLine, type Position } from './geometry.ts';
import { offLand } from './offLand.ts';

const MUST_KM = 5;
const SNAP_KM = 5;
const GAP_MAX_KM = 40;
const GAP_PENALTY = 3;
/** An estuary's first leg may cross this much land: where WDBII's stem and the drawn coast disagree. */
const ESTUARY_START_KM = 1.5;

export interface River {
  id: string;
  en: string;
  ko: string;
  rr: string;
  /** Towns the river must pass, [lon, lat]. */
  checkpoints: Position[];
  /** Where the path starts and ends (snapped to loose ends of the WDBII graph). */
  mouth?: Position;
  source?: Position;
  /** Hand-digitised course (mouth last) where WDBII has no such river. */
  course?: Position[];
  /** Hand-placed vertices through the water from the stem's end to the mouth (mouth last). */
  estuary?: Position[];
  /** The river this one flows into: its line ends on the nearest point of that river's line. */
  joins?: string;
}

const RIVERS: River[] = [
  {
    id: 'yalu',
    mouth: [124.37, 40.09],
    source: [128.1, 41.96],
    en: 'Yalu',
    ko: '압록강',
    rr: 'Amnokgang',
    // Sinuiju, Manpo, Hyesanjin.
    checkpoints: [
      [124.4, 40.1],
      [126.29, 41.145],
      [128.18, 41.4],
    ],
  },
  {
    id: 'taedong',
    mouth: [125.63, 38.66],
    source: [127.12, 40.46],
    en: 'Taedong',
    ko: '대동강',
    rr: 'Daedonggang',
    checkpoints: [[125.754, 39.032]], // Pyongyang
  },
  {
    id: 'imjin',
    mouth: [126.69, 37.82],
    source: [127.25, 39.05],
    en: 'Imjin',
    ko: '임진강',
    rr: 'Imjingang',
    // The mouth below Munsan; Chongok.
    checkpoints: [
      [126.69, 37.8],
      [127.07, 38.1],
    ],
    // WDBII ends 1.3 km inland of GSHHG's Imjin channel: into it, and down it to the Han estuary
    // at Odusan.
    estuary: [
      [126.6858, 37.8366],
      [126.6705, 37.8285],
      [126.667, 37.815],
      [126.674, 37.785],
    ],
  },
  {
    id: 'han',
    mouth: [126.75, 37.63],
    source: [128.93, 37.21],
    en: 'Han',
    ko: '한강',
    rr: 'Hangang',
    // Seoul; Yangpyong.
    checkpoints: [
      [126.98, 37.53],
      [127.49, 37.49],
    ],
  },
  {
    id: 'naktong',
    mouth: [128.97, 35.13],
    source: [128.93, 37.2],
    en: 'Naktong',
    ko: '낙동강',
    rr: 'Nakdonggang',
    // Waegwan; Andong (Korea); the mouth west of Pusan.
    checkpoints: [
      [128.399, 35.992],
      [128.73, 36.56],
      [128.95, 35.15],
    ],
    // WDBII stops at the head of the estuary, by Kupo; down the channel Natural Earth draws as
    // water, past the estuary barrage, to the open estuary between Noksan and Dadaepo.
    estuary: [
      [128.9555, 35.128],
      [128.955, 35.11],
      [128.945, 35.09],
      [128.935, 35.065],
    ],
  },
  {
    id: 'chongchon',
    en: 'Chongchon',
    ko: '청천강',
    rr: 'Cheongcheongang',
    checkpoints: [
      [126.27, 40.17],
      [125.66, 39.62],
    ], // Huichon, Anju
    // From the Myohyang mountains past Huichon, Kujang and Kaechon to Korea Bay below Anju.
    course: [
      [126.6, 40.55],
      [126.45, 40.35],
      [126.27, 40.17],
      [126.17, 40.02],
      [126.08, 39.86],
      [125.97, 39.72],
      [125.88, 39.63],
      [125.75, 39.6],
      [125.66, 39.61],
      [125.57, 39.58],
      [125.45, 39.55],
    ],
    // Natural Earth's shore of Korea Bay lies 0.5 km west of the last hand-placed vertex.
    estuary: [[125.4, 39.545]],
  },
  {
    id: 'nam',
    en: 'Nam',
    ko: '남강',
    rr: 'Namgang',
    checkpoints: [
      [128.08, 35.18],
      [128.47, 35.39],
    ], // Chinju; the Naktong confluence at Namji
    joins: 'naktong',
    course: [
      [127.75, 35.45],
      [127.88, 35.35],
      [128.0, 35.2],
      [128.08, 35.18],
      [128.2, 35.27],
      [128.26, 35.32],
      [128.38, 35.37],
      [128.47, 35.39],
    ],
  },
];

/** Segments of a `gmt coast -M` dump. */
export function parseGmt(text: string): Position[][] {
  const segments: Position[][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) segments.push([]);
    else if (!line.startsWith('#') && segments.length) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) segments.at(-1)!.push([x!, y!]);
    }
  }
  return segments.filter((s) => s.length > 1);
}

const km = ([x1, y1]: Position, [x2, y2]: Position) =>
  Math.hypot((x2 - x1) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180), (y2 - y1) * 110.57);

/** The river graph: vertices keyed by position, weighted edges in km. */
class RiverGraph {
  readonly at: Position[] = [];
  readonly edges: Map<number, number>[] = [];
  readonly #index = new Map<string, number>();

  constructor(segments: Position[][]) {
    for (const seg of segments) {
      for (let i = 1; i < seg.length; i++)
        this.link(this.node(seg[i - 1]!), this.node(seg[i]!), km(seg[i - 1]!, seg[i]!));
    }
  }

  node(p: Position): number {
    const key = `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
    let n = this.#index.get(key);
    if (n === undefined) {
      n = this.at.push(p) - 1;
      this.#index.set(key, n);
      this.edges.push(new Map());
    }
    return n;
  }

  link(a: number, b: number, cost: number): void {
    if (a === b) return;
    const old = this.edges[a]!.get(b);
    if (old === undefined || cost < old) {
      this.edges[a]!.set(b, cost);
      this.edges[b]!.set(a, cost);
    }
  }

  /** Vertices with one neighbour: river ends (sources, mouths, gaps). */
  leaves(): number[] {
    return this.edges.flatMap((e, n) => (e.size === 1 ? [n] : []));
  }

  /** Connected component of every vertex. */
  components(): number[] {
    const comp = new Array<number>(this.at.length).fill(-1);
    this.at.forEach((_, start) => {
      if (comp[start] !== -1) return;
      const stack = [start];
      comp[start] = start;
      while (stack.length) {
        for (const m of this.edges[stack.pop()!]!.keys())
          if (comp[m] === -1) {
            comp[m] = start;
            stack.push(m);
          }
      }
    });
    return comp;
  }

  /** Dijkstra; the path as vertex positions, or undefined if unreachable. */
  path(from: number, to: number): Position[] | undefined {
    const dist = new Map<number, number>([[from, 0]]);
    const prev = new Map<number, number>();
    const queue: [number, number][] = [[0, from]];
    const done = new Set<number>();
    while (queue.length) {
      const [d, n] = pop(queue);
      if (done.has(n)) continue;
      done.add(n);
      if (n === to) break;
      for (const [m, w] of this.edges[n]!) {
        const nd = d + w;
        if (nd < (dist.get(m) ?? Infinity)) {
          dist.set(m, nd);
          prev.set(m, n);
          push(queue, [nd, m]);
        }
      }
    }
    if (!done.has(to)) return undefined;
    const out = [to];
    while (out.at(-1) !== from) out.push(prev.get(out.at(-1)!)!);
    return out.reverse().map((n) => this.at[n]!);
  }
}

/** A small binary min-heap on the first element. */
function push(heap: [number, number][], item: [number, number]): void {
  heap.push(item);
  for (let i = heap.length - 1; i > 0;) {
    const p = (i - 1) >> 1;
    if (heap[p]![0] <= heap[i]![0]) break;
    [heap[p], heap[i]] = [heap[i]!, heap[p]!];
    i = p;
  }
}
function pop(heap: [number, number][]): [number, number] {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length) {
    heap[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
      if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  }
  return top;
}

/** Each river's line: its WDBII main stem from mouth to source, or its hand-digitised course. */
export function namedRivers(gmtText: string): {
  river: River;
  lines: Position[][];
  /** Where the WDBII stem or the hand-digitised course ended, before any estuary. */
  stemEnd: Position;
  source: string;
}[] {
  const graph = new RiverGraph(parseGmt(gmtText));
  const leaves = graph.leaves();
  const comp = graph.components();
  // Reservoir gaps: loose ends of different pieces may be bridged, at a price.
  leaves.forEach((a, i) => {
    for (const b of leaves.slice(i + 1)) {
      const d = km(graph.at[a]!, graph.at[b]!);
      if (comp[a] !== comp[b] && d < GAP_MAX_KM) graph.link(a, b, d * GAP_PENALTY);
    }
  });
  const snap = (p: Position, what: string, river: string): number => {
    const n = leaves.reduce(
      (best, m) => (km(p, graph.at[m]!) < km(p, graph.at[best]!) ? m : best),
      leaves[0]!,
    );
    if (km(p, graph.at[n]!) > SNAP_KM)
      throw new Error(`river ${river}: no loose end within ${SNAP_KM} km of its ${what}`);
    return n;
  };
  const built = new Map<string, Position[]>();
  return RIVERS.map((river) => {
    let line = river.course;
    if (!line) {
      line = graph.path(snap(river.mouth!, 'mouth', river.id), snap(river.source!, 'source', river.id));
      if (!line) throw new Error(`river ${river.id}: no path from mouth to source`);
      line.reverse(); // source → mouth, the way the water runs
    }
    for (const c of river.checkpoints) {
      const d = nearestOnLine(c, line).km;
      if (d > MUST_KM) throw new Error(`river ${river.id} passes ${d.toFixed(1)} km from [${c.join(', ')}]`);
    }
    const stemEnd = line.at(-1)!;
    line = [...line, ...(river.estuary ?? [])];
    if (river.joins) {
      const parent = built.get(river.joins);
      if (!parent) throw new Error(`river ${river.id} joins ${river.joins}, which is not built before it`);
      line.push(nearestOnLine(line.at(-1)!, parent).at);
    }
    built.set(river.id, line);
    return { river, lines: [line], stemEnd, source: river.course ? 'appleman-1961' : 'gshhg' };
  });
}

/**
 * Throws unless each river reaches its mouth: its estuary legs cross no land beyond
 * {@link ESTUARY_START_KM} of the stem's end, and its last vertex is off land (tributaries,
 * which end on their parent, excepted).
 */
export function checkMouths(
  rivers: { river: River; lines: Position[][]; stemEnd: Position }[],
  land: Position[][][],
): void {
  for (const { river, lines, stemEnd } of rivers) {
    if (river.joins) continue;
    const line = lines[0]!;
    const legs = [stemEnd, ...(river.estuary ?? [])];
    if (!offLand(legs, land, stemEnd, ESTUARY_START_KM))
      throw new Error(`river ${river.id}: its estuary crosses land`);
    const end = line.at(-1)!;
    if (land.some((poly) => inRing(end, poly[0]!) && !poly.slice(1).some((hole) => inRing(end, hole))))
      throw new Error(`river ${river.id} ends on land at [${end.join(', ')}], short of its mouth`);
  }
}

export const readGmt = (url: URL): string => readFileSync(url, 'utf8');
