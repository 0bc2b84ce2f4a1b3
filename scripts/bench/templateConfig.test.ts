import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../src/map/style.ts';
import { readStory } from '../storyFiles.ts';
import { templateLocation } from './templateCamera.ts';
import { configScript, plainText, templateConfig } from './templateConfig.ts';

// The engine's test story: three steps, a bounds camera and a centre-and-zoom one, layers shown,
// faded to half and hidden.
const story = readStory('tests/fixtures/engine/stories/peninsula.yaml');
const viewport = { width: 1440, height: 900 };
const geoUrl = (name: string) => `geo/${name}.geojson`;
const { config, style } = templateConfig({ story, chapters: 3, viewport, geoUrl });

describe('templateConfig', () => {
  it('sets every config field the template reads', () => {
    const html = readFileSync('bench/template/index.html', 'utf8');
    // `config.<field>` in its inline script (a comment names the file config.js too).
    const read = new Set([...html.matchAll(/(?<![\w./])config\.(?!js\b)(\w+)/g)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((field) => !(field in config))).toEqual([]);
    expect(config.style).toBe('style.json');
    expect(config).toMatchObject({ inset: false, showMarkers: false, legend: false, bookmarks: false });
  });

  it("makes the story's first steps chapters, with their titles and plain text", () => {
    expect(config.title).toBe('A test over the peninsula');
    expect(config.chapters.map((c) => [c.id, c.title, c.description, c.alignment])).toEqual([
      ['landing', 'A landing', 'The coast lands near Qingdao.', 'left'],
      ['advance', 'The front moves', 'The front moves north through May.', 'left'],
      ['truce', 'A truce', 'The June line holds.', 'left'],
    ]);
  });

  it("gives each chapter the step's camera, a bounds camera fitted to the window", () => {
    expect(config.chapters[0]!.location).toEqual(templateLocation(story.steps[0]!.camera, viewport));
    expect(config.chapters[0]!.location.zoom).toBeGreaterThan(6);
    expect(config.chapters[2]!.location).toEqual({ center: [121.3, 36.9], zoom: 7.5, bearing: 0, pitch: 0 });
  });

  it('shows and hides the layers by opacity on entering each chapter', () => {
    const opacities = (layer: string) =>
      config.chapters.map((c) => c.onChapterEnter.find((e) => e.layer === layer)?.opacity);
    expect(opacities('landing::line')).toEqual([1, 0.5, 0]);
    expect(opacities('hill-push::line')).toEqual([0, 1, 0]);
    expect(opacities('june-line::line')).toEqual([0, 0, 1]);
    expect(config.chapters.every((c) => c.onChapterExit.length === 0)).toBe(true);
    // As the map first shows: the first chapter's opacities, on layers laid out visible.
    const layer = (id: string) => style.layers.find((l) => l.id === id);
    expect(layer('landing::line')).toMatchObject({
      layout: { visibility: 'visible' },
      paint: { 'line-opacity': 1 },
    });
    expect(layer('hill-push::line')).toMatchObject({ paint: { 'line-opacity': 0 } });
    for (const { layer: id } of config.chapters[0]!.onChapterEnter) expect(layer(id)).toBeDefined();
  });

  it('draws our fill and line layers from the GeoJSON files they draw, and no names', () => {
    const ours = buildStyle({ story, geoUrl, labelFaces: [], lang: 'en' });
    const byUrl = (id: string) => {
      const source = ours.sources[id];
      return source?.type === 'geojson' && typeof source.data === 'string';
    };
    expect(style.layers.map((l) => l.id)).toEqual(
      ours.layers
        .filter(
          (l) => l.type === 'background' || ((l.type === 'fill' || l.type === 'line') && byUrl(l.source)),
        )
        .map((l) => l.id),
    );
    expect([...new Set(style.layers.map((l) => l.type))].sort()).toEqual(['background', 'fill', 'line']);
    // Every source a layer draws, and no other: the towns' file, drawn only as dots and names, is not fetched.
    const drawnFrom = new Set(style.layers.flatMap((l) => ('source' in l ? [l.source] : [])));
    expect(Object.keys(style.sources).sort()).toEqual([...drawnFrom].sort());
    expect(Object.values(style.sources).map((s) => s.type === 'geojson' && s.data)).toContain(
      'geo/land.geojson',
    );
    expect(JSON.stringify(style.sources)).not.toContain('peninsula-places');
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('writes config.js as the global the template reads', () => {
    const script = configScript(config);
    expect(script.startsWith('var config = {')).toBe(true);
    expect(new Function(`${script}; return config;`)()).toEqual(config);
  });
});

describe('plainText', () => {
  it('drops tags and runs paragraphs together, keeping entities for innerHTML', () => {
    expect(plainText('<p>The <strong>38th</strong> parallel.</p>\n<p>Kim &amp; Rhee.</p>')).toBe(
      'The 38th parallel. Kim &amp; Rhee.',
    );
  });
});
