import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../../scripts/storyFiles.ts';
import { passes } from '../fallback/expression.ts';
import { ARROWHEAD } from './arrowhead.ts';
import { headReach, headSize, MARK_ZOOMS } from './layers.ts';
import { buildStyle } from './style.ts';

// The controller sets our style's properties without MapLibre checking each call again
// (`validate: false`), so the style itself is checked here, against the style spec MapLibre ships.
describe('buildStyle', () => {
  it.each(storyFiles().flatMap((file) => ['en', 'ko'].map((lang) => [file, lang] as const)))(
    'makes a valid MapLibre style for %s (%s)',
    (file, lang) => {
      const style = buildStyle({
        story: readStory(file),
        geoUrl: (name) => `/geo/${name}`,
        labelFaces: [],
        lang,
      });
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    },
  );

  it('reports a property of the wrong kind, so this test can fail', () => {
    const style = buildStyle({
      story: readStory(storyFiles()[0]!),
      geoUrl: (name) => `/geo/${name}`,
      labelFaces: [],
      lang: 'en',
    });
    const symbol = style.layers.find((l) => l.type === 'symbol')!;
    Object.assign(symbol, { layout: { ...symbol.layout, 'text-variable-anchor-offset': ['left', 0.7] } });
    expect(validateStyleMin(style)).not.toEqual([]);
  });
});

describe('fills', () => {
  it.each(storyFiles())('draws no fill with its anti-aliased outline program in %s', (file) => {
    const style = buildStyle({
      story: readStory(file),
      geoUrl: (n) => `/${n}.geojson`,
      labelFaces: [],
      lang: 'en',
    });
    const fills = style.layers.filter((l) => l.type === 'fill');
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.filter((l) => l.paint?.['fill-antialias'] !== false).map((l) => l.id)).toEqual([]);
  });
});

describe('arrows at the country scale', () => {
  const style = buildStyle({
    story: readStory('stories/korean-war.yaml'),
    geoUrl: (name) => `/${name}.geojson`,
    labelFaces: [],
    lang: 'en',
  });
  const at = (layerId: string, property: string, zoom: number, properties = {}) => {
    const layer = style.layers.find((l) => l.id === layerId)! as unknown as {
      paint?: Record<string, unknown>;
      layout?: Record<string, unknown>;
    };
    const value = layer.paint?.[property] ?? layer.layout?.[property];
    const compiled = expression.createExpression(value, `layers[0].paint.${property}`);
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    return compiled.value.evaluate({ zoom }, { type: 'LineString', properties } as never) as number;
  };

  it('draws an arrow and its head larger when the map shows the whole country', () => {
    // pva-entry: the Yalu crossings, width 3 in the story.
    expect(at('pva-entry::line', 'line-width', 9)).toBe(3);
    expect(at('pva-entry::line', 'line-width', 5)).toBeCloseTo(5.1);
    expect(at('motion:heads', 'icon-size', 5, { size: 0.75 })).toBeGreaterThan(
      at('motion:heads', 'icon-size', 9, { size: 0.75 }),
    );
  });

  it("reckons a head's reach with the size the style draws it at", () => {
    for (const zoom of [4, 5, 6, 7.5, 9, 11]) {
      const side =
        (ARROWHEAD.size / ARROWHEAD.pixelRatio) *
        at('motion:heads', 'icon-size', zoom, { size: headSize(3) });
      expect(headReach(zoom, 3), `zoom ${zoom}`).toBeCloseTo(1.5 * side + 2, 6);
    }
  });

  it("moves a formation's mark by the offset the geo build gave for the zoom, and others not", () => {
    const offsets = MARK_ZOOMS.map((zoom) => [zoom, -zoom]);
    const mark = (zoom: number, properties = {}) =>
      at('invasion::unit-label', 'icon-offset', zoom, properties) as unknown as number[];
    expect(mark(5, { mark_offset: offsets })).toEqual([5, -5]);
    expect(mark(6.5, { mark_offset: offsets })).toEqual([6.5, -6.5]);
    expect(mark(3, { mark_offset: offsets })).toEqual([4, -4]);
    expect(mark(5)).toEqual([0, 0]);
  });
});

