/**
 * The layers for morphing fronts: fronts-resampled (every front extended to the theatre box and
 * resampled to the same vertex count) and masks (sea and foreign land, drawn over the territory
 * tints). Checked against the original layers on disk, independently of the build's helpers.
 */
import { readFileSync } from 'node:fs';
import type { LineString, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { byId, inPolygon, kmToLine, load, place } from './testing.ts';

type P = [number, number];
/** Every original vertex lies within this of its resampled body (km). */
const DEVIATION_KM = 0.5;
/** Korean land this near a front's end does not count against its extensions (km): the ends lie on or near the coast. */
const COAST_KM = 2.5;

const km = ([x1, y1]: P, [x2, y2]: P) =>
  Math.hypot((x2 - x1) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180), (y2 - y1) * 110.57);

const originals: [string, P[]][] = [
  // Not the label guides (geo/scripts/labelGuides.ts): they are never drawn, nor morphed.
  ...load('fronts')
    .features.filter((f) => !f.properties!.label_of)
    .map((f): [string, P[]] => [f.properties!.id as string, (f.geometry as LineString).coordinates as P[]]),
  ['parallel-38', (byId('parallel-38', 'parallel-38').geometry as LineString).coordinates as P[]],
  ['mdl', (byId('mdl-1953', 'mdl').geometry as LineString).coordinates as P[]],
];
const original = new Map(originals);
const dateOf = (id: string) =>
  [load('fronts'), load('parallel-38'), load('mdl-1953')]
    .flatMap((fc) => fc.features)
    .find((f) => f.properties!.id === id)!.properties!.date as string;

const resampled = load('fronts-resampled').features.map((f) => {
  const { id, date, head, body, tail, source } = f.properties as {
    id: string;
    date: string;
    head: number;
    body: number;
    tail: number;
    source: string;
  };
  const coords = (f.geometry as LineString).coordinates as P[];
  return {
    id,
    date,
    source,
    head,
    body,
    tail,
    coords,
    bodyLine: coords.slice(head, head + body),
    /** From the body's first vertex out to the box edge. */
    headOut: coords.slice(0, head + 1).reverse(),
    /** From the body's last vertex out to the box edge. */
    tailOut: coords.slice(head + body - 1),
  };
});

const story = parse(readFileSync(new URL('../stories/korean-war.yaml', import.meta.url), 'utf8')) as {
  theatre: [P, P];
};
const [[W, S], [E, N]] = story.theatre;

const masks = (id: string) => (byId('masks', id).geometry as MultiPolygon).coordinates as P[][][];
const inMulti = (p: P, polys: P[][][]) =>
  polys.some(([outer, ...holes]) => inPolygon(p, outer!) && !holes.some((h) => inPolygon(p, h)));
const landPolys = (load('land').features[0]!.geometry as MultiPolygon).coordinates as P[][][];
const foreign = masks('foreign-land');
const sea = masks('sea-mask');
const isKoreanLand = (p: P) => inMulti(p, landPolys) && !inMulti(p, foreign);

/** Fractions along ab where it crosses an edge of any land ring. */
function crossings(a: P, b: P): number[] {
  const ts: number[] = [];
  const [minX, maxX, minY, maxY] = [
    Math.min(a[0], b[0]),
    Math.max(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[1], b[1]),
  ];
  for (const ring of landPolys.flat())
    for (let i = 0; i < ring.length - 1; i++) {
      const [c, d] = [ring[i]!, ring[i + 1]!];
      if (Math.max(c[0], d[0]) < minX || Math.min(c[0], d[0]) > maxX) continue;
      if (Math.max(c[1], d[1]) < minY || Math.min(c[1], d[1]) > maxY) continue;
      const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
      if (den === 0) continue;
      const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
      const u = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / den;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1) ts.push(t);
    }
  return ts.sort((x, y) => x - y);
}

