/**
 * The inline MapLibre style: an offline base map (Natural Earth land and borders from geo/) and the
 * story's layers, with no tile server, sprite or glyph URL. Labels draw from `font-faces`.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Story } from '../story/schema.ts';
import { colors, type as typeTokens } from '../tokens/tokens.ts';
import { sourceId, styleLayers } from './layers.ts';

export interface StyleInputs {
  story: Story;
  /** GeoJSON file name (without extension) → URL on our origin. */
  geoUrl: (name: string) => string;
  /** Entries for `font-faces`: woff2 files on our origin with their unicode ranges. */
  labelFaces: { url: string; 'unicode-range': string[] }[];
  lang: string;
}

/** Base map layers (always visible) are prefixed `base:`; story layers follow in story order. */
export function buildStyle({ story, geoUrl, labelFaces, lang }: StyleInputs): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    'base:land': { type: 'geojson', data: geoUrl('land') },
    'base:borders': { type: 'geojson', data: geoUrl('borders') },
  };
  for (const layer of story.layers) {
    sources[sourceId(layer)] ??= { type: 'geojson', data: geoUrl(layer.geo) };
  }
  return {
    version: 8,
    name: story.id,
    'font-faces': { [typeTokens.mapFont]: labelFaces },
    sources,
    layers: [
      { id: 'base:sea', type: 'background', paint: { 'background-color': colors.sea } },
      { id: 'base:land', type: 'fill', source: 'base:land', paint: { 'fill-color': colors.land } },
      {
        id: 'base:coast',
        type: 'line',
        source: 'base:land',
        paint: { 'line-color': colors.landOutline, 'line-width': 0.8 },
      },
      {
        id: 'base:borders',
        type: 'line',
        source: 'base:borders',
        paint: { 'line-color': colors.border, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      ...story.layers.flatMap((layer) => styleLayers(layer, lang)),
    ],
  };
}
