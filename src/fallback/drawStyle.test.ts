import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fitView, viewProjection } from './fitView.ts';
import { PLACE_LABEL_ANCHORS } from '../map/layers.ts';
import { drawStyle } from './drawStyle.ts';
import { LINE_HEIGHT } from './labelText.ts';
import type { SvgItem } from './svgItem.ts';

const size = { width: 400, height: 400 };
const project = viewProjection(
  fitView({ center: [127, 37], zoom: 7, bearing: 0, pitch: 0 }, size, {
    top: 0,
    right: 0,
    bottom: 0,
    left: 0,
  }),
  size,
);

const collection = (features: FeatureCollection['features']): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const places = collection([
  {
    type: 'Feature',
    properties: { id: 'seoul', name_en: 'Seoul', rank: 1 },
    geometry: { type: 'Point', coordinates: [127, 37.55] },
  },
  // Right on top of Seoul: its label cannot be placed too.
  {
    type: 'Feature',
    properties: { id: 'yongsan', name_en: 'Yongsan', rank: 2 },
    geometry: { type: 'Point', coordinates: [127, 37.54] },
  },
]);
const lines = collection([
  {
    type: 'Feature',
    properties: { id: 'parallel' },
    geometry: {
      type: 'LineString',
      coordinates: [
        [125, 38],
        [129, 38],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { id: 'area' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [126, 36],
          [128, 36],
          [128, 37],
          [126, 36],
        ],
      ],
    },
  },
]);

const style: StyleSpecification = {
  version: 8,
  sources: { places: { type: 'geojson', data: 'places' }, lines: { type: 'geojson', data: 'lines' } },
  layers: [
    { id: 'base:sea', type: 'background', paint: { 'background-color': '#dfe7ec' } },
    {
      id: 'area::fill',
      type: 'fill',
      source: 'lines',
      paint: { 'fill-color': '#1f5fa8', 'fill-opacity': 0.28 },
    },
    {
      id: 'parallel::line',
      type: 'line',
      source: 'lines',
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#2b2b2b', 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'places::circle',
      type: 'circle',
      source: 'places',
      paint: { 'circle-color': '#1d2329', 'circle-radius': ['match', ['get', 'rank'], 1, 5, 2, 4, 3] },
    },
    {
      id: 'places::label',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': ['get', 'name_en'],
        'text-size': 14,
        'text-anchor': 'left',
        'text-offset': [0.7, 0],
      },
      paint: { 'text-color': '#1d2329' },
    },
  ],
};

function draw(shown: (id: string) => number = () => 1, drawn: (id: string) => number = () => 1) {
  const data = (source: string) => (source === 'places' ? places : source === 'lines' ? lines : undefined);
  return drawStyle({ style, data, shown, drawn, project, zoom: 7 });
}

const items = (layers: ReturnType<typeof draw>, id: string): SvgItem[] =>
  layers.find((l) => l.id === id)?.items ?? [];

