/**
 * Our MapLibre style, drawn as SVG: each style layer becomes a list of SVG items (paths, circles,
 * labels, text along lines, arrowheads, the relief image) with the paint of the style itself — its
 * colours, widths, dashes, opacities, circle radii and label sizes, at the view's zoom — so the map
 * without WebGL cannot drift from the WebGL one. Pure: the caller says which layers show (and how
 * opaque), how much of each arrow is drawn, and gives the data of each source and the projection.
 */
import { geoPath, geoTransform, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { drawLayer } from './drawLayer.ts';
import { evaluate, passes } from './expression.ts';
import type { Size } from './fitView.ts';
import { imageItem } from './imageItem.ts';
import { placeLabels } from './placeLabels.ts';
import type { SvgItem, SvgLayer } from './svgItem.ts';

export interface DrawInputs {
  style: StyleSpecification;
  /** The features of a source (by source id), or undefined while it has none. */
  data: (source: string) => FeatureCollection | undefined;
  /** How opaque a style layer is drawn (its step's opacity), 0 or less to leave it out. */
  shown: (layerId: string) => number;
  /** How much of a line layer is drawn (an arrow drawing in), 0–1. */
  drawn: (layerId: string) => number;
  project: GeoProjection;
  /** The view's zoom, as MapLibre's (zoom expressions are evaluated at it). */
  zoom: number;
  /** The map's size: text along lines is written on the part in view. */
  viewport?: Size;
  /** Paths already made for this projection: reused while the view stays put. */
  cache?: PathCache;
}

/** SVG paths by geometry, as areas and as outlines, for one projection. */
export interface PathCache {
  area: WeakMap<Geometry, string>;
  outline: WeakMap<Geometry, string>;
}

export const pathCache = (): PathCache => ({ area: new WeakMap(), outline: new WeakMap() });

/** Nothing in particular: what a property that depends on no feature is evaluated for. */
const NO_FEATURE: Feature = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [0, 0] },
};

/**
 * Draw every style layer that shows. A layer the SVG map cannot read (an expression or a source it
 * does not know) is left out rather than breaking the map: expression.test.ts checks that every
 * shipped style is read in full.
 */
export function drawStyle(inputs: DrawInputs): SvgLayer[] {
  const { project, zoom } = inputs;
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
    const sourceId = layer.source;
    let items: SvgItem[];
    try {
      if (layer.type === 'raster') {
        const shade = Number(evaluate(layer.paint?.['raster-opacity'] ?? 1, NO_FEATURE, zoom));
        const image = imageItem(inputs.style.sources[sourceId], project, opacity * shade);
        items = image ? [image] : [];
      } else {
        const source = inputs.data(sourceId);
        if (!source) continue;
        const features = source.features.filter((f) => passes(layer.filter, f));
        const view = { opacity, drawn: inputs.drawn(layer.id), zoom, project, d };
        items = drawLayer(layer, features, inputs.viewport ? { ...view, viewport: inputs.viewport } : view);
      }
    } catch {
      continue;
    }
    if (items.length > 0) layers.push({ id: layer.id, items });
  }
  return placeLabels(layers);
}

/** A polygon's rings as lines (what a line layer draws of a polygon). */
function linesOf(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'MultiLineString', coordinates: g.coordinates };
  if (g.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: g.coordinates.flat() };
  return g;
}
