/**
 * The inline MapLibre style: an offline base map (Natural Earth land and borders from geo/) and the
 * story's layers, with no tile server, sprite or glyph URL. Labels draw from `font-faces`.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import relief from '../../geo/layers/relief.json' with { type: 'json' };
import type { Story } from '../story/schema.ts';
import { colors, durations, opacity, type as typeTokens, type ColorToken } from '../tokens/tokens.ts';
import { MOTION_LAYERS, MOTION_SOURCES, SLOTS } from './motionLayers.ts';
import { VIEW_EDGE } from './viewEdge.ts';
import {
  arrowByZoom,
  END_LABEL_SUFFIX,
  FILL_EDGE,
  LINE_LABEL_SUFFIX,
  sourceId,
  styleLayers,
  UNIT_LABEL_SUFFIX,
} from './layers.ts';

export interface StyleInputs {
  story: Story;
  /** GeoJSON file name (without extension) → URL on our origin. */
  geoUrl: (name: string) => string;
  /** Entries for `font-faces`: woff2 files on our origin with their unicode ranges. */
  labelFaces: { url: string; 'unicode-range': string[] }[];
  lang: string;
}

/**
 * The shaded relief (geo/scripts/relief.ts): one image over the frame the land is clipped to, served
 * from our origin as a hashed asset (Vite rewrites this URL at build time).
 */
const RELIEF_URL = new URL('../../geo/layers/relief.png', import.meta.url).href;
/**
 * How strongly the relief shows, by zoom: clear at the country scale, where ETOPO5's 9 km cells
 * are a few pixels, and nearly gone at close-ups, where they would blur into soft blobs.
 */
const RELIEF_OPACITY: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  5,
  0.55,
  6.5,
  0.35,
  8,
  0.12,
  9,
  0.05,
];

/**
 * Where a story's style layer goes in the stack, bottom to top. MapLibre places the top layers'
 * symbols first, so this is also the priority of the names when they compete for room: places
 * first (a step's text names its towns), then the formations beside arrows (one place each, which
 * the geo build chose), then a line's date or name (a candidate place every 180 px along the line,
 * layers.ts, so it can move where a formation's name stands), and the names of seas, countries and
 * ranges last. Every name lies over every line and tint of the story.
 */
function stackRank(layer: LayerSpecification, story: Story): number {
  if (layer.type !== 'symbol') return 0;
  if (layer.id.endsWith(UNIT_LABEL_SUFFIX)) return 3;
  if (layer.id.endsWith(LINE_LABEL_SUFFIX) || layer.id.endsWith(END_LABEL_SUFFIX)) return 2;
  const kind = story.layers.find((l) => layer.id.startsWith(`${l.id}::`))?.kind;
  return kind === 'label' ? 1 : 4;
}

