/**
 * A step's camera, made concrete for the map's current size: bounds become the centre and zoom
 * that fit them inside the padding. Takes the map as an argument; used only by the MapController.
 */
import type { MapState } from '../story/targetState.ts';
import type { CameraValue } from './camera.ts';
import type { MapLike } from './mapLike.ts';

/** Screen padding in CSS pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A step's camera spec → concrete camera for the current container size. */
export function fitCamera(
  map: Pick<MapLike, 'cameraForBounds'>,
  { camera }: MapState,
  padding: Padding,
): CameraValue & { padding: Padding } {
  const { bearing, pitch } = camera;
  if (camera.bounds) {
    const fitPadding = addPadding(padding, camera.padding ?? 24);
    // absolutePadding: fit inside exactly this padding, ignoring whatever padding the previous
    // move left on the map, so that every route to a step ends on the same camera.
    const fit = map.cameraForBounds(camera.bounds, {
      padding: fitPadding,
      bearing,
      absolutePadding: true,
    });
    if (fit?.center && fit.zoom !== undefined) {
      const c = fit.center as { lng: number; lat: number };
      return { center: [c.lng, c.lat], zoom: fit.zoom, bearing, pitch, padding: fitPadding };
    }
  }
  const [w, s] = camera.bounds?.[0] ?? camera.center ?? [0, 0];
  const [e, n] = camera.bounds?.[1] ?? camera.center ?? [0, 0];
  return { center: [(w + e) / 2, (s + n) / 2], zoom: camera.zoom ?? 6, bearing, pitch, padding };
}

/**
 * The padding that keeps clear of every one of these covers at once: the largest on each side.
 * @example clearOf({ top: 0, right: 0, bottom: 340, left: 0 }, { top: 90, right: 0, bottom: 0, left: 0 })
 *   // { top: 90, right: 0, bottom: 340, left: 0 }
 */
export function clearOf(...covers: Padding[]): Padding {
  const side = (key: keyof Padding) => Math.max(0, ...covers.map((c) => c[key]));
  return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
}

function addPadding(p: Padding, extra: number): Padding {
  return { top: p.top + extra, right: p.right + extra, bottom: p.bottom + extra, left: p.left + extra };
}
