/**
 * Our MapLibre style, drawn as SVG: each style layer becomes a list of SVG items (paths, circles,
 * labels, arrowheads) with the paint of the style itself — its colours, widths, dashes, opacities,
 * circle radii and label sizes — so the map without WebGL cannot drift from the WebGL one. Pure:
 * the caller says which layers show (and how opaque), how much of each arrow is drawn, and gives
 * the data of each source and the projection.
 */
import { geoPath, geoTransform, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { ARROWHEAD, ARROWHEAD_IMAGES, arrowheadPath, type ArrowheadShape } from '../map/arrowhead.ts';
import { evaluate, passes } from './expression.ts';

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
    })
  | (Common & { kind: 'head'; x: number; y: number; rotate: number; d: string; fill: string });

/** SVG's `text-anchor`: which end of the text `x` is. */
type TextAnchor = 'start' | 'middle' | 'end';
/** A place for a label: `x` as SVG's `text-anchor` reads it, `y` the centre of its lines. */
interface TextPlace {
  x: number;
  y: number;
  anchor: TextAnchor;
}

export interface SvgLayer {
  /** The style layer's id, e.g. `invasion::line` or `base:land`. */
  id: string;
  items: SvgItem[];
}

export interface DrawInputs {
  style: StyleSpecification;
  /** The features of a source (by source id), or undefined while it has none. */
  data: (source: string) => FeatureCollection | undefined;
  /** How opaque a style layer is drawn (its step's opacity), 0 or less to leave it out. */
  shown: (layerId: string) => number;
  /** How much of a line layer is drawn (an arrow drawing in), 0–1. */
  drawn: (layerId: string) => number;
  project: GeoProjection;
  /** Paths already made for this projection: reused while the view stays put. */
  cache?: PathCache;
}

/** SVG paths by geometry, as areas and as outlines, for one projection. */
export interface PathCache {
  area: WeakMap<Geometry, string>;
  outline: WeakMap<Geometry, string>;
}

export const pathCache = (): PathCache => ({ area: new WeakMap(), outline: new WeakMap() });

/**
 * The paint and layout properties drawn here, evaluated for each feature (the others, such as
 * fonts, are the page's); also `text-variable-anchor-offset`, which must be a constant.
 */
export const DRAWN_PROPERTIES = [
  'background-color',
  'fill-color',
  'fill-opacity',
  'line-color',
  'line-width',
  'line-opacity',
  'line-dasharray',
  'line-cap',
  'circle-color',
  'circle-radius',
  'circle-stroke-color',
  'circle-stroke-width',
  'circle-opacity',
  'text-field',
  'text-size',
  'text-anchor',
  'text-offset',
  'text-max-width',
  'text-color',
  'text-halo-color',
  'text-halo-width',
  'text-opacity',
  'icon-image',
  'icon-size',
  'icon-rotate',
  'icon-color',
  'icon-opacity',
] as const;

/** Draw every style layer that shows. */
export function drawStyle(inputs: DrawInputs): SvgLayer[] {
  const { project } = inputs;
  const planar = geoTransform({
    point(x, y) {
      const p = project([x, y])!;
      this.stream.point(p[0], p[1]);
    },
  });
  const path = geoPath(planar).digits(1);
  const cache = inputs.cache ?? pathCache();
  const d = (geometry: Geometry, outline = false): string => {
    const store = outline ? cache.outline : cache.area;
    let s = store.get(geometry);
    // A line layer draws a polygon's rings as lines.
    if (s === undefined) store.set(geometry, (s = path(outline ? linesOf(geometry) : geometry) ?? ''));
    return s;
  };

  const layers: SvgLayer[] = [];
  for (const layer of inputs.style.layers) {
    const opacity = inputs.shown(layer.id);
    if (opacity <= 0) continue;
    if (layer.type === 'background') {
      const fill = String(layer.paint?.['background-color'] ?? 'transparent');
      layers.push({ id: layer.id, items: [{ kind: 'rect', fill, opacity }] });
      continue;
    }
    if (!('source' in layer) || typeof layer.source !== 'string') continue;
    const source = inputs.data(layer.source);
    if (!source) continue;
    const features = source.features.filter((f) => passes(layer.filter, f));
    const items = drawLayer(layer, features, opacity, inputs.drawn(layer.id), project, d);
    if (items.length > 0) layers.push({ id: layer.id, items });
  }
  return placeLabels(layers);
}