/** Stretches of an extension over Korean land farther than COAST_KM from where it starts, in km from its start. */
function koreanLandAlong(route: P[]): string[] {
  const found: string[] = [];
  const end = route[0]!;
  for (let i = 0; i < route.length - 1; i++) {
    const [a, b] = [route[i]!, route[i + 1]!];
    const ts = [0, ...crossings(a, b), 1];
    for (let k = 0; k < ts.length - 1; k++) {
      const at = (t: number): P => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      const [from, to] = [at(ts[k]!), at(ts[k + 1]!)];
      if (km(end, from) <= COAST_KM && km(end, to) <= COAST_KM) continue;
      if (isKoreanLand(at((ts[k]! + ts[k + 1]!) / 2))) found.push(`[${from}] → [${to}]`);
    }
  }
  return found;
}

/** Position of each point along a polyline (km), searching forward from the previous one. */
function positionsAlong(points: P[], line: P[]): number[] {
  const starts = [0];
  for (let i = 1; i < line.length; i++) starts.push(starts[i - 1]! + km(line[i - 1]!, line[i]!));
  let seg = 0;
  return points.map((p) => {
    let best = { d: Infinity, seg, s: 0 };
    for (let i = seg; i < line.length - 1; i++) {
      const d = kmToLine(p, [line[i]!, line[i + 1]!]);
      if (d < best.d - 1e-9) best = { d, seg: i, s: starts[i]! + km(line[i]!, p) };
      if (d > best.d + 5) break; // walked well past it
    }
    seg = best.seg;
    return best.s;
  });
}

describe('fronts-resampled', () => {
  it('has every front, the parallel and the armistice line, with their ids, dates and sources', () => {
    expect(resampled.map((f) => f.id).sort()).toEqual(originals.map(([id]) => id).sort());
    for (const f of resampled) {
      expect(f.date, f.id).toBe(dateOf(f.id));
      expect(f.source, f.id).toBeTruthy();
    }
  });

  it('gives every front the same vertex count, split head / body / tail as declared', () => {
    const [first] = resampled;
    for (const f of resampled) {
      expect([f.head, f.body, f.tail], f.id).toEqual([first!.head, first!.body, first!.tail]);
      expect(f.head, f.id).toBe(f.tail);
      expect(f.coords.length, f.id).toBe(f.head + f.body + f.tail);
    }
  });

  it('keeps the original end points exactly as the body ends', () => {
    for (const f of resampled) {
      const line = original.get(f.id)!;
      expect(line[0]![0], `${f.id} runs west → east`).toBeLessThan(line.at(-1)![0]);
      expect(f.bodyLine[0], f.id).toEqual(line[0]);
      expect(f.bodyLine.at(-1), f.id).toEqual(line.at(-1));
    }
  });

  it('puts every body vertex on the original line (within 1 m)', () => {
    for (const f of resampled) {
      const line = original.get(f.id)!;
      const worst = Math.max(...f.bodyLine.map((p) => kmToLine(p, line)));
      expect(worst, f.id).toBeLessThan(0.001);
    }
  });

  it(`keeps every original vertex within ${DEVIATION_KM} km of the resampled body`, () => {
    for (const f of resampled) {
      const worst = Math.max(...original.get(f.id)!.map((p) => kmToLine(p, f.bodyLine)));
      expect(worst, f.id).toBeLessThan(DEVIATION_KM);
    }
  });

  it('spaces the body evenly by arc length along the original (±1 %)', () => {
    for (const f of resampled) {
      const s = positionsAlong(f.bodyLine, original.get(f.id)!);
      const steps = s.slice(1).map((x, i) => x - s[i]!);
      const mean = (s.at(-1)! - s[0]!) / steps.length;
      expect(Math.max(...steps.map((d) => Math.abs(d / mean - 1))), f.id).toBeLessThan(0.01);
    }
  });

  it('ends both extensions on the edge of the theatre box, and keeps them inside it', () => {
    const onEdge = ([x, y]: P) => x === W || x === E || y === S || y === N;
    for (const f of resampled) {
      expect(onEdge(f.coords[0]!), `${f.id} head`).toBe(true);
      expect(onEdge(f.coords.at(-1)!), `${f.id} tail`).toBe(true);
      for (const [x, y] of [...f.headOut, ...f.tailOut]) {
        expect(x >= W && x <= E && y >= S && y <= N, `${f.id} [${x}, ${y}]`).toBe(true);
      }
    }
  });

  it(`keeps the extensions off Korean land (beyond ${COAST_KM} km of the front's end)`, () => {
    for (const f of resampled) {
      expect(koreanLandAlong(f.headOut), `${f.id} head`).toEqual([]);
      expect(koreanLandAlong(f.tailOut), `${f.id} tail`).toEqual([]);
    }
  });

  it('never crosses itself, head, body and tail together', () => {
    const cross = (a: P, b: P, c: P, d: P) => {
      const side = (p: P, q: P, r: P) =>
        Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
      return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
    };
    for (const f of resampled) {
      const c = f.coords;
      const found: number[][] = [];
      for (let i = 0; i < c.length - 1; i++)
        for (let j = i + 2; j < c.length - 1; j++)
          if (cross(c[i]!, c[i + 1]!, c[j]!, c[j + 1]!)) found.push([i, j]);
      expect(found, f.id).toEqual([]);
    }
  });

  it('would see an extension over Korean land (the check above is not blind)', () => {
    const start = original.get('mdl')![0]!; // in the Han estuary: due west runs over Kaepung and Kanghwa
    expect(koreanLandAlong([start, [W, start[1]]]).length).toBeGreaterThan(0);
  });

  it('sends cross-peninsula fronts out west and east, and the Pusan perimeter out south', () => {
    for (const f of resampled) {
      if (f.id.startsWith('front-1950-08') || f.id.startsWith('front-1950-09')) {
        expect(f.coords[0]![1], `${f.id} head`).toBe(S);
      } else expect(f.coords[0]![0], `${f.id} head`).toBe(W);
      expect(f.coords.at(-1)![0], `${f.id} tail`).toBe(E);
    }
  });
});

