import { expression } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../../scripts/storyFiles.ts';
import { dateText } from '../map/dateText.ts';
import { labelField } from '../map/layers.ts';
import { buildStyle } from '../map/style.ts';
import { DRAWN_PROPERTIES } from './drawLayer.ts';
import { evaluate, passes } from './expression.ts';

const place = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [127, 37] },
});

describe('style expressions', () => {
  const seoul = place({ id: 'seoul', name_en: 'Seoul', name_ko: '서울', rank: 1 });

  it('evaluates the operators our style uses', () => {
    expect(evaluate(['match', ['get', 'rank'], 1, 15, 2, 13, 12], seoul)).toBe(15);
    expect(evaluate(['match', ['get', 'rank'], 1, 15, 2, 13, 12], place({ rank: 3 }))).toBe(12);
    expect(evaluate(['coalesce', ['get', 'name_fr'], ['get', 'name_en'], ''], seoul)).toBe('Seoul');
    expect(evaluate(['coalesce', ['get', 'name_ko'], ['get', 'name_en'], ''], seoul)).toBe('서울');
    expect(evaluate(['==', ['geometry-type'], 'Point'], seoul)).toBe(true);
    const filter = [
      'any',
      ['in', ['get', 'id'], ['literal', ['pusan', 'seoul']]],
      ['in', ['coalesce', ['get', 'group'], ''], ['literal', ['pusan', 'seoul']]],
    ];
    expect(passes(filter, seoul)).toBe(true);
    expect(passes(filter, place({ id: 'taegu' }))).toBe(false);
    expect(passes(undefined, seoul)).toBe(true);
  });

  it('takes plain arrays (dash patterns, offsets) and numbers as values', () => {
    expect(evaluate([2, 1.5], seoul)).toEqual([2, 1.5]);
    expect(evaluate(0.8, seoul)).toBe(0.8);
  });

  it('refuses an operator it does not know, rather than drawing something else', () => {
    expect(() => evaluate(['let', 'x', 1, ['var', 'x']], seoul, 6)).toThrow(/let/);
    expect(() => evaluate(['interpolate', ['cubic-bezier', 0, 0, 1, 1], ['zoom'], 5, 1], seoul, 6)).toThrow(
      /interpolation/,
    );
    expect(() => evaluate(['zoom'], seoul)).toThrow(/zoom/);
  });

  it.each(storyFiles())('understands every expression of the style of %s', (file) => {
    const story = readStory(file);
    const style = buildStyle({ story, geoUrl: (name) => name, labelFaces: [], lang: 'ko' });
    const features = [
      seoul,
      {
        ...seoul,
        geometry: {
          type: 'LineString',
          coordinates: [
            [126, 37],
            [127, 38],
          ],
        },
      } as Feature,
    ];
    for (const layer of style.layers) {
      const properties: Record<string, unknown> = {
        ...('paint' in layer ? layer.paint : undefined),
        ...('layout' in layer ? layer.layout : undefined),
      };
      const values = [
        'filter' in layer ? layer.filter : undefined,
        ...DRAWN_PROPERTIES.map((p) => properties[p]),
      ];
      for (const value of values)
        for (const f of features) expect(() => evaluate(value, f, 6), layer.id).not.toThrow();
    }
  });
});

/** MapLibre's own value of `value` for `feature` at `zoom`: the oracle the SVG map must agree with. */
function maplibre(value: unknown, feature: Feature, zoom: number, property = 'layers[0].layout.text-field') {
  const compiled = expression.createExpression(value, property as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom }, {
    type: feature.geometry.type,
    properties: feature.properties,
  } as never);
}

