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

/** A rectangle over the map, CSS px from the map's top left. */
export interface Cover {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The map's size, CSS px. */
export interface Size {
  width: number;
  height: number;
}

/**
 * The ways to keep clear, as well as of `padding`, of every cover in the top half of a map of
 * `size` (on a wide screen the key at the left, the page's switches at the right): beside it, on
 * the side it is nearer, or below it; every combination. A camera fitting bounds takes whichever
 * shows them largest, as an atlas draws its subject in what its key leaves. Covers lower down (the
 * timeline strip), and strips as wide or as tall as the map, are the padding's to keep clear of.
 * @example paddingsBeside(none, [{ left: 12, top: 12, right: 280, bottom: 300 }], { width: 900, height: 750 })
 *   // [{ top: 0, right: 0, bottom: 0, left: 280 }, { top: 300, right: 0, bottom: 0, left: 0 }]
 */
export function paddingsBeside(padding: Padding, covers: readonly Cover[], size: Size): Padding[] {
  let ways = [padding];
  for (const { left, top, right, bottom } of covers) {
    if (right <= left || bottom <= top || (top + bottom) / 2 > size.height / 2) continue;
    if (right - left >= size.width - 1 || bottom - top >= size.height - 1) continue;
    const beside =
      (left + right) / 2 < size.width / 2
        ? { top: 0, right: 0, bottom: 0, left: Math.ceil(right) }
        : { top: 0, right: Math.ceil(size.width - left), bottom: 0, left: 0 };
    const below = { top: Math.ceil(bottom), right: 0, bottom: 0, left: 0 };
    ways = ways.flatMap((way) => [clearOf(way, beside), clearOf(way, below)]);
  }
  return ways;
}

/**
 * The strips along the map's sides that `padding` keeps the camera clear of, as covers: what a
 * layout that says what lies over its map (the kiosk's title, card and bar) hides of it.
 * @example insetCovers({ top: 0, right: 0, bottom: 80, left: 0 }, { width: 900, height: 700 })
 *   // [{ left: 0, top: 620, right: 900, bottom: 700 }]
 */
export function insetCovers(padding: Padding, { width, height }: Size): Cover[] {
  const strips: Cover[] = [
    { left: 0, top: 0, right: width, bottom: padding.top },
    { left: width - padding.right, top: 0, right: width, bottom: height },
    { left: 0, top: height - padding.bottom, right: width, bottom: height },
    { left: 0, top: 0, right: padding.left, bottom: height },
  ];
  return strips.filter((c) => c.right > c.left && c.bottom > c.top);
}

/**
 * A step's camera spec → concrete camera for the current container size. Bounds are fitted clear of
 * the `over` covers in the map's top half too, beside or below each, whichever gives the largest
 * zoom (the first on a tie); a centre and zoom keeps the padding alone, its centre the middle of the
 * map whatever covers it.
 */
export function fitCamera(
  map: Pick<MapLike, 'cameraForBounds'>,
  { camera }: MapState,
  padding: Padding,
  over?: { covers: readonly Cover[]; size: Size },
): CameraValue & { padding: Padding } {
  const { bearing, pitch } = camera;
  if (camera.bounds) {
    let best: (CameraValue & { padding: Padding }) | undefined;
    for (const clear of paddingsBeside(padding, over?.covers ?? [], over?.size ?? { width: 0, height: 0 })) {
      const fitPadding = addPadding(clear, camera.padding ?? 24);
      // absolutePadding: fit inside exactly this padding, ignoring whatever padding the previous
      // move left on the map, so that every route to a step ends on the same camera.
      const fit = map.cameraForBounds(camera.bounds, {
        padding: fitPadding,
        bearing,
        absolutePadding: true,
      });
      if (fit?.center && fit.zoom !== undefined && (!best || fit.zoom > best.zoom)) {
        const c = fit.center as { lng: number; lat: number };
        best = { center: [c.lng, c.lat], zoom: fit.zoom, bearing, pitch, padding: fitPadding };
      }
    }
    if (best) return best;
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

/** `p` with `extra` px more on every side. */
export function addPadding(p: Padding, extra: number): Padding {
  return { top: p.top + extra, right: p.right + extra, bottom: p.bottom + extra, left: p.left + extra };
}
