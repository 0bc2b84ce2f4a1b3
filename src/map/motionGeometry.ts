/**
 * The geometry the map animates on the main thread: the resampled fronts a step moves through and
 * the lines of every arrow layer (for the arrowheads at their tips). Fetched once from our own
 * origin; MapLibre draws the rest from its worker.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { ResampledFront } from '../motion/frontFrame.ts';
import type { Position } from '../motion/lerpLine.ts';
import type { LayerDef, Story } from '../story/schema.ts';

export interface MotionGeometry {
  /** Front line id → its resampled line. */
  fronts: Map<string, ResampledFront>;
  /** Arrow layer id → its lines, tail → head. */
  arrows: Map<string, Position[][]>;
}

/** The geo files to fetch: the story's front (if a step moves it) and every arrow layer's file. */
export function motionFiles(story: Story): string[] {
  const files = new Set(story.layers.filter((l) => l.kind === 'arrow').map((l) => l.geo));
  if (story.front && story.steps.some((s) => s.motion?.front)) files.add(story.front.geo);
  return [...files].sort();
}

/** Pick the geometry out of the fetched files (name → parsed GeoJSON). */
export function parseMotionGeometry(story: Story, files: Map<string, FeatureCollection>): MotionGeometry {
  const fronts = new Map<string, ResampledFront>();
  const frontFile = story.front && files.get(story.front.geo);
  for (const f of frontFile?.features ?? []) {
    const p = f.properties ?? {};
    if (f.geometry.type !== 'LineString' || typeof p.id !== 'string') continue;
    fronts.set(p.id, {
      coords: f.geometry.coordinates as Position[],
      head: Number(p.head),
      body: Number(p.body),
      tail: Number(p.tail),
    });
  }
  const arrows = new Map<string, Position[][]>();
  for (const layer of story.layers.filter((l) => l.kind === 'arrow')) {
    const lines = (files.get(layer.geo)?.features ?? [])
      .filter((f) => selects(layer, f.properties))
      .flatMap((f) => linesOf(f.geometry));
    arrows.set(layer.id, lines);
  }
  return { fronts, arrows };
}

/**
 * Same rule as the style's layer filter (layers.ts): a listed `id` or `group`, or all; never a
 * label guide (`label_of`, geo/scripts/labelGuides.ts), which is not drawn.
 */
export function selects(layer: LayerDef, properties: Record<string, unknown> | null): boolean {
  if (properties?.label_of !== undefined) return false;
  if (!layer.features) return true;
  const { id, group } = properties ?? {};
  return layer.features.some((x) => x === id || x === group);
}

function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates as Position[]];
  if (g.type === 'MultiLineString') return g.coordinates as Position[][];
  return [];
}

/** Fetch and parse the motion geometry of `story`. */
export async function loadMotionGeometry(
  story: Story,
  url: (name: string) => string,
): Promise<MotionGeometry> {
  const names = motionFiles(story);
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, FeatureCollection]> => {
      const response = await fetch(url(name));
      if (!response.ok) throw new Error(`geo layer ${name}: HTTP ${response.status}`);
      return [name, (await response.json()) as FeatureCollection];
    }),
  );
  return parseMotionGeometry(story, new Map(entries));
}
