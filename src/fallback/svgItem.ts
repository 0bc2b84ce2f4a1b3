/**
 * What the SVG map draws: each style layer as a list of plain items (paths, circles, labels,
 * arrowheads) with their paint resolved, ready for SvgMap.svelte to render.
 */
interface Common {
  /** 0–1: the layer's opacity times the step's. */
  opacity: number;
}

export type SvgItem =
  | (Common & { kind: 'rect'; fill: string })
  | (Common & { kind: 'fill'; d: string; fill: string })
  | (Common & {
      kind: 'line';
      d: string;
      stroke: string;
      width: number;
      /** `stroke-dasharray` in pixels, for a dashed line. */
      dash?: string;
      /** 0–1: how much of the line is drawn, tail → head (an arrow drawing in); 1 if absent. */
      drawn?: number;
      cap: 'round' | 'butt';
    })
  | (Common & {
      kind: 'circle';
      x: number;
      y: number;
      r: number;
      fill: string;
      stroke: string;
      strokeWidth: number;
    })
  | (Common & {
      kind: 'text';
      x: number;
      y: number;
      /** The label broken into lines at the style's `text-max-width`, centred on `y`. */
      lines: string[];
      size: number;
      anchor: TextAnchor;
      /** Other places to put the label, in order, if it collides at `x`, `y` (`text-variable-anchor-offset`). */
      fallbacks?: TextPlace[];
      fill: string;
      halo: string;
      haloWidth: number;
      /** `text-letter-spacing`, in ems. */
      letterSpacing: number;
    })
  | (Common & {
      kind: 'line-text';
      /** The path the text is written along, left to right; the text is centred on it. */
      d: string;
      text: string;
      size: number;
      letterSpacing: number;
      /** Boxes (x0, y0, x1, y1) round its glyphs, for collisions with other labels. */
      boxes: [number, number, number, number][];
      fill: string;
      halo: string;
      haloWidth: number;
    })
  | (Common & {
      kind: 'image';
      href: string;
      /**
       * SVG's `matrix(a b c d e f)` that takes the unit square onto the image's place: (0, 0) to
       * its top-left corner, (1, 0) to its top-right, (0, 1) to its bottom-left.
       */
      matrix: [number, number, number, number, number, number];
    })
  | (Common & { kind: 'head'; x: number; y: number; rotate: number; d: string; fill: string });

/** SVG's `text-anchor`: which end of the text `x` is. */
export type TextAnchor = 'start' | 'middle' | 'end';
/** A place for a label: `x` as SVG's `text-anchor` reads it, `y` the centre of its lines. */
export interface TextPlace {
  x: number;
  y: number;
  anchor: TextAnchor;
}

export interface SvgLayer {
  /** The style layer's id, e.g. `invasion::line` or `base:land`. */
  id: string;
  items: SvgItem[];
}
