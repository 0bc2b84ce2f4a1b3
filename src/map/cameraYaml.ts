/**
 * The map's current view as story YAML (`?debug` camera helper): the two camera forms a step
 * accepts, rounded to what an author would write, ready to paste under a step.
 */
import type { CameraValue } from './camera.ts';

/** What the map shows now: its camera and the box of the whole view, [[west, south], [east, north]]. */
export interface MapView extends CameraValue {
  bounds: [[number, number], [number, number]];
}

/** Degrees to 3 decimals (~100 m), zoom to 2, bearing and pitch to whole degrees. */
const DEGREE_DIGITS = 3;

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

const point = ([lon, lat]: [number, number]) =>
  `[${round(lon, DEGREE_DIGITS)}, ${round(lat, DEGREE_DIGITS)}]`;

/** `, bearing: 30, pitch: 20`, or nothing for a flat map facing north (their defaults). */
function orientation({ bearing, pitch }: CameraValue): string {
  const b = round(bearing, 0);
  const p = round(pitch, 0);
  return `${b ? `, bearing: ${b}` : ''}${p ? `, pitch: ${p}` : ''}`;
}

/**
 * The view as a step's `camera:`, both ways: centre and zoom (exactly this view on this screen)
 * and bounds (this area, fitted to whatever screen reads it).
 * @example cameraYaml({ center: [127.2812, 40.4519], zoom: 9.6049, bearing: 0, pitch: 0, bounds: [[126.9, 40.2], [127.6, 40.7]] }).center
 *   // 'camera: { center: [127.281, 40.452], zoom: 9.6 }'
 */
export function cameraYaml(view: MapView): { center: string; bounds: string } {
  const [sw, ne] = view.bounds;
  return {
    center: `camera: { center: ${point(view.center)}, zoom: ${round(view.zoom, 2)}${orientation(view)} }`,
    bounds: `camera: { bounds: [${point(sw)}, ${point(ne)}]${orientation(view)} }`,
  };
}