describe('style expressions, as MapLibre evaluates them', () => {
  const seoul = place({ id: 'seoul', name_en: 'Seoul', size: 1.5 });
  const front = (properties: Record<string, unknown>): Feature => ({
    type: 'Feature',
    properties,
    geometry: {
      type: 'LineString',
      coordinates: [
        [126, 37],
        [129, 36],
      ],
    },
  });
  // Every month, one- and two-digit days, a part date, none, and a date that is not a string.
  const dates = [
    ...Array.from(
      { length: 12 },
      (_, i) => `1951-${String(i + 1).padStart(2, '0')}-${i % 2 ? '2' : '0'}${(i % 9) + 1}`,
    ),
    '1950-08-04',
    '1950-08',
    undefined,
    null,
  ];

  it.each(['en', 'ko'])('writes a front’s date as MapLibre does, in %s', (lang) => {
    for (const date of dates) {
      const f = front(date === undefined ? {} : { date });
      expect(evaluate(dateText(lang), f), String(date)).toBe(maplibre(dateText(lang), f, 6));
    }
  });

  it('reads the names, text-transform and letter-spacing of the theatre’s labels as MapLibre does', () => {
    const layout = buildStyle({
      story: readStory('stories/korean-war.yaml'),
      geoUrl: (n) => n,
      labelFaces: [],
      lang: 'ko',
    }).layers.flatMap((l) =>
      'layout' in l && l.layout && 'text-transform' in l.layout ? [l.layout] : [],
    )[0];
    expect(layout).toBeDefined();
    const names = [
      { kind: 'country', name_en: 'China', name_ko: '중국' },
      { kind: 'range', name_en: 'Taebaek Mountains' },
      { kind: 'sea', name_en: 'Yellow Sea', name_ko: '황해' },
      { name_en: 'Somewhere' },
      {},
    ];
    for (const properties of names) {
      const f = place(properties);
      for (const key of ['text-field', 'text-transform', 'text-letter-spacing'] as const) {
        const value = layout![key];
        expect(evaluate(value, f), `${key} of ${JSON.stringify(properties)}`).toEqual(
          maplibre(value, f, 6, `layers[0].layout.${key}`),
        );
      }
    }
    expect(evaluate(labelField('en'), place({ name_en: 'Seoul' }))).toBe('Seoul');
  });

  it('interpolates the relief’s opacity on zoom as MapLibre does, clamped beyond the stops', () => {
    const style = buildStyle({
      story: readStory('stories/korean-war.yaml'),
      geoUrl: (n) => n,
      labelFaces: [],
      lang: 'en',
    });
    const relief = style.layers.find((l) => l.type === 'raster');
    const opacity = relief && 'paint' in relief ? relief.paint?.['raster-opacity'] : undefined;
    expect(Array.isArray(opacity)).toBe(true);
    for (const zoom of [3, 5, 5.4, 6.5, 7.2, 8, 8.9, 9, 12]) {
      const expected = maplibre(opacity, seoul, zoom, 'layers[0].paint.raster-opacity') as number;
      expect(evaluate(opacity, seoul, zoom), `zoom ${zoom}`).toBeCloseTo(expected, 9);
    }
    // An arrowhead's size, scaled by zoom (arrowByZoom in src/map/layers.ts).
    const head = ['interpolate', ['linear'], ['zoom'], 5, ['*', ['get', 'size'], 1.7], 9, ['get', 'size']];
    expect(evaluate(head, seoul, 6)).toBeCloseTo(
      maplibre(head, seoul, 6, 'layers[0].layout.icon-size') as number,
      9,
    );
    // A name's short form below a zoom (SHORT_NAMES_BELOW in src/map/layers.ts), stops included.
    const step = ['step', ['zoom'], 'short', 6.5, 'full', 9, 'close'];
    for (const zoom of [3, 6.49, 6.5, 8, 9, 12]) {
      expect(evaluate(step, seoul, zoom), `zoom ${zoom}`).toBe(
        maplibre(step, seoul, zoom, 'layers[0].layout.text-field'),
      );
    }
    // A formation's name offset, read from its feature (src/map/layers.ts).
    const offset = ['array', 'number', 2, ['get', 'offset']];
    const named = { ...seoul, properties: { offset: [0.7, -1.5] } };
    expect(evaluate(offset, named, 6)).toEqual(maplibre(offset, named, 6, 'layers[0].layout.text-offset'));
    expect(() => evaluate(offset, seoul, 6)).toThrow(/array/);
    const exponential = ['interpolate', ['exponential', 2], ['zoom'], 4, 1, 8, 9];
    expect(evaluate(exponential, seoul, 6)).toBeCloseTo(
      maplibre(exponential, seoul, 6, 'layers[0].paint.raster-opacity') as number,
      9,
    );
  });
});