/** Rough width of a line of label text in ems: Hangul and CJK near 1 em, Latin a little over half. */
function textWidth(text: string): number {
  let w = 0;
  for (const c of text)
    w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(c) ? 0.95 : c === ' ' ? 0.3 : 0.56;
  return w;
}

/**
 * Break a label into lines of about `maxWidth` ems or less, evenly (as MapLibre balances them).
 * @example wrapLabel('Kimpo airfield (taken 17–18 September)', 8) // ['Kimpo airfield', '(taken 17–18', 'September)']
 */
export function wrapLabel(text: string, maxWidth: number): string[] {
  const total = textWidth(text);
  if (total <= maxWidth) return [text];
  const target = total / Math.ceil(total / maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next) > target + 0.5 * textWidth(word)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/**
 * Labels that would overlap one already placed are left out, as MapLibre does (its symbols are
 * placed from the top layer down; our labels are all optional, their circles stay).
 */
function placeLabels(layers: SvgLayer[]): SvgLayer[] {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const overlaps = (b: (typeof placed)[number]) =>
    placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0);
  const out = [...layers];
  for (let i = out.length - 1; i >= 0; i--) {
    const layer = out[i]!;
    if (!layer.items.some((item) => item.kind === 'text')) continue;
    const items = layer.items.flatMap((item): SvgItem[] => {
      if (item.kind !== 'text') return [item];
      const width = Math.max(...item.lines.map(textWidth)) * item.size;
      const height = item.lines.length * item.size * LINE_HEIGHT;
      const { fallbacks = [], ...label } = item;
      for (const place of [{ x: item.x, y: item.y, anchor: item.anchor }, ...fallbacks]) {
        const x0 = place.x - (place.anchor === 'start' ? 0 : place.anchor === 'middle' ? width / 2 : width);
        const box = { x0, y0: place.y - height / 2, x1: x0 + width, y1: place.y + height / 2 };
        if (overlaps(box)) continue;
        placed.push(box);
        return [{ ...label, ...place }];
      }
      return [];
    });
    out[i] = { ...layer, items };
  }
  return out.filter((layer) => layer.items.length > 0);
}

/** Line height of a label, in ems (MapLibre's default `text-line-height`). */
export const LINE_HEIGHT = 1.2;

