/**
 * URLs of the GeoJSON layers in geo/layers/, served as hashed files from our own origin.
 * Vite resolves the glob at build time; MapLibre fetches (and parses) each file in its worker.
 */
const urls = import.meta.glob<string>('/geo/layers/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

export function geoUrl(name: string): string {
  const url = urls[`/geo/layers/${name}.geojson`];
  if (!url) throw new Error(`no geo layer "${name}" in geo/layers/`);
  // Absolute: MapLibre resolves GeoJSON URLs inside its worker, not against the page.
  return new URL(url, location.href).href;
}
