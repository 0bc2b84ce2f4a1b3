/**
 * Helpers for the geometry tests: read a layer from disk, measure in km, judge sides of lines.
 * Equirectangular distances: fine at the scale of the peninsula (errors well under 1 %).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';

export const dir = new URL('./layers/', import.meta.url);
export const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
export const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`${name}.geojson`, dir), 'utf8')) as FeatureCollection;
export const byId = (name: string, id: string) => {
  const f = load(name).features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${name} has no feature ${id}`);
  return f;
};
export const place = (id: string) => (byId('places', id).geometry as Point).coordinates as [number, number];

/** Latitude of a west→east line at a longitude (linear between vertices). */
export function latAt(line: number[][], lon: number): number {
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    if ((a[0]! - lon) * (b[0]! - lon) <= 0 && a[0] !== b[0])
      return a[1]! + ((lon - a[0]!) / (b[0]! - a[0]!)) * (b[1]! - a[1]!);
  }
  throw new Error(`line does not span longitude ${lon}`);
}

/** Distance in km from a point to a polyline (equirectangular, fine at this scale). */
export function kmToLine([x, y]: [number, number], line: number[][]): number {
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
export function sideOf([x, y]: [number, number], line: number[][]): number {
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

export function inPolygon([x, y]: [number, number], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** The outer ring of a Polygon feature, or of the largest part of a MultiPolygon. */
export function mainRing(file: string, id: string): [number, number][] {
  const g = byId(file, id).geometry as { type: string; coordinates: unknown };
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][];
  return polygons.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
}
