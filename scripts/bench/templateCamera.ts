/**
 * A step's camera as the story-map template takes it: a centre and a zoom (its `location`). A
 * bounds camera is fitted to the template's map the way our map fits it (src/map/cameraFit.ts):
 * MapLibre's `cameraForBounds` with the step's padding (24 px by default), here for a map filling
 * the window, since the template's map does.
 */
import type { CameraBase } from '../../src/story/schema.ts';

export interface TemplateLocation {
  center: [number, number];
  zoom: number;
  pitch: number;
  bearing: number;
}

/** MapLibre's tile size: the world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;
/** MapLibre's default `maxZoom`, the most `cameraForBounds` returns. */
const MAX_ZOOM = 22;

/** Web Mercator, the world as [0, 1]², x east, y south. */
const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

/**
 * The centre and zoom that fit `camera` on a map of `size` CSS pixels, as MapLibre's
 * `cameraForBounds(bounds, { padding, bearing })` computes them for a flat (Mercator) map: the
 * middle of the box in Mercator, and the zoom at which the box, turned by the bearing, fills the
 * map less the padding on each side. A centre-and-zoom camera is taken as it is.
 * @example templateLocation({ bounds: [[126, 37], [128, 38]], bearing: 0, pitch: 0 }, { width: 1440, height: 900 })
 *   // { center: [127, 37.50…], zoom: 7.7…, pitch: 0, bearing: 0 }
 */
export function templateLocation(
  camera: CameraBase,
  size: { width: number; height: number },
): TemplateLocation {
  const { bearing, pitch } = camera;
  if (!camera.bounds) {
    return { center: camera.center ?? [0, 0], zoom: camera.zoom ?? 6, pitch, bearing };
  }
  const [[west, south], [east, north]] = camera.bounds;
  const padding = camera.padding ?? 24;
  const corners = [
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ].map(([lng, lat]) => [mercatorX(lng!), mercatorY(lat!)] as const);
  // The box's extent on screen: its corners turned by -bearing, as MapLibre does.
  const angle = (-bearing * Math.PI) / 180;
  const xs = corners.map(([x, y]) => x * Math.cos(angle) - y * Math.sin(angle));
  const ys = corners.map(([x, y]) => x * Math.sin(angle) + y * Math.cos(angle));
  const boxWidth = (Math.max(...xs) - Math.min(...xs)) * TILE_SIZE;
  const boxHeight = (Math.max(...ys) - Math.min(...ys)) * TILE_SIZE;
  const scale = Math.min((size.width - 2 * padding) / boxWidth, (size.height - 2 * padding) / boxHeight);
  const [nw, , se] = corners;
  return {
    center: [(west + east) / 2, latOf((nw![1] + se![1]) / 2)],
    zoom: Math.min(Math.log2(scale), MAX_ZOOM),
    pitch,
    bearing,
  };
}