/** Base map layers (always visible) are prefixed `base:`; story layers follow in story order. */
export function buildStyle({ story, geoUrl, labelFaces, lang }: StyleInputs): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    'base:land': { type: 'geojson', data: geoUrl('land') },
    'base:borders': { type: 'geojson', data: geoUrl('borders') },
    'base:relief': {
      type: 'image',
      url: RELIEF_URL,
      coordinates: relief.coordinates as [
        [number, number],
        [number, number],
        [number, number],
        [number, number],
      ],
    },
  };
  for (const layer of story.layers) {
    sources[sourceId(layer)] ??= { type: 'geojson', data: geoUrl(layer.geo) };
    // Arrows draw in with a line-gradient cut at the drawn fraction, which needs line metrics.
    if (layer.kind === 'arrow')
      sources[sourceId(layer)] = { type: 'geojson', data: geoUrl(layer.geo), lineMetrics: true };
  }
  // Validation guarantees a story whose steps move the front declares one.
  const front = story.steps.some((s) => s.motion?.front) ? story.front : undefined;
  const empty = { type: 'FeatureCollection' as const, features: [] };
  sources[MOTION_SOURCES.heads] = { type: 'geojson', data: empty };
  sources[VIEW_EDGE.source] = { type: 'geojson', data: empty };
  if (front) {
    for (const slot of SLOTS) sources[MOTION_SOURCES.front(slot)] = { type: 'geojson', data: empty };
    sources[MOTION_SOURCES.masks] = { type: 'geojson', data: geoUrl(front.masks) };
  }
  /** The colour of the side holding the ground south or north of the front. */
  const holder = (half: 'south' | 'north'): string => {
    const side = story.sides.find((s) => s.id === front?.holds[half]);
    return colors[side?.color as ColorToken];
  };
  const storyLayers = story.layers.flatMap((layer) => styleLayers(layer, lang));
  const hidden = { visibility: 'none' as const };
  const crossfade = { duration: durations.fadeMs, delay: 0 };
  /** A hidden fill of the features of `source` whose property `key` equals `value`. */
  const fill = (
    id: string,
    source: string,
    [key, value]: [string, string],
    color: string,
    fillOpacity = 1,
  ): FillLayerSpecification => ({
    id,
    type: 'fill',
    source,
    filter: ['==', ['get', key], value],
    layout: hidden,
    paint: {
      ...FILL_EDGE,
      'fill-color': color,
      'fill-opacity': fillOpacity,
      'fill-opacity-transition': crossfade,
    },
  });
  return {
    version: 8,
    name: story.id,
    'font-faces': { [typeTokens.mapFont]: labelFaces },
    sources,
    layers: [
      { id: 'base:sea', type: 'background', paint: { 'background-color': colors.sea } },
      {
        id: 'base:land',
        type: 'fill',
        source: 'base:land',
        paint: { ...FILL_EDGE, 'fill-color': colors.land },
      },
      // Who holds the ground behind a moving front: the holders' tints either side of the line, cut
      // to the land fought over by the story's masks drawn over them (the sea in sea colour, land
      // outside the conflict in land colour).
      ...(front
        ? [
            // Slot b starts hidden (opacity 0); the controller crossfades between the slots.
            ...SLOTS.flatMap((slot) => {
              const shown = slot === 'a' ? 1 : 0;
              return [
                fill(
                  MOTION_LAYERS.heldSouth(slot),
                  MOTION_SOURCES.front(slot),
                  ['side', 'south'],
                  holder('south'),
                  opacity.heldSouth * shown,
                ),
                fill(
                  MOTION_LAYERS.heldNorth(slot),
                  MOTION_SOURCES.front(slot),
                  ['side', 'north'],
                  holder('north'),
                  opacity.heldNorth * shown,
                ),
              ];
            }),
            fill(MOTION_LAYERS.maskSea, MOTION_SOURCES.masks, ['id', 'sea-mask'], colors.sea),
            fill(MOTION_LAYERS.maskForeign, MOTION_SOURCES.masks, ['id', 'foreign-land'], colors.land),
          ]
        : []),
      // Over the held-ground tints and the masks (so it shades China and Japan too, which the
      // foreign-land mask repaints), under every line and label. Sea is transparent in the image.
      {
        id: 'base:relief',
        type: 'raster',
        source: 'base:relief',
        paint: { 'raster-opacity': RELIEF_OPACITY, 'raster-fade-duration': 0 },
      },
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
      ...storyLayers
        .map((layer, i) => ({ layer, i, rank: stackRank(layer, story) }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map(({ layer }) => layer),
      ...(front
        ? ([
            ...SLOTS.map((slot): LineLayerSpecification => ({
              id: MOTION_LAYERS.front(slot),
              type: 'line',
              source: MOTION_SOURCES.front(slot),
              filter: ['==', ['geometry-type'], 'LineString'],
              layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
              paint: {
                'line-color': colors.ink,
                'line-width': 2.2,
                'line-opacity': slot === 'a' ? 1 : 0,
                'line-opacity-transition': crossfade,
              },
            })),
          ] satisfies StyleSpecification['layers'])
        : []),
      {
        id: MOTION_LAYERS.heads,
        type: 'symbol',
        source: MOTION_SOURCES.heads,
        layout: {
          // One image per side (arrowhead.ts): the side shows in the shape, not in colour alone.
          'icon-image': ['get', 'icon'],
          'icon-rotate': ['get', 'bearing'],
          'icon-rotation-alignment': 'map',
          // The apex (the icon's top edge) sits on the tip of the line.
          'icon-anchor': 'top',
          // Always drawn, and in the way of every label below (the top layer is placed first):
          // a name never sits on an arrow's head.
          'icon-allow-overlap': true,
          'icon-ignore-placement': false,
          'icon-size': arrowByZoom(['get', 'size']),
        },
        paint: { 'icon-color': ['get', 'color'], 'icon-opacity': ['get', 'opacity'] },
      },
      // Over everything, invisible: the edge of the view, which no name may cross (viewEdge.ts).
      {
        id: VIEW_EDGE.layer,
        type: 'symbol',
        source: VIEW_EDGE.source,
        layout: {
          'icon-image': VIEW_EDGE.image,
          'icon-anchor': ['get', 'icon_anchor'],
          'icon-allow-overlap': true,
          'icon-ignore-placement': false,
          'icon-padding': 0,
        },
      },
    ],
  };
}