function drawLayer(
  layer: LayerSpecification,
  features: Feature[],
  opacity: number,
  drawn: number,
  project: GeoProjection,
  d: (g: Geometry, outline?: boolean) => string,
): SvgItem[] {
  const items: SvgItem[] = [];
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  const layout = ('layout' in layer ? layer.layout : undefined) as Record<string, unknown> | undefined;
  const get = (f: Feature, key: string, fallback: unknown): unknown => {
    const v = paint?.[key] ?? layout?.[key];
    return v === undefined ? fallback : evaluate(v, f);
  };
  const num = (f: Feature, key: string, fallback: number) => Number(get(f, key, fallback));
  const str = (f: Feature, key: string, fallback: string) => String(get(f, key, fallback));
  for (const f of features) {
    const points = pointsOf(f.geometry);
    switch (layer.type) {
      case 'fill':
        if (!/Polygon/.test(f.geometry.type)) break;
        items.push({
          kind: 'fill',
          d: d(f.geometry),
          fill: str(f, 'fill-color', '#000'),
          opacity: opacity * num(f, 'fill-opacity', 1),
        });
        break;
      case 'line': {
        if (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint' || drawn <= 0) break;
        const width = num(f, 'line-width', 1);
        const pattern = get(f, 'line-dasharray', undefined);
        items.push({
          kind: 'line',
          d: d(f.geometry, /Polygon/.test(f.geometry.type)),
          stroke: str(f, 'line-color', '#000'),
          width,
          // MapLibre's dashes are in line widths.
          ...(Array.isArray(pattern) ? { dash: pattern.map((v) => Number(v) * width).join(' ') } : {}),
          ...(drawn < 1 ? { drawn } : {}),
          cap: layout?.['line-cap'] === 'round' ? 'round' : 'butt',
          opacity: opacity * num(f, 'line-opacity', 1),
        });
        break;
      }
      case 'circle':
        for (const p of points) {
          const [x, y] = project(p as [number, number])!;
          items.push({
            kind: 'circle',
            x,
            y,
            r: num(f, 'circle-radius', 5),
            fill: str(f, 'circle-color', '#000'),
            stroke: str(f, 'circle-stroke-color', 'none'),
            strokeWidth: num(f, 'circle-stroke-width', 0),
            opacity: opacity * num(f, 'circle-opacity', 1),
          });
        }
        break;
      case 'symbol':
        for (const p of points) {
          const [x, y] = project(p as [number, number])!;
          const shape =
            layout?.['icon-image'] === undefined ? undefined : headShape(str(f, 'icon-image', ''));
          if (shape) {
            const side = (ARROWHEAD.size / ARROWHEAD.pixelRatio) * num(f, 'icon-size', 1);
            items.push({
              kind: 'head',
              x,
              y,
              rotate: num(f, 'icon-rotate', 0),
              d: arrowheadPath(shape, side),
              fill: str(f, 'icon-color', '#000'),
              opacity: opacity * num(f, 'icon-opacity', 1),
            });
            continue;
          }
          const text = str(f, 'text-field', '');
          if (!text) continue;
          const size = num(f, 'text-size', 16);
          const lines = wrapLabel(text, num(f, 'text-max-width', 10));
          const [first, ...fallbacks] = labelPlaces(layout, get(f, 'text-offset', [0, 0]) as number[]).map(
            ([anchor, [dx = 0, dy = 0]]) =>
              textPlace(anchor, x + dx * size, y + dy * size, lines.length * size * LINE_HEIGHT),
          );
          items.push({
            kind: 'text',
            ...first!,
            ...(fallbacks.length > 0 ? { fallbacks } : {}),
            lines,
            size,
            fill: str(f, 'text-color', '#000'),
            halo: str(f, 'text-halo-color', 'none'),
            haloWidth: num(f, 'text-halo-width', 0),
            opacity: opacity * num(f, 'text-opacity', 1),
          });
        }
        break;
      default:
        break;
    }
  }
  return items;
}

const ANCHORS = /^(center|left|right|top|bottom|top-left|top-right|bottom-left|bottom-right)$/;

/**
 * The places a symbol layer's label may take, in order: its `text-variable-anchor-offset` (a
 * constant in our style), else its one `text-anchor` and `text-offset`.
 */
function labelPlaces(layout: Record<string, unknown> | undefined, offset: number[]): [string, number[]][] {
  const variable = layout?.['text-variable-anchor-offset'] as (string | number[])[] | undefined;
  if (!variable) return [[String(layout?.['text-anchor'] ?? 'center'), offset]];
  if (!variable.every((v, i) => (i % 2 === 0 ? ANCHORS.test(String(v)) : Array.isArray(v))))
    throw new Error(
      'the SVG map reads text-variable-anchor-offset only as a constant list of anchors and offsets',
    );
  const places: [string, number[]][] = [];
  for (let i = 0; i + 1 < variable.length; i += 2)
    places.push([String(variable[i]), variable[i + 1] as number[]]);
  return places;
}

/**
 * Where a label `height` tall goes when its `anchor` side touches (`x`, `y`), as MapLibre reads
 * `text-anchor` (`left`: the text starts at the point; `top`: it hangs below it).
 * @example textPlace('top', 10, 20, 12) // { x: 10, y: 26, anchor: 'middle' }
 */
function textPlace(anchor: string, x: number, y: number, height: number): TextPlace {
  const side = anchor.split('-');
  return {
    x,
    y: y + (side.includes('top') ? height / 2 : side.includes('bottom') ? -height / 2 : 0),
    anchor: side.includes('left') ? 'start' : side.includes('right') ? 'end' : 'middle',
  };
}

/** The arrowhead shape of a style image name (`arrowhead`, `arrowhead-double`), if it is one. */
function headShape(image: string): ArrowheadShape | undefined {
  return (Object.keys(ARROWHEAD_IMAGES) as ArrowheadShape[]).find((s) => ARROWHEAD_IMAGES[s] === image);
}

function pointsOf(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

/** A polygon's rings as lines (what a line layer draws of a polygon). */
function linesOf(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'MultiLineString', coordinates: g.coordinates };
  if (g.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: g.coordinates.flat() };
  return g;
}
