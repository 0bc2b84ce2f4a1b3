/**
 * What a still image shows, as a hash: everything that changes the picture of one step in one
 * language (the step's compiled map state at its end, the layers it shows as the style draws them,
 * the GeoJSON files they come from, the date and legend text), and nothing else. `npm run stills`
 * writes these hashes into each story's manifest; the freshness test recomputes them from the
 * current story and geometry, so a stale image is caught without rendering it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceId } from '../../src/map/layers.ts';
import { buildStyle } from '../../src/map/style.ts';
import type { Story } from '../../src/story/schema.ts';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';

/** A step's still: the map alone, at a fixed size, one CSS pixel per device pixel. */
export const STILL_SIZE = { width: 1200, height: 800 } as const;
/** The title image for social previews (`og:image`), the size the big link cards use. */
export const TITLE_SIZE = { width: 1200, height: 630 } as const;
/**
 * How stills are drawn (size, format, what is on them, the page's CSS for them). Change it when
 * scripts/stills.ts changes what a picture shows, so every still counts as out of date.
 */
export const RECIPE = 'map+legend, webp q80; title: first step + title band, jpeg q82 (1)';
/** The same for the title images alone (their band's type and layout). */
const TITLE_RECIPE = 'title band 40 %, keep-all (2)';

/**
 * Stories without stills: the geometry atlas is an author's tool for looking at every layer, not
 * a story anyone prints or shares.
 */
export const NO_STILLS: readonly string[] = ['atlas'];

/** Where a story's stills live, relative to the project (served at `/stills/<story>/`). */
export const stillsDir = (storyName: string, root = '.') => path.join(root, 'public', 'stills', storyName);
export const stillFile = (stepId: string, lang: string) => `${stepId}.${lang}.webp`;
export const titleFile = (lang: string) => `title.${lang}.jpg`;

export interface StillEntry {
  /** Step id, or absent for the title image. */
  step?: string;
  lang: string;
  file: string;
  width: number;
  height: number;
  bytes: number;
  /** {@link stepInputs} / {@link titleInputs} when the image was drawn. */
  inputs: string;
}

/** `public/stills/<story>/manifest.json`. */
export interface StillsManifest {
  story: string;
  recipe: string;
  stills: StillEntry[];
  titles: StillEntry[];
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Hashes of files in geo/layers/ (`land.geojson`, `relief.png`), read once per process. */
const geoHashes = new Map<string, string>();
function geoHash(root: string, name: string): string {
  const file = path.join(root, 'geo', 'layers', name);
  const key = path.resolve(file);
  let hash = geoHashes.get(key);
  if (hash === undefined) {
    hash = existsSync(file) ? sha(readFileSync(file)) : 'missing';
    geoHashes.set(key, hash);
  }
  return hash;
}

/** Drop what does not change a finished picture: transitions, and visibility (the state sets it). */
function settledLayer(layer: Record<string, unknown>): Record<string, unknown> {
  const strip = (o: unknown) =>
    o && typeof o === 'object'
      ? Object.fromEntries(
          Object.entries(o).filter(([k]) => !k.endsWith('-transition') && k !== 'visibility'),
        )
      : o;
  return { ...layer, paint: strip(layer.paint), layout: strip(layer.layout) };
}

/**
 * The hash of everything that draws step `index`'s still in `lang`: its map state at the step's end
 * (camera, layers, front and arrows, as `?mode=figure` shows it under reduced motion), the visible
 * layers' definitions and legend labels, the MapLibre style's layers for them and for the base map
 * and motion (colours and widths from the tokens included), the step's date, and the contents of
 * every GeoJSON file those layers read and of the relief image.
 */
export function stepInputs(story: Story, index: number, lang: string, root = '.'): string {
  const step = story.steps[index]!;
  const state = targetState(story, index, { progress: 1, reducedMotion: true });
  const visible = new Set(visibleLayerIds(state));
  const shown = story.layers.filter((l) => visible.has(l.id));
  const layers = shown.map(({ label, ...l }) => ({ ...l, label: label?.[lang] ?? null }));
  const shownSources = new Set(shown.map((l) => sourceId(l)));
  const hiddenSources = new Set(story.layers.map((l) => sourceId(l)).filter((s) => !shownSources.has(s)));
  const style = buildStyle({ story, geoUrl: (name) => `geo:${name}`, labelFaces: [], lang });
  const styleLayers = style.layers
    .filter((l) => !('source' in l) || !hiddenSources.has(l.source as string))
    .map((l) => settledLayer(l as unknown as Record<string, unknown>));
  const geo = new Set(['land', 'borders', ...layers.map((l) => l.geo)]);
  if (step.motion?.front && story.front) geo.add(story.front.geo).add(story.front.masks);
  // The relief image is under every step's map.
  const names = [...[...geo].map((name) => `${name}.geojson`), 'relief.png'].sort();
  const files = Object.fromEntries(names.map((name) => [name, geoHash(root, name)]));
  return sha(
    JSON.stringify({
      recipe: RECIPE,
      size: STILL_SIZE,
      lang,
      state,
      layers,
      date: step.date,
      dateLabel: step.dateLabel?.[lang] ?? null,
      style: styleLayers,
      files,
    }),
  ).slice(0, 16);
}

/** The title image's inputs: the story's title, subtitle and byline in `lang` over its first step's map. */
export function titleInputs(story: Story, lang: string, root = '.'): string {
  return sha(
    JSON.stringify({
      recipe: TITLE_RECIPE,
      size: TITLE_SIZE,
      lang,
      title: story.title[lang] ?? null,
      subtitle: story.subtitle?.[lang] ?? null,
      byline: story.byline?.[lang] ?? null,
      map: stepInputs(story, 0, lang, root),
    }),
  ).slice(0, 16);
}

/**
 * What is out of date in a story's stills: steps (and the title) whose inputs changed, and images
 * missing from the manifest. Empty when the stills show the story as it is.
 */
export function staleStills(story: Story, manifest: StillsManifest | undefined, root = '.'): string[] {
  const stale: string[] = [];
  const have = new Map((manifest?.stills ?? []).map((e) => [`${e.step}.${e.lang}`, e.inputs]));
  const titles = new Map((manifest?.titles ?? []).map((e) => [e.lang, e.inputs]));
  story.steps.forEach((step, index) => {
    const langs = story.languages.filter(
      (lang) => have.get(`${step.id}.${lang}`) !== stepInputs(story, index, lang, root),
    );
    if (langs.length > 0) stale.push(`${step.id} (${langs.join(', ')})`);
  });
  const title = story.languages.filter((lang) => titles.get(lang) !== titleInputs(story, lang, root));
  if (title.length > 0) stale.push(`title image (${title.join(', ')})`);
  return stale;
}

/** A story's manifest, or undefined when it has none yet. */
export function readManifest(storyName: string, root = '.'): StillsManifest | undefined {
  const file = path.join(stillsDir(storyName, root), 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StillsManifest) : undefined;
}
