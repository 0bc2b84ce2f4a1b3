/**
 * The map's first load fetches and tiles only the geometry its first step shows.
 *
 * A GeoJSON source given by its address is fetched, parsed and indexed in MapLibre's worker as soon
 * as the style loads, shown or not: the story's layers and the moving front's masks were about
 * 600 KB of the first load's 1.2 MB of geometry, all hidden on the first step. Here each source
 * whose every layer starts hidden, and that the step the map opens on does not show, starts empty;
 * the controller gives it its address the first time
 * one of its layers is shown ({@link DeferredSources.take}), and the rest once the first step is
 * ready ({@link DeferredSources.takeAll}), so that later steps find them loaded as before.
 */
import type { StyleSpecification } from 'maplibre-gl';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export class DeferredSources {
  /** The style to create the map with: the deferred sources empty. */
  readonly style: StyleSpecification;
  /** Each deferred source's address, until it is taken. */
  readonly #urls = new Map<string, string>();
  /** The deferred source of each layer drawn from one. */
  readonly #sourceOf = new Map<string, string>();

  /** @param opening the sources the step the map opens on shows: loaded with the style */
  constructor(style: StyleSpecification, opening: Iterable<string> = []) {
    const shownFrom = new Set<string>(opening);
    for (const layer of style.layers) {
      if ('source' in layer && layer.layout?.visibility !== 'none') shownFrom.add(layer.source as string);
    }
    const sources = { ...style.sources };
    for (const [id, source] of Object.entries(style.sources)) {
      if (source.type !== 'geojson' || typeof source.data !== 'string' || shownFrom.has(id)) continue;
      this.#urls.set(id, source.data);
      sources[id] = { ...source, data: EMPTY };
    }
    for (const layer of style.layers) {
      if ('source' in layer && this.#urls.has(layer.source as string))
        this.#sourceOf.set(layer.id, layer.source as string);
    }
    this.style = { ...style, sources };
  }

  /** The source to load before `layer` is shown, and its address: once, then nothing. */
  take(layer: string): [source: string, url: string] | undefined {
    const source = this.#sourceOf.get(layer);
    const url = source === undefined ? undefined : this.#urls.get(source);
    if (source === undefined || url === undefined) return undefined;
    this.#urls.delete(source);
    return [source, url];
  }

  /** Every source not loaded yet, with its address: once. */
  takeAll(): [source: string, url: string][] {
    const all = [...this.#urls];
    this.#urls.clear();
    return all;
  }
}