describe('drawStyle', () => {
  it('draws each layer that shows, in style order, with the style’s paint', () => {
    const layers = draw();
    expect(layers.map((l) => l.id)).toEqual([
      'base:sea',
      'area::fill',
      'parallel::line',
      'places::circle',
      'places::label',
    ]);
    const [fill] = items(layers, 'area::fill');
    expect(fill).toMatchObject({ kind: 'fill', fill: '#1f5fa8', opacity: 0.28 });
    // A line layer draws lines and polygon outlines; its dashes are in line widths.
    const strokes = items(layers, 'parallel::line');
    expect(strokes).toHaveLength(2);
    expect(strokes[0]).toMatchObject({
      kind: 'line',
      stroke: '#2b2b2b',
      width: 2,
      dash: '4 3',
      cap: 'round',
    });
    expect(items(layers, 'places::circle').map((c) => (c.kind === 'circle' ? c.r : 0))).toEqual([5, 4]);
  });

  it('leaves out hidden layers and multiplies opacity by the step’s', () => {
    const layers = draw((id) => (id.startsWith('places') ? 0 : id === 'area::fill' ? 0.5 : 1));
    expect(layers.map((l) => l.id)).toEqual(['base:sea', 'area::fill', 'parallel::line']);
    expect(items(layers, 'area::fill')[0]!.opacity).toBeCloseTo(0.14, 6);
  });

  it('draws a line in up to its drawn fraction, and nothing at zero', () => {
    expect(
      items(
        draw(undefined, () => 0.4),
        'parallel::line',
      )[0],
    ).toMatchObject({ drawn: 0.4 });
    expect(
      items(
        draw(undefined, () => 0),
        'parallel::line',
      ),
    ).toEqual([]);
  });

  it('places a label beside its point and leaves out one that would overlap it', () => {
    const labels = items(draw(), 'places::label');
    expect(labels).toHaveLength(1);
    const [seoul] = labels;
    const [x, y] = project([127, 37.55])!;
    expect(seoul).toMatchObject({ kind: 'text', lines: ['Seoul'], anchor: 'start', size: 14, y });
    expect(seoul!.kind === 'text' && seoul!.x).toBeCloseTo(x + 0.7 * 14, 6);
  });
});

describe('drawStyle with variable label anchors', () => {
  // Two places on one spot, one about 11 px below them, one as far above, and a fifth on the spot
  // again: the place layers' own anchors put their names right, left, below and above.
  const names = ['Seoul', 'Yongsan', 'Mapo', 'Mangwon', 'Hapjeong'];
  const lats = [37.55, 37.55, 37.5, 37.6, 37.55];
  const crowd = collection(
    names.map((name, i) => ({
      type: 'Feature',
      properties: { id: name.toLowerCase(), name_en: name, rank: 1 },
      geometry: { type: 'Point', coordinates: [127, lats[i]!] },
    })),
  );
  const crowdStyle: StyleSpecification = {
    version: 8,
    sources: { places: { type: 'geojson', data: 'places' } },
    layers: [
      {
        id: 'places::label',
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': ['get', 'name_en'],
          'text-size': 14,
          'text-variable-anchor-offset': PLACE_LABEL_ANCHORS,
        },
      },
    ],
  };

  it('puts a label that collides where it prefers in the next free place, and leaves it out when none is', () => {
    const [layer] = drawStyle({
      style: crowdStyle,
      data: () => crowd,
      shown: () => 1,
      drawn: () => 1,
      project,
      zoom: 7,
    });
    const labels = layer!.items.flatMap((item) => (item.kind === 'text' ? [item] : []));
    expect(labels.map((l) => l.lines[0])).toEqual(names.slice(0, 4));
    const at = (i: number) => project([127, lats[i]!])!;
    const half = (14 * LINE_HEIGHT) / 2;
    const [seoul, yongsan, mapo, mangwon] = labels;
    expect(seoul).toMatchObject({ anchor: 'start', y: at(0)[1] });
    expect(seoul!.x).toBeCloseTo(at(0)[0] + 0.7 * 14, 6);
    expect(yongsan).toMatchObject({ anchor: 'end', y: at(1)[1] });
    expect(yongsan!.x).toBeCloseTo(at(1)[0] - 0.7 * 14, 6);
    expect(mapo).toMatchObject({ anchor: 'middle', x: at(2)[0] });
    expect(mapo!.y).toBeCloseTo(at(2)[1] + 0.5 * 14 + half, 6);
    expect(mangwon).toMatchObject({ anchor: 'middle', x: at(3)[0] });
    expect(mangwon!.y).toBeCloseTo(at(3)[1] - 0.5 * 14 - half, 6);
    // What is drawn carries no other places.
    expect(labels.every((l) => !('fallbacks' in l))).toBe(true);
  });

  it('leaves out a layer with a data-driven list of anchors rather than misplacing every label', () => {
    const layers = structuredClone(crowdStyle.layers);
    Object.assign(layers[0]!, {
      layout: { 'text-field': 'x', 'text-variable-anchor-offset': ['literal', ['left', [0, 0]]] },
    });
    const drawOf = (style: StyleSpecification) =>
      drawStyle({ style, data: () => crowd, shown: () => 1, drawn: () => 1, project, zoom: 7 });
    expect(drawOf(crowdStyle)).toHaveLength(1);
    expect(drawOf({ ...crowdStyle, layers })).toEqual([]);
  });
});

