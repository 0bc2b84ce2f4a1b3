import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/storyFiles.ts';
import { DeferredSources } from './deferredSources.ts';
import { buildStyle } from './style.ts';

const style: StyleSpecification = {
  version: 8,
  sources: {
    land: { type: 'geojson', data: '/land.geojson' },
    arrows: { type: 'geojson', data: '/arrows.geojson', lineMetrics: true },
    heads: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    shared: { type: 'geojson', data: '/shared.geojson' },
  },
  layers: [
    { id: 'land', type: 'fill', source: 'land' },
    { id: 'arrows::line', type: 'line', source: 'arrows', layout: { visibility: 'none' } },
    { id: 'arrows::label', type: 'symbol', source: 'arrows', layout: { visibility: 'none' } },
    { id: 'heads', type: 'symbol', source: 'heads', layout: { visibility: 'none' } },
    { id: 'shared::a', type: 'line', source: 'shared', layout: { visibility: 'none' } },
    { id: 'shared::b', type: 'line', source: 'shared' },
  ],
};

describe('DeferredSources', () => {
  it('starts empty every source given by address whose layers all start hidden', () => {
    const { style: deferred } = new DeferredSources(style);
    expect(deferred.sources.land).toEqual(style.sources.land);
    expect(deferred.sources.shared).toEqual(style.sources.shared);
    expect(deferred.sources.heads).toEqual(style.sources.heads);
    expect(deferred.sources.arrows).toEqual({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      lineMetrics: true,
    });
    expect(deferred.layers).toBe(style.layers);
  });

  it('loads with the style the sources the opening step shows', () => {
    const { style: deferred } = new DeferredSources(style, ['arrows']);
    expect(deferred.sources.arrows).toEqual(style.sources.arrows);
  });

  it('gives a source to the first of its layers shown, once', () => {
    const sources = new DeferredSources(style);
    expect(sources.take('land')).toBeUndefined();
    expect(sources.take('arrows::label')).toEqual(['arrows', '/arrows.geojson']);
    expect(sources.take('arrows::line')).toBeUndefined();
    expect(sources.takeAll()).toEqual([]);
  });

  it('gives every source not taken yet, once', () => {
    const sources = new DeferredSources(style);
    expect(sources.takeAll()).toEqual([['arrows', '/arrows.geojson']]);
    expect(sources.take('arrows::line')).toBeUndefined();
  });

  it("keeps the story's style valid, with its base map loaded and its story layers deferred", () => {
    const built = buildStyle({
      story: readStory('stories/korean-war.yaml'),
      geoUrl: (name) => `/geo/${name}.geojson`,
      labelFaces: [],
      lang: 'en',
    });
    const { style: deferred } = new DeferredSources(built);
    expect(validateStyleMin(deferred).map((e) => e.message)).toEqual([]);
    const byAddress = (s: StyleSpecification) =>
      Object.entries(s.sources).flatMap(([id, src]) =>
        src.type === 'geojson' && typeof src.data === 'string' ? [id] : [],
      );
    expect(byAddress(deferred)).toEqual(['base:land', 'base:borders']);
    expect(byAddress(built).length).toBeGreaterThan(8);
  });
});