describe('masks', () => {
  it('cover the story’s theatre box, exactly', () => {
    const all = [...sea, ...foreign].flat(2);
    expect([
      Math.min(...all.map((p) => p[0])),
      Math.min(...all.map((p) => p[1])),
      Math.max(...all.map((p) => p[0])),
      Math.max(...all.map((p) => p[1])),
    ]).toEqual([W, S, E, N]);
  });

  const border = (byId('borders', 'border-chn-prk').geometry as LineString).coordinates as P[];
  // Points near the Yalu are kept well clear of the border line, so each is clearly on its side.
  const points: Record<string, P> = {
    'Yellow Sea': [124.5, 36.5],
    'East Sea': [130.5, 38],
    'Korea Strait': [129.2, 34.9],
    Seoul: place('seoul'),
    Pusan: place('pusan'),
    Pyongyang: place('pyongyang'),
    'Sinuiju (south-east of the town centre)': [124.45, 40.07],
    'Hyesan (3 km south of the Yalu)': [128.19, 41.37],
    'Jeju-do': [126.55, 33.38],
    'Ulleung-do': [130.87, 37.5],
    Shenyang: [123.43, 41.8],
    'Andong (Dandong), centre': [124.36, 40.14],
    'Kyushu (Kurume)': [130.7, 33.3],
    'Tsushima (Izuhara)': [129.29, 34.2],
    Vladivostok: [131.9, 43.12],
  };
  const expected: Record<string, 'sea' | 'korea' | 'foreign'> = {
    'Yellow Sea': 'sea',
    'East Sea': 'sea',
    'Korea Strait': 'sea',
    Seoul: 'korea',
    Pusan: 'korea',
    Pyongyang: 'korea',
    'Sinuiju (south-east of the town centre)': 'korea',
    'Hyesan (3 km south of the Yalu)': 'korea',
    'Jeju-do': 'korea',
    'Ulleung-do': 'korea',
    Shenyang: 'foreign',
    'Andong (Dandong), centre': 'foreign',
    'Kyushu (Kurume)': 'foreign',
    'Tsushima (Izuhara)': 'foreign',
    Vladivostok: 'foreign',
  };

  it.each(Object.keys(points))('put %s where it belongs', (name) => {
    const p = points[name]!;
    if (p[0] < 128.5 && p[1] > 39.8) expect(kmToLine(p, border)).toBeGreaterThan(1.5);
    const where = inMulti(p, sea) ? 'sea' : inMulti(p, foreign) ? 'foreign' : 'korea';
    expect(where).toBe(expected[name]);
    expect(inMulti(p, sea) && inMulti(p, foreign)).toBe(false);
    if (where === 'korea') expect(inMulti(p, landPolys)).toBe(true);
  });
});
