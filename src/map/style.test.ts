import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../../scripts/storyFiles.ts';
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