describe('labels never overlap', () => {
  it.each(storyFiles())(
    'in %s, every label takes part in collisions, and no name may sit on a head',
    (file) => {
      for (const lang of ['en', 'ko']) {
        const style = buildStyle({
          story: readStory(file),
          geoUrl: (n) => `/${n}.geojson`,
          labelFaces: [],
          lang,
        });
        for (const layer of style.layers) {
          if (layer.type !== 'symbol') continue;
          const layout = (layer.layout ?? {}) as Record<string, unknown>;
          // MapLibre places the symbols of the layers on top first; a label placed later that would
          // overlap one already placed is moved (variable anchors) or left out.
          expect(layout['text-allow-overlap'] ?? false, layer.id).toBe(false);
          expect(layout['text-ignore-placement'] ?? false, layer.id).toBe(false);
          expect(layout['icon-ignore-placement'] ?? false, layer.id).toBe(false);
        }
      }
    },
  );
});

describe('label guides (geo/scripts/labelGuides.ts)', () => {
  const style = buildStyle({
    story: readStory('stories/korean-war.yaml'),
    geoUrl: (name) => `/${name}.geojson`,
    labelFaces: [],
    lang: 'en',
  });
  const filterOf = (id: string) => style.layers.find((l) => l.id === id)! as { filter?: unknown };
  const feature = (properties: Record<string, unknown>, type: 'Point' | 'LineString' = 'LineString') =>
    ({
      type: 'Feature',
      properties,
      geometry:
        type === 'Point'
          ? { type, coordinates: [127, 38] }
          : {
              type,
              coordinates: [
                [127, 38],
                [128, 38],
              ],
            },
    }) as const;
  const guided = feature({ id: 'mdl', label_guided: true });
  const guide = feature({ id: 'mdl:label', label_of: 'mdl' });
  const unit = feature(
    { id: 'invasion-1950-06-ongjin:label', label_of: 'x', group: 'invasion-1950-06' },
    'Point',
  );
  const arrow = feature({ id: 'invasion-1950-06-ongjin', group: 'invasion-1950-06' });

  it('draws a line, never its guide, and writes its name along the guide only', () => {
    expect(passes(filterOf('mdl::line').filter as never, guided)).toBe(true);
    expect(passes(filterOf('mdl::line').filter as never, guide)).toBe(false);
    expect(passes(filterOf('mdl::line-label').filter as never, guide)).toBe(true);
    expect(passes(filterOf('mdl::line-label').filter as never, guided)).toBe(false);
  });

  it('writes a line without a guide along itself (a river)', () => {
    const river = feature({ id: 'han', name_en: 'Han' });
    expect(passes(filterOf('rivers::line-label').filter as never, river)).toBe(true);
  });

  it("names an arrow's formation at its point, and draws no point as an arrow", () => {
    expect(passes(filterOf('invasion::unit-label').filter as never, unit)).toBe(true);
    expect(passes(filterOf('invasion::unit-label').filter as never, arrow)).toBe(false);
    expect(passes(filterOf('invasion::line').filter as never, unit)).toBe(false);
    expect(passes(filterOf('invasion::line').filter as never, arrow)).toBe(true);
  });
});

describe('the order names are placed in (the top layer first)', () => {
  const story = readStory('stories/korean-war.yaml');
  const ids = buildStyle({ story, geoUrl: (n) => `/${n}.geojson`, labelFaces: [], lang: 'en' }).layers.map(
    (l) => l.id,
  );
  const lowest = (pick: (id: string) => boolean) => ids.findIndex(pick);
  const highest = (pick: (id: string) => boolean) => ids.findLastIndex(pick);

  it('a place’s name over a formation over a line’s date over a sea’s name, all over the lines', () => {
    const line = (id: string) => id.endsWith('::line-label');
    const place = (id: string) => id === 'places::label';
    const unit = (id: string) => id.endsWith('::unit-label');
    const sea = (id: string) => id === 'sea-names::label';
    const drawn = (id: string) => /::(line|fill|circle)$/.test(id);
    for (const group of [line, place, unit, sea, drawn]) expect(ids.some(group)).toBe(true);
    expect(highest(drawn)).toBeLessThan(lowest(sea));
    expect(highest(sea)).toBeLessThan(lowest(line));
    expect(highest(line)).toBeLessThan(lowest(unit));
    expect(highest(unit)).toBeLessThan(lowest(place));
  });
});
