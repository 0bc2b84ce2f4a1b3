/**
 * Story layer → MapLibre style layers. A story layer is one GeoJSON file drawn one way (`kind`);
 * it becomes one or more style layers whose ids start with `<story layer id>::`.
 */
import type {
  Map as MapLibreMap,
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { LayerDef, LayerKind } from '../story/schema.ts';
import { colors, durations, opacity, type as typeTokens, type ColorToken } from '../tokens/tokens.ts';
import { ARROWHEAD } from './arrowhead.ts';
import { dateText } from './dateText.ts';

/** What the controller needs to know about each style layer of a story layer. */
export interface StyleLayerRef {
  id: string;
  /** The paint property that fades this layer, e.g. `line-opacity`. */
  opacityProperty: Parameters<MapLibreMap['setPaintProperty']>[1];
  /** Opacity at full visibility; the step's opacity multiplies it. */
  baseOpacity: number;
}

/** Layers drawn from the same GeoJSON file share one source. */
export const sourceId = (layer: LayerDef): string => `geo:${layer.geo}`;

/**
 * How much wider arrows and their heads are drawn at a zoom than at close-ups: an arrow drawn for
 * a valley reads as a hairline at the country scale (the Yalu crossings were a few red pixels).
 */
const ARROW_SCALE: [zoom: number, scale: number][] = [
  [5, 1.7],
  [7, 1.25],
  [9, 1],
];

/** {@link ARROW_SCALE} at `zoom`, interpolated and clamped as the style's expression does. */
function arrowScale(zoom: number): number {
  const upper = ARROW_SCALE.findIndex(([z]) => z >= zoom);
  if (upper === 0) return ARROW_SCALE[0]![1];
  if (upper === -1) return ARROW_SCALE[ARROW_SCALE.length - 1]![1];
  const [z0, s0] = ARROW_SCALE[upper - 1]!;
  const [z1, s1] = ARROW_SCALE[upper]!;
  return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
}

/** An arrowhead's `icon-size` for an arrow layer of `width` px, before {@link ARROW_SCALE}. */
export const headSize = (width: number): number => 0.45 + width / 10;

/**
 * How far behind its tip the head of an arrow `width` px wide (its layer's `width`) keeps other
 * symbols out at `zoom`, in px: the head's
 * image (its apex on the tip) turned to any bearing takes a box up to its side × √2 wide round its
 * centre, half a side behind the tip, and MapLibre pads it by 2 px.
 */
export function headReach(zoom: number, width: number): number {
  const side = (ARROWHEAD.size / ARROWHEAD.pixelRatio) * headSize(width) * arrowScale(zoom);
  return side / 2 + side + 2;
}

/** `value` scaled by zoom as an arrow is: a number, or a feature expression (a head's size). */
export function arrowByZoom(value: number | ExpressionSpecification): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...ARROW_SCALE.flatMap(([zoom, scale]) => [
      zoom,
      typeof value === 'number' ? value * scale : (['*', value, scale] as ExpressionSpecification),
    ]),
  ] as ExpressionSpecification;
}

/** The style layer that writes a story layer's names or dates along its lines. */
export const LINE_LABEL_SUFFIX = '::line-label';
/** The style layer that writes a line's name at its east end, in the sea (`label_end` points). */
export const END_LABEL_SUFFIX = '::end-label';
/** The style layer naming an arrow layer's formations (see {@link UNIT_LABEL_AT}). */
export const UNIT_LABEL_SUFFIX = '::unit-label';
/** The style layers that write names: a label layer's own, and those of lines and arrows. */
export const NAME_SUFFIXES = ['::label', LINE_LABEL_SUFFIX, END_LABEL_SUFFIX, UNIT_LABEL_SUFFIX];

/**
 * How far along an arrow, tail to head, its formation is named (the point the geo build writes,
 * geo/scripts/labelGuides.ts); the name shows once the draw-in has passed it (motionPainter.ts).
 */
export const UNIT_LABEL_AT = 0.5;

/**
 * Where a formation's name is written for each side of its point, in ems (MapLibre's
 * `text-offset`): clear of the arrow's line.
 */
