/**
 * One frame of a moving front: the line to draw and the ground each side holds, from two dated
 * lines resampled to the same vertex count (geo/layers/fronts-resampled.geojson: `head` vertices
 * of sea extension, `body` vertices of the line itself, `tail` vertices of extension).
 */
import { lerpLine, type Position } from './lerpLine.ts';
import { lerpOutline, outlineParam, outlinePoint, territory, type Box } from './territory.ts';

export interface ResampledFront {
  coords: Position[];
  head: number;
  body: number;
  tail: number;
}

export interface FrontFrame {
  /** The front itself (the body), west/south-west → east. */
  line: Position[];
  /** The ground right of the line's direction: south of a west → east line (the story's `front.holds.south`). */
  south: Position[];
  /** The ground left of it: north of a west → east line (`front.holds.north`). */
  north: Position[];
}

/**
 * The front `t` (0–1) of the way from `from` to `to`. The extension ends slide along the edge of
 * `box` the short way round, so the territory rings stay closed along the box at every `t`.
 */
export function frontFrame(from: ResampledFront, to: ResampledFront, t: number, box: Box): FrontFrame {
  if (from.head !== to.head || from.body !== to.body || from.coords.length !== to.coords.length) {
    throw new Error('frontFrame(): the two lines are not resampled alike');
  }
  const full = lerpLine(from.coords, to.coords, t);
  if (t > 0 && t < 1) {
    const end = full.length - 1;
    full[0] = outlinePoint(
      lerpOutline(outlineParam(from.coords[0]!, box), outlineParam(to.coords[0]!, box), t),
      box,
    );
    full[end] = outlinePoint(
      lerpOutline(outlineParam(from.coords[end]!, box), outlineParam(to.coords[end]!, box), t),
      box,
    );
  }
  const { right, left } = territory(full, box);
  return { line: full.slice(from.head, from.head + from.body), south: right, north: left };
}
