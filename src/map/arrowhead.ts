/**
 * The arrowhead drawn at the tip of every arrow: a triangle pointing up (north) with its apex at the
 * top edge. One shape for both renderers: an alpha mask registered in MapLibre as an SDF image (so
 * each head takes its layer's colour with `icon-color` and turns with `icon-rotate`), and an SVG
 * path for the map drawn without WebGL (src/fallback/).
 */

/** The image's side in pixels, and its pixel ratio in MapLibre (so it shows at half that size). */
export const ARROWHEAD = { size: 32, pixelRatio: 2 } as const;

/** Where the base sits, as a share of the side (apex at the top edge). */
const BASE = 0.92;
/** Half the base's width, as a share of the side. */
const HALF_WIDTH = 0.42;

/** The head as an alpha mask: built in code, so the style needs no sprite URL. */
export function arrowheadImage(size: number = ARROWHEAD.size): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const data = new Uint8Array(size * size * 4);
  const half = size / 2;
  const base = size * BASE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Inside the triangle apex (half, 0) – base corners (half ± 0.42·size, base)?
      const py = y + 0.5;
      const px = x + 0.5;
      const widthAt = (py / base) * size * HALF_WIDTH;
      if (py <= base && Math.abs(px - half) <= widthAt) data[(y * size + x) * 4 + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/**
 * The head as an SVG path with its apex at (0, 0), pointing up, `side` CSS pixels tall and wide
 * (the image's side on screen: {@link ARROWHEAD}.size / pixelRatio × `icon-size`).
 * @example arrowheadPath(10) // 'M0 0L4.2 9.2L-4.2 9.2Z'
 */
export function arrowheadPath(side: number): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  const w = r(side * HALF_WIDTH);
  const h = r(side * BASE);
  return `M0 0L${w} ${h}L${-w} ${h}Z`;
}
