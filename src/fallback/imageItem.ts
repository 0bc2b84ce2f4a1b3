/**
 * A raster layer of an `image` source (the shaded relief) as one SVG `<image>`. MapLibre stretches
 * the image linearly in Web Mercator between its four corners; our projection is Mercator too
 * (turned by the bearing, at most), so the image's rectangle projects onto a parallelogram and one
 * affine matrix through three of its corners puts every pixel where MapLibre does.
 */
import type { GeoProjection } from 'd3-geo';
import type { SourceSpecification } from 'maplibre-gl';
import type { SvgItem } from './svgItem.ts';

/**
 * The image of `source` drawn at `opacity`, or undefined for a source that is not a still image
 * with four corners (tiles, video): the SVG map leaves those out.
 */
export function imageItem(
  source: SourceSpecification | undefined,
  project: GeoProjection,
  opacity: number,
): SvgItem | undefined {
  if (source?.type !== 'image' || typeof source.url !== 'string') return undefined;
  const corners = source.coordinates as unknown;
  if (!Array.isArray(corners) || corners.length !== 4) return undefined;
  // MapLibre's order: top-left, top-right, bottom-right, bottom-left.
  const [tl, tr, , bl] = corners.map((c) => project(c as [number, number]));
  if (!tl || !tr || !bl || [...tl, ...tr, ...bl].some((v) => !Number.isFinite(v))) return undefined;
  return {
    kind: 'image',
    href: source.url,
    matrix: [tr[0] - tl[0], tr[1] - tl[1], bl[0] - tl[0], bl[1] - tl[1], tl[0], tl[1]],
    opacity,
  };
}
