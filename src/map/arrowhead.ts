/**
 * The arrowheads drawn at the tips of the arrows, one shape per side so that the sides differ by
 * more than colour: a plain triangle or a double head (two triangles, one behind the other), as
 * the story's `sides:` give them. Each points up (north) with its apex at the top edge. One
 * definition for every renderer: alpha masks registered in MapLibre as SDF images (each head takes
 * its layer's colour with `icon-color` and turns with `icon-rotate`), and SVG paths for the map
 * drawn without WebGL (src/fallback/) and the legend.
 */
import type { Arrowhead, LayerDef } from '../story/schema.ts';

/** The images' side in pixels, and their pixel ratio in MapLibre (so they show at half that size). */
export const ARROWHEAD = { size: 32, pixelRatio: 2 } as const;

/** The shapes a side may choose (the schema's `arrowhead`). */
export type ArrowheadShape = Arrowhead;

/** Image names in the map style, by shape. */
export const ARROWHEAD_IMAGES: Record<ArrowheadShape, string> = {
  triangle: 'arrowhead',
  double: 'arrowhead-double',
};

/** The head of an arrow layer: its side's (compiled into the layer), a triangle for any other. */
export function arrowheadShape(layer: Pick<LayerDef, 'arrowhead'>): ArrowheadShape {
  return layer.arrowhead ?? 'triangle';
}

/** Where the base sits, as a share of the side (apex at the top edge). */
const BASE = 0.92;
/** Half the base's width, as a share of the side. */
const HALF_WIDTH = 0.42;
/** A double head: where the front triangle's base and the rear one's apex sit, as shares of the side. */
const DOUBLE = { frontBase: 0.5, rearApex: 0.28 };

/** The outline of a head `side` units tall and wide, apex at (0, 0), pointing up (y down). */
function outline(shape: ArrowheadShape, side: number): [number, number][] {
  const w = side * HALF_WIDTH;
  const h = side * BASE;
  if (shape === 'triangle')
    return [
      [0, 0],
      [w, h],
      [-w, h],
    ];
  // The outline of the two overlapping triangles: notched in on both sides where they meet.
  const a = side * DOUBLE.frontBase;
  const b = side * DOUBLE.rearApex;
  const n = (w * (a - b)) / (h - b);
  return [
    [0, 0],
    [w, a],
    [n, a],
    [w, h],
    [-w, h],
    [-n, a],
    [-w, a],
  ];
}

/** Even–odd point-in-polygon test. */
function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** The head as an alpha mask, built in code so that the style needs no sprite URL. */
export function arrowheadImage(
  shape: ArrowheadShape = 'triangle',
  size: number = ARROWHEAD.size,
): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const ring = outline(shape, size).map(([x, y]): [number, number] => [x + size / 2, y]);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (inside([x + 0.5, y + 0.5], ring)) data[(y * size + x) * 4 + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/**
 * The head as an SVG path with its apex at (0, 0), pointing up, `side` CSS pixels tall and wide
 * (the image's side on screen: {@link ARROWHEAD}.size / pixelRatio × `icon-size`).
 * @example arrowheadPath('triangle', 10) // 'M0 0L4.2 9.2L-4.2 9.2Z'
 */
export function arrowheadPath(shape: ArrowheadShape, side: number): string {
  const r = (v: number) => Math.round(v * 100) / 100 + 0;
  return `M${outline(shape, side)
    .map(([x, y]) => `${r(x)} ${r(y)}`)
    .join('L')}Z`;
}
