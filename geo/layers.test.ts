/**
 * The geometry as facts: files parse, ids are unique, coordinates are [lon, lat] in the theatre,
 * and what history says holds on the map. Never fetches: reads geo/layers/ from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

const dir = new URL('./layers/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`${name}.geojson`, dir), 'utf8')) as FeatureCollection;
const byId = (name: string, id: string) => {
  const f = load(name).features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${name} has no feature ${id}`);
  return f;
};
const place = (id: string) => (byId('places', id).geometry as Point).coordinates as [number, number];

/** Latitude of a west→east line at a longitude (linear between vertices). */
function latAt(line: number[][], lon: number): number {
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    if ((a[0]! - lon) * (b[0]! - lon) <= 0 && a[0] !== b[0])
      return a[1]! + ((lon - a[0]!) / (b[0]! - a[0]!)) * (b[1]! - a[1]!);
  }
  throw new Error(`line does not span longitude ${lon}`);
}

/** Distance in km from a point to a polyline (equirectangular, fine at this scale). */
function kmToLine([x, y]: [number, number], line: number[][]): number {
  const kx = 111.32 * Math.cos((y * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (let i = 0; i < line.length - 1; i++) {
    const [ax, ay] = [(line[i]![0]! - x) * kx, (line[i]![1]! - y) * ky];
    const [bx, by] = [(line[i + 1]![0]! - x) * kx, (line[i + 1]![1]! - y) * ky];
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/**
 * Which side of a west → east line a point is on, judged at its nearest segment: +1 on the
 * left (north) side, -1 on the right (south). Works where the line turns north-south, as the
 * armistice line does at the Han estuary.
 */
function sideOf([x, y]: [number, number], line: number[][]): number {
  let best = { d: Infinity, side: 0 };
  for (let i = 0; i < line.length - 1; i++) {
    const seg = [line[i]!, line[i + 1]!];
    const d = kmToLine([x, y], seg);
    if (d < best.d) {
      const [a, b] = seg as [number[], number[]];
      const cross = (b[0]! - a[0]!) * (y - a[1]!) - (b[1]! - a[1]!) * (x - a[0]!);
      best = { d, side: Math.sign(cross) };
    }
  }
  return best.side;
}

function inPolygon([x, y]: [number, number], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

describe('every layer file', () => {
  it.each(files)('%s parses, has unique ids and [lon, lat] coordinates in the frame', (file) => {
    const fc = load(file.replace('.geojson', ''));
    expect(fc.type).toBe('FeatureCollection');
    const ids = fc.features.map((f) => f.properties?.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const coords =
      JSON.stringify(fc.features.map((f) => f.geometry)).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? [];
    for (const pair of coords) {
      const [lon, lat] = pair.split(',').map(Number) as [number, number];
      expect(lon).toBeGreaterThanOrEqual(114);
      expect(lon).toBeLessThanOrEqual(142);
      expect(lat).toBeGreaterThanOrEqual(27);
      expect(lat).toBeLessThanOrEqual(48);
    }
  });
});

describe('historical facts', () => {
  const mdl = (byId('mdl-1953', 'mdl').geometry as LineString).coordinates;
  const parallel = (byId('parallel-38', 'parallel-38').geometry as LineString).coordinates;

  it('Kaesong lies north of the armistice line and Seoul south of it', () => {
    expect(sideOf(place('kaesong'), mdl)).toBe(1);
    expect(sideOf(place('seoul'), mdl)).toBe(-1);
    expect(sideOf(place('munsan'), mdl)).toBe(-1);
    expect(sideOf(place('chorwon'), mdl)).toBe(-1);
  });

  it('Panmunjom sits on the armistice line', () => {
    expect(kmToLine(place('panmunjom'), mdl)).toBeLessThan(1.5);
  });

  it('the armistice line runs south of the parallel in the west and north of it in the east', () => {
    expect(latAt(mdl, 126.7)).toBeLessThan(38);
    expect(latAt(mdl, 128.3)).toBeGreaterThan(38.2);
    expect(mdl[0]![0]).toBeLessThan(126.7);
    expect(mdl.at(-1)![0]).toBeGreaterThan(128.3);
  });

  it('the DMZ band is about 4 km wide around the line', () => {
    const ring = (byId('mdl-1953', 'dmz').geometry as Polygon).coordinates[0]!;
    const onLine = mdl[Math.floor(mdl.length / 2)] as [number, number];
    expect(inPolygon(onLine, ring)).toBe(true);
    expect(inPolygon(place('kaesong'), ring)).toBe(false);
    expect(inPolygon(place('panmunjom'), ring)).toBe(true);
  });

  it('the 38th parallel runs at 38°N from the Ongjin peninsula to the east coast', () => {
    expect(parallel.every((p) => p[1] === 38)).toBe(true);
    expect(parallel[0]![0]).toBeGreaterThan(124.5);
    expect(parallel[0]![0]).toBeLessThan(125.2);
    expect(parallel.at(-1)![0]).toBeGreaterThan(128.5);
    expect(parallel.at(-1)![0]).toBeLessThan(128.8);
  });

  it('the Pusan Perimeter holds Pusan and Taegu, follows the Naktong at Waegwan, and shrank', () => {
    const early = (byId('pusan-perimeter', 'pusan-perimeter-1950-08-04').geometry as Polygon).coordinates[0]!;
    const late = (byId('pusan-perimeter', 'pusan-perimeter-1950-09-15').geometry as Polygon).coordinates[0]!;
    for (const ring of [early, late]) {
      expect(inPolygon(place('pusan'), ring)).toBe(true);
      expect(inPolygon(place('taegu'), ring)).toBe(true);
      expect(inPolygon(place('taejon'), ring)).toBe(false);
    }
    const front = (byId('fronts', 'front-1950-08-04').geometry as LineString).coordinates;
    expect(kmToLine(place('waegwan'), front)).toBeLessThan(5);
    expect(inPolygon(place('pohang'), early)).toBe(true);
    expect(inPolygon(place('pohang'), late)).toBe(false);
  });

  it('movement arrows run from tail to head in the direction of the move', () => {
    const kaesong = (byId('arrows', 'invasion-1950-06-kaesong').geometry as LineString).coordinates;
    expect(kaesong[0]![1]).toBeGreaterThan(kaesong.at(-1)![1]); // southward
    const inchon = (byId('arrows', 'inchon-1950-09-15').geometry as LineString).coordinates;
    expect(kmToLine(place('inchon'), inchon.slice(-2))).toBeLessThan(5); // ends at Inchon
    expect(inchon[0]![0]).toBeLessThan(inchon.at(-1)![0]!); // comes in from the Yellow Sea
  });
});