describe('drawStyle with a name’s candidate places as features', () => {
  // A formation's name four times at one point, one feature per side (geo/scripts/labelGuides.ts),
  // under a town's name that takes the side tried first.
  const sides = ['left', 'right', 'bottom', 'top'];
  const four = collection(
    sides.map((side, rank) => ({
      type: 'Feature',
      properties: {
        id: `a:label:${side}`,
        unit_en: 'X Corps',
        label_anchor: side,
        label_offset: [0, 0],
        label_rank: rank,
      },
      geometry: { type: 'Point', coordinates: [127, 37.3] },
    })),
  );
  const town = collection([
    {
      type: 'Feature',
      properties: { id: 'suwon', name_en: 'Suwon', rank: 1 },
      geometry: { type: 'Point', coordinates: [127.1, 37.3] },
    },
  ]);
  const style: StyleSpecification = {
    version: 8,
    sources: { units: { type: 'geojson', data: 'units' }, places: { type: 'geojson', data: 'places' } },
    layers: [
      {
        id: 'push::unit-label',
        type: 'symbol',
        source: 'units',
        layout: {
          'text-field': ['get', 'unit_en'],
          'text-size': 12,
          'icon-image': 'name-mark',
          'text-anchor': ['get', 'label_anchor'],
        },
      },
      {
        id: 'places::label',
        type: 'symbol',
        source: 'places',
        layout: { 'text-field': ['get', 'name_en'], 'text-size': 12, 'text-anchor': 'left' },
      },
    ],
  };
  const draw = (data: FeatureCollection) =>
    drawStyle({
      style,
      data: (source) => (source === 'units' ? four : data),
      shown: () => 1,
      drawn: () => 1,
      project,
      zoom: 7,
    });

  it('writes the text of the tile’s whole zoom, as MapLibre lays it out', () => {
    const stepped = structuredClone(style);
    Object.assign(stepped.layers[0]!, {
      layout: { 'text-field': ['step', ['zoom'], 'short', 7, 'full'], 'text-size': 12 },
    });
    const at = (zoom: number) =>
      items(
        drawStyle({
          style: stepped,
          data: (source) => (source === 'units' ? four : undefined),
          shown: () => 1,
          drawn: () => 1,
          project,
          zoom,
        }),
        'push::unit-label',
      ).map((l) => (l.kind === 'text' ? l.lines[0] : ''));
    expect(at(6.9)).toEqual(['short']);
    expect(at(7)).toEqual(['full']);
  });

  it('draws the name once, on the first side that is free', () => {
    const free = items(draw(collection([])), 'push::unit-label');
    expect(free).toHaveLength(1);
    expect(free[0]).toMatchObject({ kind: 'text', anchor: 'start', lines: ['X Corps'] });
    const crowded = items(draw(town), 'push::unit-label');
    expect(crowded).toHaveLength(1);
    expect(crowded[0]).toMatchObject({ kind: 'text', anchor: 'end', lines: ['X Corps'] });
  });
});

