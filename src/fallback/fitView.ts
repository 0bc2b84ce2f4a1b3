/**
 * A step's camera → the view the SVG map shows, by the same rules as the WebGL map
 * (MapController's camera and MapLibre's `cameraForBounds` with `absolutePadding`): bounds fit
 * inside the map less the inset and the step's own padding (default 24 px), centred on the
 * middle of the box in Web Mercator; a centre and zoom are taken as they are. Either way the centre
 * sits in the middle of the part of the map the inset leaves clear. Zoom is MapLibre's: the world
 * is 512 px wide at zoom 0.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { addPadding, paddingsBeside, type Cover } from '../map/cameraFit.ts';
import type { Padding } from '../map/controller.ts';
import type { CameraValue } from '../map/camera.ts';
import type { CameraBase } from '../story/schema.ts';

export interface Size {
  width: number;
  height: number;
}

export interface View extends CameraValue {
  /** What the centre keeps clear of: the inset, plus the step's padding around fitted bounds. */
  padding: Padding;
}

/** Padding round fitted bounds when the step gives none (as MapController). */
const BOUNDS_PADDING = 24;
const TILE = 512;

/** Web Mercator in units of the world at zoom 0 (0–512). */
function world([lon, lat]: [number, number]): [number, number] {
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [((lon + 180) / 360) * TILE, (0.5 - y / (2 * Math.PI)) * TILE];
}

function unworld([x, y]: [number, number]): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The view of `camera` on a map of `size` whose edges `inset` covers; bounds keep clear of the
 * `covers` in its top half too (the key, the page's switches), beside or below each, as
 * MapController's camera does.
 * @example fitView({ center: [127, 37], zoom: 6, bearing: 0, pitch: 0 }, size, inset).zoom // 6
 */
export function fitView(camera: CameraBase, size: Size, inset: Padding, covers: readonly Cover[] = []): View {
  const { bearing, pitch } = camera;
  if (camera.bounds) {
    const extra = camera.padding ?? BOUNDS_PADDING;
    const [[w, s], [e, n]] = camera.bounds;
    const [x0, y0] = world([w, n]);
    const [x1, y1] = world([e, s]);
    const center = unworld([(x0 + x1) / 2, (y0 + y1) / 2]);
    let best: View | undefined;
    for (const clear of paddingsBeside(inset, covers, size)) {
      const padding = addPadding(clear, extra);
      const width = Math.max(1, size.width - padding.left - padding.right);
      const height = Math.max(1, size.height - padding.top - padding.bottom);
      const zoom = Math.min(22, Math.log2(Math.min(width / (x1 - x0), height / (y1 - y0))));
      if (!best || zoom > best.zoom) best = { center, zoom, bearing, pitch, padding };
    }
    return best!;
  }
  const center = camera.center ?? [0, 0];
  return { center, zoom: camera.zoom ?? 6, bearing, pitch, padding: inset };
}

/**
 * The d3 Mercator projection that draws `view` on a map of `size`: lon/lat → CSS pixels.
 * (Bearing turns the map as MapLibre does; pitch is not drawn.)
 */
export function viewProjection(view: View, size: Size): GeoProjection {
  const { top, right, bottom, left } = view.padding;
  return geoMercator()
    .scale((TILE * 2 ** view.zoom) / (2 * Math.PI))
    .center(view.center)
    .angle(-view.bearing)
    .translate([left + (size.width - left - right) / 2, top + (size.height - top - bottom) / 2])
    .precision(0);
}
