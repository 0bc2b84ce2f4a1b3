/**
 * Positions along a polyline as the map draws it: lengths are measured in Web Mercator, the space
 * in which MapLibre's `line-progress` runs, so an arrowhead placed at fraction f sits exactly
 * where a `line-gradient` cut at f ends the shaft.
 */
import type { Position } from './lerpLine.ts';

/** Web Mercator x, y in units of the world width (0–1), as MapLibre's MercatorCoordinate. */
export function mercator([lon, lat]: Position): [number, number] {
  const x = (180 + lon) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  return [x, y];
}

/** Cumulative Mercator length at each vertex (first 0). */
export function cumulativeLengths(line: readonly Position[]): number[] {
  const out = [0];
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = mercator(line[i - 1]!);
    const [x1, y1] = mercator(line[i]!);
    out.push(out[i - 1]! + Math.hypot(x1 - x0, y1 - y0));
  }
  return out;
}

export interface Head {
  at: Position;
  /** Compass bearing of the line at that point, degrees clockwise from north (screen up). */
  bearing: number;
}

/**
 * The point reached at `fraction` (0–1, clamped) of the line's length, and the direction of travel
 * there.
 * @example headAt([[0, 0], [0, 1]], 1) // { at: [0, 1], bearing: 0 }
 */
export function headAt(line: readonly Position[], fraction: number): Head {
  if (line.length < 2) throw new Error('headAt(): the line needs at least two vertices');
  const lengths = cumulativeLengths(line);
  const total = lengths.at(-1)!;
  const target = Math.min(1, Math.max(0, fraction)) * total;
  let i = 1;
  while (i < line.length - 1 && lengths[i]! < target) i++;
  const a = line[i - 1]!;
  const b = line[i]!;
  const span = lengths[i]! - lengths[i - 1]!;
  const f = span > 0 ? (target - lengths[i - 1]!) / span : 1;
  const at: Position = [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
  const [ax, ay] = mercator(a);
  const [bx, by] = mercator(b);
  // Mercator y grows southwards; bearing 0 points north (up the screen).
  const bearing = ((Math.atan2(bx - ax, ay - by) * 180) / Math.PI + 360) % 360;
  return { at, bearing };
}
