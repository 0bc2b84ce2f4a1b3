/**
 * URLs of the GeoJSON layers in geo/layers/, served as hashed files from our own origin.
 * Vite resolves the glob at build time; MapLibre fetches (and parses) each file in its worker.
 */
import { fixtureGeo } from '../story/fixtureStories.ts';

const urls: Record<string, string> = {
  ...import.meta.glob<string>('/geo/layers/*.geojson', { query: '?url', import: 'default', eager: true }),
  // A test build adds the geometry of the engine's test story (../story/fixtureStories.ts).
  ...fixtureGeo,
};

/** The URL of `name`: in geo/layers/, or in a test story's own geo/layers/ folder. */
export function geoUrl(name: string): string {
  const url =
    urls[`/geo/layers/${name}.geojson`] ??
    Object.entries(urls).find(([file]) => file.endsWith(`/geo/layers/${name}.geojson`))?.[1];
  if (!url) throw new Error(`no geo layer "${name}" in geo/layers/`);
  // Absolute: MapLibre resolves GeoJSON URLs inside its worker, not against the page.
  return new URL(url, location.href).href;
}
