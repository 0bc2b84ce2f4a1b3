import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../../scripts/storyFiles.ts';
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
    expect(() => evaluate(['interpolate', ['linear'], ['zoom'], 5, 1, 10, 4], seoul)).toThrow(/interpolate/);
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
        for (const f of features) expect(() => evaluate(value, f), layer.id).not.toThrow();
    }
  });
});
