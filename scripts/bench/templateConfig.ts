/**
 * What the story-map template (digidem/maplibre-storymap, bench/template/) is given for the
 * first-load comparison: its `config.js`, the one file of its own we write, with our story's first
 * steps as chapters, and a `style.json` drawn from our own style (src/map/style.ts).
 *
 * The style draws the background and the base map's and the story layers' fill and line layers,
 * from the GeoJSON files of our build they draw. It draws no place names or dots: the template's
 * MapLibre has none of our `font-faces`, and symbol, circle and raster (relief) layers are left
 * out, with the files only they draw. Layers are shown and hidden the template's way, by their
 * opacity on entering a chapter.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { buildStyle } from '../../src/map/style.ts';
import type { Story } from '../../src/story/schema.ts';
import { targetState } from '../../src/story/targetState.ts';
import { templateLocation, type TemplateLocation } from './templateCamera.ts';

/** A layer's opacity on entering a chapter (the template's `onChapterEnter` entries). */
export interface LayerOpacity {
  layer: string;
  opacity: number;
}

/** A chapter, with every field of the template's `config.js.example`. */
export interface TemplateChapter {
  id: string;
  alignment: 'left' | 'center' | 'right' | 'full';
  hidden: boolean;
  title: string;
  image: string;
  description: string;
  location: TemplateLocation;
  mapAnimation: 'flyTo';
  rotateAnimation: boolean;
  spinGlobe: boolean;
  mapInteractive: boolean;
  callback: string;
  onChapterEnter: LayerOpacity[];
  onChapterExit: LayerOpacity[];
}

/** The template's `config`, every field of its `config.js.example`. */
export interface TemplateConfig {
  style: string;
  showMarkers: boolean;
  markerColor: string;
  inset: boolean;
  legend: boolean;
  theme: 'light' | 'dark';
  use3dTerrain: boolean;
  useCustomLayers: boolean;
  bookmarks: boolean;
  chapterReturn: boolean;
  title: string;
  logo: string;
  subtitle: string;
  byline: string;
  mobileview: string;
  footer: string;
  chapters: TemplateChapter[];
}

export interface TemplateInputs {
  story: Story;
  /** How many of the story's first steps become chapters. */
  chapters: number;
  /** The template's map: the whole window. */
  viewport: { width: number; height: number };
  /** GeoJSON layer name → its URL beside the template's page. */
  geoUrl: (name: string) => string;
  /** The URL of the style file beside the page. */
  styleUrl?: string;
}

/** The paint property the template fades a layer of this type by (its `layerTypes`). */
const OPACITY = { fill: 'fill-opacity', line: 'line-opacity' } as const;
type Drawn = Extract<LayerSpecification, { type: 'background' | 'fill' | 'line' }>;
type Faded = Extract<Drawn, { type: 'fill' | 'line' }>;

/**
 * A step's Markdown-rendered HTML as plain text: tags dropped, paragraphs run together. The
 * entities stay, since the template sets a chapter's description as `innerHTML`.
 * @example plainText('<p>The <strong>38th</strong> parallel.</p>\n<p>Next.</p>') // 'The 38th parallel. Next.'
 */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The template's config and style for `story`'s first `chapters` steps: each chapter the step's
 * title and text (English), its camera fitted to the template's full-window map
 * ({@link templateLocation}), and the layers it shows. Our text column is on the left on a wide
 * screen, so every chapter is too; no inset map, marker, legend or bookmarks (our page has none).
 */
export function templateConfig({
  story,
  chapters: count,
  viewport,
  geoUrl,
  styleUrl = 'style.json',
}: TemplateInputs): { config: TemplateConfig; style: StyleSpecification } {
  const ours = buildStyle({ story, geoUrl, labelFaces: [], lang: 'en' });
  /** Our sources that are GeoJSON files (the others are filled in by the controller as it runs). */
  const byUrl = (id: string) => {
    const source = ours.sources[id];
    return source?.type === 'geojson' && typeof source.data === 'string';
  };
  const drawn = ours.layers.filter(
    (l): l is Drawn =>
      l.type === 'background' || ((l.type === 'fill' || l.type === 'line') && byUrl(l.source)),
  );
  const sources = Object.fromEntries(
    Object.entries(ours.sources).filter(([id]) => drawn.some((l) => 'source' in l && l.source === id)),
  );
  const steps = story.steps.slice(0, count);
  const states = steps.map((_, i) => targetState(story, i));

  /** The story layer a style layer draws (`<story layer id>::…`), if any. */
  const storyLayerOf = (id: string) => story.layers.find((l) => id.startsWith(`${l.id}::`));
  // A story layer some chapter shows is laid out visible and faded in and out; one no chapter
  // shows stays hidden, as in our style.
  const isFaded = (l: Drawn): l is Faded => {
    const layer = storyLayerOf(l.id);
    return l.type !== 'background' && !!layer && states.some((s) => s.layers[layer.id]!.visible);
  };
  /** The opacity a faded layer has in chapter `i`: 0 where the step hides it. */
  const opacityIn = (l: Faded, i: number): number => {
    const state = states[i]!.layers[storyLayerOf(l.id)!.id]!;
    const base = (l.paint as Record<string, unknown> | undefined)?.[OPACITY[l.type]];
    return state.visible ? (typeof base === 'number' ? base : 1) * state.opacity : 0;
  };
  const faded = drawn.filter(isFaded);
  const layers = drawn.map((l) =>
    isFaded(l)
      ? ({
          ...l,
          layout: { ...l.layout, visibility: 'visible' },
          paint: { ...l.paint, [OPACITY[l.type]]: opacityIn(l, 0) },
        } as LayerSpecification)
      : l,
  );

  const config: TemplateConfig = {
    style: styleUrl,
    showMarkers: false,
    markerColor: '#3FB1CE',
    inset: false,
    legend: false,
    // Its example's theme: the header's own CSS gives it a dark background whatever the theme.
    theme: 'dark',
    use3dTerrain: false,
    useCustomLayers: false,
    bookmarks: false,
    chapterReturn: false,
    title: story.title.en ?? story.id,
    logo: '',
    subtitle: story.subtitle?.en ?? '',
    byline: '',
    mobileview: '',
    footer: '',
    chapters: steps.map((step, i) => ({
      id: step.id,
      alignment: 'left',
      hidden: false,
      title: step.title.en ?? step.id,
      image: '',
      description: plainText(step.html.en ?? ''),
      location: templateLocation(states[i]!.camera, viewport),
      mapAnimation: 'flyTo',
      rotateAnimation: false,
      spinGlobe: false,
      mapInteractive: false,
      callback: '',
      onChapterEnter: faded.map((l) => ({ layer: l.id, opacity: opacityIn(l, i) })),
      onChapterExit: [],
    })),
  };
  return { config, style: { version: 8, name: ours.name ?? story.id, sources, layers } };
}

/** `config.js`: the config as the template's classic script reads it, a global `config`. */
export function configScript(config: TemplateConfig): string {
  return `var config = ${JSON.stringify(config, null, 2)};\n`;
}
