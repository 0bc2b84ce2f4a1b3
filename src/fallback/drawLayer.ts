/**
 * One style layer's features as SVG items, with the layer's paint and layout evaluated for each
 * feature: fills, lines (drawn in up to a fraction), circles, arrowhead icons, text labels at
 * points and text written along lines.
 */
import type { GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { ARROWHEAD, ARROWHEAD_IMAGES, arrowheadPath, type ArrowheadShape } from '../map/arrowhead.ts';
import { evaluate } from './expression.ts';
import type { Size } from './fitView.ts';
import { labelPlaces, textPlace } from './labelPlaces.ts';
import { LINE_HEIGHT, spacedWidth, wrapLabel } from './labelText.ts';
import { lineLabel } from './lineLabel.ts';
import type { SvgItem } from './svgItem.ts';

type TextItem = Extract<SvgItem, { kind: 'text' }>;

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
  'text-transform',
  'text-letter-spacing',
  'text-max-angle',
  'raster-opacity',
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

/** How one layer is drawn: its step's opacity, how much of its lines, on which map. */
export interface LayerView {
  /** The step's opacity of the layer. */
  opacity: number;
  /** How much of its lines are drawn, 0–1 (an arrow drawing in). */
  drawn: number;
  /** The map's zoom, as MapLibre's (for zoom expressions). */
  zoom: number;
  /** The map's size: text along lines is written on the part in view. */
  viewport?: Size;
  project: GeoProjection;
  /** A geometry's SVG path (with `outline`, its rings as lines). */
  d: (g: Geometry, outline?: boolean) => string;
}

/** The items of one style layer drawn from `features`. */
export function drawLayer(layer: LayerSpecification, features: Feature[], view: LayerView): SvgItem[] {
  const { opacity, drawn, zoom, project, d } = view;
  const items: SvgItem[] = [];
  const candidates = new Map<string, TextItem>();
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  const layout = ('layout' in layer ? layer.layout : undefined) as Record<string, unknown> | undefined;
  const get = (f: Feature, key: string, fallback: unknown): unknown => {
    const v = paint?.[key] ?? layout?.[key];
    // MapLibre lays a symbol's text out once per tile, at the tile's whole zoom.
    return v === undefined ? fallback : evaluate(v, f, key === 'text-field' ? Math.floor(zoom) : zoom);
  };
  const num = (f: Feature, key: string, fallback: number) => Number(get(f, key, fallback));
  // A property a feature lacks reads as null: no text, as MapLibre writes none, not "null".
  const str = (f: Feature, key: string, fallback: string) => String(get(f, key, fallback) ?? fallback);
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
        if (layout?.['symbol-placement'] === 'line') {
          const item = alongLine(f);
          if (item) items.push(item);
          break;
        }
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
          const text = textOf(f);
          if (!text) continue;
          const size = num(f, 'text-size', 16);
          const letterSpacing = num(f, 'text-letter-spacing', 0);
          const lines = wrapLabel(text, num(f, 'text-max-width', 10), letterSpacing);
          const [first, ...fallbacks] = labelPlaces(
            // `text-anchor` may depend on the feature (an arrow's formation, layers.ts).
            { ...layout, 'text-anchor': get(f, 'text-anchor', 'center') },
            get(f, 'text-offset', [0, 0]) as number[],
          ).map(([anchor, [dx = 0, dy = 0]]) =>
            textPlace(anchor, x + dx * size, y + dy * size, lines.length * size * LINE_HEIGHT),
          );
          // The same name at the same point again is another place for it (a name's candidate
          // places, layers.ts), tried in the order the features come.
          const key = `${x} ${y} ${lines.join('\n')}`;
          const same = candidates.get(key);
          if (same) {
            same.fallbacks = [...(same.fallbacks ?? []), first!, ...fallbacks];
            continue;
          }
          const item: TextItem = {
            kind: 'text',
            ...first!,
            ...(fallbacks.length > 0 ? { fallbacks } : {}),
            lines,
            size,
            fill: str(f, 'text-color', '#000'),
            halo: str(f, 'text-halo-color', 'none'),
            haloWidth: num(f, 'text-halo-width', 0),
            letterSpacing,
            opacity: opacity * num(f, 'text-opacity', 1),
          };
          candidates.set(key, item);
          items.push(item);
        }
        break;
      default:
        break;
    }
  }
  return items;

  /** A label's text, in capitals where its `text-transform` says. */
  function textOf(f: Feature): string {
    const text = str(f, 'text-field', '');
    const transform = str(f, 'text-transform', 'none');
    return transform === 'uppercase'
      ? text.toUpperCase()
      : transform === 'lowercase'
        ? text.toLowerCase()
        : text;
  }

  /** A label written along the feature's line (or its polygon's rings), if it fits in view. */
  function alongLine(f: Feature): SvgItem | undefined {
    const parts = linesOf(f.geometry);
    const text = parts.length > 0 ? textOf(f) : '';
    if (!text) return undefined;
    const size = num(f, 'text-size', 16);
    const letterSpacing = num(f, 'text-letter-spacing', 0);
    const [dx = 0, dy = 0] = get(f, 'text-offset', [0, 0]) as number[];
    const place = lineLabel({
      parts: parts.map((part) => part.map((p) => project(p as [number, number])!)),
      length: spacedWidth(text, letterSpacing) * size,
      size,
      offset: [Number(dx), Number(dy)],
      maxAngle: num(f, 'text-max-angle', 45),
      ...(view.viewport ? { viewport: view.viewport } : {}),
    });
    if (!place) return undefined;
    return {
      kind: 'line-text',
      d: `M${place.path.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}`,
      text,
      size,
      letterSpacing,
      boxes: place.boxes,
      fill: str(f, 'text-color', '#000'),
      halo: str(f, 'text-halo-color', 'none'),
      haloWidth: num(f, 'text-halo-width', 0),
      opacity: opacity * num(f, 'text-opacity', 1),
    };
  }
}

/** The lines of a geometry a label can be written along: its lines, or its polygons' rings. */
function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      return [];
  }
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