export const UNIT_SIDE_OFFSET = {
  left: [0.7, 0],
  right: [-0.7, 0],
  top: [0, 0.6],
  bottom: [0, -0.6],
} as const;

/**
 * The invisible mark at the point of a name with several candidate places (the controller adds
 * it as an image): the candidates share the point, so the first placed keeps the others out.
 */
export const NAME_MARK = { image: 'name-mark', size: 1 } as const;

/**
 * The zooms at which the geo build says how far a formation's mark moves back from its point
 * (`mark_offset`, one `[x, y]` in px for each): at the country scale an arrow is 5 to 30 px long
 * and {@link headReach} up to 33 px, so a mark at the arrow's middle fell inside the arrow's own
 * head and none of the name's places could be taken (13 of 32 formations went unnamed on a
 * phone in English). The mark moves back towards the tail just far enough, and not at all where the arrow is
 * long enough: moved further, it met the name of the town the arrow set out from.
 */
export const MARK_ZOOMS = [4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Where a line's name or date may go at its east end, in the order tried: level in the sea past
 * the coast, then over the land just above the line's end, then just below it.
 */
export const END_LABEL_PLACES = [
  { anchor: 'left', offset: [0.5, 0], suffix: '' },
  { anchor: 'bottom-right', offset: [-0.3, -0.3], suffix: ':above' },
  { anchor: 'top-right', offset: [-0.3, 0.3], suffix: ':below' },
] as const;

/**
 * Layout for a name with candidate places, one feature each at one point (the geo build writes
 * them): tried in `label_rank` order (MapLibre's `symbol-sort-key`), each on its `label_anchor`
 * side at its `label_offset`; the first placed holds the shared point with its invisible mark
 * (a pixel, unpadded, so a town's name over the point does not keep them all out).
 */
function candidatePlaces(
  anchor: string,
  offset: readonly [number, number],
): SymbolLayerSpecification['layout'] {
  return {
    'symbol-sort-key': ['coalesce', ['get', 'label_rank'], 0] as ExpressionSpecification,
    'icon-image': NAME_MARK.image,
    'icon-padding': 0,
    'icon-offset': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...MARK_ZOOMS.flatMap((zoom, k) => [
        zoom,
        [
          'array',
          'number',
          2,
          [
            'at',
            k,
            ['array', ['coalesce', ['get', 'mark_offset'], ['literal', MARK_ZOOMS.map(() => [0, 0])]]],
          ],
        ],
      ]),
    ] as ExpressionSpecification,
    'text-anchor': ['coalesce', ['get', 'label_anchor'], anchor] as ExpressionSpecification,
    'text-offset': [
      'array',
      'number',
      2,
      ['coalesce', ['get', 'label_offset'], ['literal', offset]],
    ] as ExpressionSpecification,
  };
}

/** An arrow layer's formation name while the arrow draws in to `fraction`: shown from its middle. */
export const unitNameOpacity = (fraction: number, opacity: number): number =>
  fraction >= UNIT_LABEL_AT ? opacity : 0;

/**
 * Below this zoom (North or South Korea whole on a desktop, more on a phone) a front's date and a
 * formation's name take their short forms ("24 Nov 1950", "13th Army Gp"), as an atlas letters a
 * small-scale map: the full ones leave most arrows unnamed there for want of room. A whole zoom:
 * MapLibre lays text out at its tile's whole zoom, so a step at 6.9 gets the forms of 6.
 */
const SHORT_NAMES_BELOW = 7;

/** `short` below {@link SHORT_NAMES_BELOW}, `full` from it. */
const byScale = (short: ExpressionSpecification, full: ExpressionSpecification): ExpressionSpecification => [
  'step',
  ['zoom'],
  short,
  SHORT_NAMES_BELOW,
  full,
];

/** A formation's name in `lang` (English where it has none), short at the country scale. */
function unitText(lang: string): ExpressionSpecification {
  const full: ExpressionSpecification = ['coalesce', ['get', `unit_${lang}`], ['get', 'unit_en'], ''];
  return byScale(['coalesce', ['get', `unit_short_${lang}`], full], full);
}