describe('drawStyle with relief, names along lines and spaced capitals', () => {
  const front = collection([
    {
      type: 'Feature',
      properties: { id: 'front', date: '1950-08-04', name_en: 'Front' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [128.5, 37],
          [125.5, 37],
        ],
      },
    },
  ]);
  const names = collection([
    {
      type: 'Feature',
      properties: { id: 'china', kind: 'country', name_en: 'China' },
      geometry: { type: 'Point', coordinates: [126, 38.2] },
    },
    {
      type: 'Feature',
      properties: { id: 'yellow-sea', kind: 'sea', name_en: 'Yellow Sea' },
      geometry: { type: 'Point', coordinates: [126, 35.8] },
    },
  ]);
  const corners: [number, number][] = [
    [114, 48],
    [142, 48],
    [142, 27],
    [114, 27],
  ];
  const richStyle: StyleSpecification = {
    version: 8,
    sources: {
      relief: { type: 'image', url: 'relief.png', coordinates: corners as never },
      front: { type: 'geojson', data: 'front' },
      names: { type: 'geojson', data: 'names' },
    },
    layers: [
      {
        id: 'base:relief',
        type: 'raster',
        source: 'relief',
        paint: { 'raster-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 0.2] },
      },
      {
        id: 'names::label',
        type: 'symbol',
        source: 'names',
        layout: {
          'text-field': ['get', 'name_en'],
          'text-size': 12,
          'text-transform': ['match', ['get', 'kind'], 'country', 'uppercase', 'none'],
          'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.3, 0.05],
        },
      },
      {
        id: 'front::line-label',
        type: 'symbol',
        source: 'front',
        layout: {
          'symbol-placement': 'line',
          'text-field': ['concat', ['slice', ['get', 'date'], 0, 4], ' front'],
          'text-size': 12,
          'text-offset': [0, -0.9],
          'text-letter-spacing': 0.04,
        },
        paint: { 'text-color': '#222', 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
      },
    ],
  };
  const drawRich = (shown: (id: string) => number = () => 1) =>
    drawStyle({
      style: richStyle,
      data: (source) => (source === 'front' ? front : source === 'names' ? names : undefined),
      shown,
      drawn: () => 1,
      project,
      zoom: 7,
      viewport: size,
    });

  it('draws the relief image over its corners at the opacity its zoom gives, times the step’s', () => {
    const [image] = items(drawRich(), 'base:relief');
    expect(image).toMatchObject({ kind: 'image', href: 'relief.png' });
    expect(image!.opacity).toBeCloseTo(0.4, 6);
    const [x, y] = project([114, 48])!;
    expect(image!.kind === 'image' && image!.matrix.slice(4)).toEqual([x, y]);
    expect(
      items(
        drawRich((id) => (id === 'base:relief' ? 0.5 : 1)),
        'base:relief',
      )[0]!.opacity,
    ).toBeCloseTo(0.2, 6);
  });

  it('writes a line’s label along it, left to right, above it by its offset', () => {
    const [label] = items(drawRich(), 'front::line-label');
    expect(label).toMatchObject({ kind: 'line-text', text: '1950 front', size: 12, letterSpacing: 0.04 });
    const d = label!.kind === 'line-text' ? label!.d : '';
    const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m): [number, number] => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const [, lineY] = project([127, 37])!;
    // The line runs east to west; the text runs west to east, 0.9 em above it, round its middle.
    expect(points[0]![0]).toBeLessThan(points[points.length - 1]![0]);
    for (const [, py] of points) expect(py).toBeCloseTo(lineY - 0.9 * 12, 0);
    const [mx] = project([127, 37])!;
    expect((points[0]![0] + points[points.length - 1]![0]) / 2).toBeCloseTo(mx, 0);
  });

  it('writes a country’s name in spaced capitals and a sea’s as it is', () => {
    const labels = items(drawRich(), 'names::label');
    expect(labels.map((l) => (l.kind === 'text' ? [l.lines.join(' '), l.letterSpacing] : []))).toEqual([
      ['CHINA', 0.3],
      ['Yellow Sea', 0.05],
    ]);
  });

  it('leaves out what collides with a name along a line, which is placed first as the top layer', () => {
    const crowded = collection([
      { ...names.features[0]!, geometry: { type: 'Point', coordinates: [127, 37.05] } },
    ]);
    const layers = drawStyle({
      style: richStyle,
      data: (source) => (source === 'front' ? front : source === 'names' ? crowded : undefined),
      shown: () => 1,
      drawn: () => 1,
      project,
      zoom: 7,
      viewport: size,
    });
    expect(items(layers, 'front::line-label')).toHaveLength(1);
    expect(items(layers, 'names::label')).toEqual([]);
  });
});
