/**
 * The edge of the view as something names collide with, so that every name MapLibre places is
 * whole on screen. MapLibre places a label that runs off the canvas as long as its box reaches no
 * further than 100 px past it (its collision grid's margin, a constant), so "26 October 1950" at
 * the coast could show as "26 Octob". An atlas never cuts a name at the frame.
 *
 * The wall is a row of invisible squares just outside each side of the view, in the top symbol
 * layer (placed first, always drawn, in the way of every label below: style.ts). The controller
 * lays it out for the camera a step lands on, before the move, so the names of the step's end
 * state are placed against it from the first frame it is in view.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cover, Padding, Size } from './cameraFit.ts';

/** The wall's image (added by the controller) and the side of its square, in CSS px. */
export const VIEW_EDGE = {
  image: 'view-edge',
  size: 32,
  source: 'base:view-edge',
  layer: 'base:view-edge',
} as const;

/** A camera the way MapLibre's `jumpTo` takes it, north up and looking straight down. */
export interface FlatCamera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  /** The camera's padding: `center` is the centre of the view inside it. */
  padding?: Padding;
}

/** MapLibre's tile size: the world is 512 px wide at zoom 0. */
const TILE = 512;

/** Web Mercator, in px of a world `world` px wide, from the antimeridian and the north edge. */
const toWorld = ([lng, lat]: [number, number], world: number): [number, number] => [
  ((lng + 180) / 360) * world,
  ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * world,
];

const fromWorld = ([x, y]: [number, number], world: number): [number, number] => [
  (x / world) * 360 - 180,
  (360 / Math.PI) * Math.atan(Math.exp(((180 - (y / world) * 360) * Math.PI) / 180)) - 90,
];

/**
 * Where screen point `[x, y]` (CSS px from the view's top left) lies under `camera` in a view of
 * `size`, as longitude and latitude.
 */
export function screenToLngLat(
  [x, y]: [number, number],
  camera: FlatCamera,
  size: { width: number; height: number },
): [number, number] {
  const world = TILE * 2 ** camera.zoom;
  const pad = camera.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const cx = pad.left + (size.width - pad.left - pad.right) / 2;
  const cy = pad.top + (size.height - pad.top - pad.bottom) / 2;
  const [wx, wy] = toWorld(camera.center, world);
  return fromWorld([wx + x - cx, wy + y - cy], world);
}

/**
 * The wall for `camera` in a view of `size`: squares of {@link VIEW_EDGE}'s size edge to edge
 * along each side, each hanging outside the view from a point half a pixel inside it
 * (`icon_anchor`, MapLibre's `icon-anchor`: a left-side square hangs from its right edge). The
 * points stay inside because MapLibre lays out a symbol only in the tile its point falls in, and
 * loads no tile wholly outside the view. The `covers` (what lies over the map: the key, the page's
 * switches, the timeline, the kiosk's panels) are filled with squares too, hanging right and down
 * from their points, the last row and column ending on their edges: no name is drawn under them,
 * or half under them. None for a rotated or tilted camera (the story's cameras are neither), where
 * the screen's sides are not lines of the map's grid.
 */
export function viewEdgePoints(
  camera: FlatCamera,
  size: { width: number; height: number },
  covers: readonly Cover[] = [],
): FeatureCollection<Point> {
  if ((camera.bearing ?? 0) !== 0 || (camera.pitch ?? 0) !== 0 || size.width <= 0 || size.height <= 0) {
    return { type: 'FeatureCollection', features: [] };
  }
  const inset = 0.5;
  /** From one end of a side to the other, a square's width apart, the far end included. */
  const along = (length: number) => [
    ...Array.from(
      { length: Math.ceil((length - 2 * inset) / VIEW_EDGE.size) },
      (_, i) => inset + i * VIEW_EDGE.size,
    ),
    length - inset,
  ];
  const { width, height } = size;
  const wall: [number, number, string][] = [
    ...along(width).flatMap((x): [number, number, string][] => [
      [x, inset, 'bottom'],
      [x, height - inset, 'top'],
    ]),
    ...along(height).flatMap((y): [number, number, string][] => [
      [inset, y, 'right'],
      [width - inset, y, 'left'],
    ]),
    ...covers.flatMap((cover) => coverSquares(cover, size)),
  ];
  return {
    type: 'FeatureCollection',
    features: wall.map(([x, y, anchor]): Feature<Point> => ({
      type: 'Feature',
      properties: { icon_anchor: anchor },
      geometry: { type: 'Point', coordinates: screenToLngLat([x, y], camera, size) },
    })),
  };
}

/** The squares' top-left corners that fill `cover` inside a view of `size`, a square apart at most. */
function coverSquares(cover: Cover, size: Size): [number, number, string][] {
  const inset = 0.5;
  const left = Math.max(inset, cover.left);
  const top = Math.max(inset, cover.top);
  const right = Math.min(size.width - inset, cover.right);
  const bottom = Math.min(size.height - inset, cover.bottom);
  if (right <= left || bottom <= top) return [];
  const { size: square } = VIEW_EDGE;
  /** From `from` to where a square ends on `to` (or starts on `from`, if narrower), a square apart. */
  const starts = (from: number, to: number) => {
    const end = Math.max(from, to - square);
    const count = Math.ceil((end - from) / square);
    return [...Array.from({ length: count }, (_, i) => from + i * square), end];
  };
  return starts(top, bottom).flatMap((y) =>
    starts(left, right).map((x): [number, number, string] => [x, y, 'top-left']),
  );
}