/** Label expression: the active language's name, falling back to English. */
export function labelField(lang: string): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en'], ''];
}

const fade = { duration: durations.fadeMs, delay: 0 };

/**
 * Every fill is drawn without MapLibre's anti-aliased outline: a line is drawn over each fill's
 * edge (a territory's own outline, the coast, the front, the borders), and the outline is a shader
 * program of its own, which the first map waits for WebGL to link.
 */
export const FILL_EDGE = { 'fill-antialias': false } as const;

/** Which side of a label touches its point (`left`: the label is to the point's right). */
export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom';

/**
 * Where a place's name may go, in order of preference (anchor, then offset in ems): right of its
 * dot, else left, below, above. A name that collides where it prefers to be tries the next place
 * before it is left out: Hungnam's sits left of its dot when Hamhung's name, a few pixels north,
 * takes the right. The SVG map (src/fallback/labelPlaces.ts) tries the same places in the same order.
 */
export const PLACE_LABEL_ANCHORS: (LabelAnchor | [number, number])[] = [
  'left',
  [0.7, 0],
  'right',
  [-0.7, 0],
  'top',
  [0, 0.5],
  'bottom',
  [0, -0.5],
];

/** The style layers that draw one story layer, hidden until a step shows them. */
export function styleLayers(layer: LayerDef, lang: string): LayerSpecification[] {
  const color = colors[layer.color as ColorToken];
  const base = { source: sourceId(layer), layout: { visibility: 'none' as const } };
  // The features the layer lists, by id or group; `key: 'label_of'` picks their label guides.
  const selected = (key: 'id' | 'label_of'): ExpressionSpecification[] =>
    layer.features
      ? [
          [
            'any',
            ['in', ['get', key], ['literal', layer.features]],
            ['in', ['coalesce', ['get', 'group'], ''], ['literal', layer.features]],
          ],
        ]
      : [];
  // A label guide (geo/scripts/labelGuides.ts: a dated line's course, the point an arrow's
  // formation is named at) is never drawn itself; the name or date along a line follows the
  // line's guide, or the line where it has none.
  const notGuide: ExpressionSpecification = ['!', ['has', 'label_of']];
  const filter: ExpressionSpecification = ['all', ...selected('id'), notGuide];
  const withFilter = <T extends LayerSpecification>(l: T): T => ({ ...l, filter });
  const alongFilter: ExpressionSpecification = [
    'any',
    ['all', ['has', 'label_of'], ['!', ['has', 'label_end']], ...selected('label_of')],
    ['all', ...selected('id'), notGuide, ['!', ['has', 'label_guided']]],
  ];
  const label = (
    id: string,
    extra: Partial<SymbolLayerSpecification['layout']> = {},
  ): SymbolLayerSpecification =>
    withFilter({
      id,
      type: 'symbol',
      source: sourceId(layer),
      layout: {
        visibility: 'none',
        'text-field': labelField(lang),
        'text-font': [typeTokens.mapFont],
        'text-size': ['match', ['get', 'rank'], 1, 15, 2, 13, 12],
        'text-max-width': 8,
        ...extra,
      },
      paint: {
        'text-color': color,
        'text-halo-color': colors.halo,
        'text-halo-width': 1.6,
        'text-opacity': 1,
        'text-opacity-transition': fade,
      },
    });
  const line = (id: string, width: number | ExpressionSpecification): LayerSpecification => ({
    ...base,
    filter,
    id,
    type: 'line',
    layout: { ...base.layout, 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': color,
      'line-width': width,
      'line-opacity': 1,
      'line-opacity-transition': fade,
      ...(layer.dashed ? { 'line-dasharray': [2, 1.5] } : {}),
    },
  });

  // Along the line and just beside it, so the line itself stays in view; upright, and repeated
  // along a long line.
  const lineText =
    layer.lineLabel === 'date' ? byScale(dateText(lang, 'short'), dateText(lang)) : labelField(lang);
  const alongLine: SymbolLayerSpecification[] = layer.lineLabel
    ? [
        {
          ...label(`${layer.id}${LINE_LABEL_SUFFIX}`, {
            'symbol-placement': 'line',
            // Candidate places every 180 px: a long front finds a straight stretch clear of the
            // names placed before it (24 November 1950 at china-enters found none at 420), and
            // a line long enough shows its date twice, as an atlas repeats it.
            'symbol-spacing': 180,
            'text-field': lineText,
            'text-size': 12,
            'text-offset': [0, -0.9],
            'text-max-angle': 35,
            'text-letter-spacing': 0.04,
            'text-keep-upright': true,
          }),
          filter: alongFilter,
        },
        // Level, beside the line's east end on the coast, where the geo build put a point for it
        // (the 38th parallel, the MDL, the fronts): at the scale of the whole peninsula the towns
        // by the line leave the name no room along it.
        {
          ...label(`${layer.id}${END_LABEL_SUFFIX}`, {
            'text-field': lineText,
            'text-size': 12,
            ...candidatePlaces(END_LABEL_PLACES[0].anchor, END_LABEL_PLACES[0].offset),
            'text-max-width': 8,
            'text-letter-spacing': 0.04,
          }),
          filter: ['all', ['has', 'label_end'], ...selected('label_of')],
        },
      ]
    : [];

  const kind: LayerKind = layer.kind;
  switch (kind) {
    case 'line':
      return [line(`${layer.id}::line`, layer.width), ...alongLine];
    case 'arrow':
      // The head is drawn at the tip by the controller (motion:heads), where a draw-in leaves it.
      // Beside the arrow, level, the formation that moved along it (`unit_<lang>`), as a campaign
      // atlas names its arrows: once per formation and group, beside the point the geo build chose.
      return [
        line(`${layer.id}::line`, arrowByZoom(layer.width)),
        {
          ...label(`${layer.id}${UNIT_LABEL_SUFFIX}`, {
            'text-field': unitText(lang),
            'text-size': 12,
            'text-max-width': 9,
            // Twelve candidates per formation (labelGuides.ts), tried in order.
            ...candidatePlaces('left', UNIT_SIDE_OFFSET.left),
            'text-justify': 'auto',
          }),
          filter: ['all', ['has', 'label_of'], ...selected('label_of')],
        },
      ];
    case 'fill':
      return [
        withFilter({
          ...base,
          id: `${layer.id}::fill`,
          type: 'fill',
          paint: {
            ...FILL_EDGE,
            'fill-color': color,
            'fill-opacity': opacity.territory,
            'fill-opacity-transition': fade,
          },
        }),
        line(`${layer.id}::line`, layer.width),
        ...alongLine,
      ];
    case 'circle':
      return [
        withFilter({
          ...base,
          id: `${layer.id}::circle`,
          type: 'circle',
          paint: {
            'circle-color': color,
            'circle-radius': ['match', ['get', 'rank'], 1, 5, 2, 4, 3],
            'circle-stroke-color': colors.halo,
            'circle-stroke-width': 1.5,
            'circle-opacity': 1,
            'circle-opacity-transition': fade,
          },
        }),
        label(`${layer.id}::label`, {
          'text-variable-anchor-offset': PLACE_LABEL_ANCHORS,
          'text-optional': true,
        }),
      ];
    case 'label':
      // Names of the theatre (seas, countries, ranges), as an atlas writes them: a country in
      // spaced capitals, a range spaced out over its length.
      return [
        label(`${layer.id}::label`, {
          'text-transform': ['match', ['get', 'kind'], 'country', 'uppercase', 'none'],
          'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.3, 'range', 0.15, 0.05],
        }),
      ];
  }
}

/** The refs the controller uses to show, hide and fade a story layer. */
export function styleLayerRefs(layer: LayerDef): StyleLayerRef[] {
  return styleLayers(layer, 'en').map((l) => {
    const paint = ('paint' in l ? l.paint : undefined) ?? {};
    const [opacityProperty, base] = Object.entries(paint).find(([k]) => k.endsWith('-opacity')) ?? [];
    if (!opacityProperty) throw new Error(`style layer ${l.id} has no opacity paint property`);
    return {
      id: l.id,
      opacityProperty: opacityProperty as StyleLayerRef['opacityProperty'],
      baseOpacity: typeof base === 'number' ? base : 1,
    };
  });
}
