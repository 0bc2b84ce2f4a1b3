/**
 * Creating the MapLibre map: load maplibre-gl (a lazy chunk), build the map with the story's
 * interaction rules, wait for its style.
 *
 * {@link createMap} is called only by {@link MapController.create} (controller.ts), which stays
 * the one owner of the map: every Map method called here is in {@link CREATE_MAP_METHODS}, which
 * the contract test (maplibreContract.test.ts) checks against maplibre-gl. main.ts calls
 * {@link loadMapLibre} alone, to start loading the library early; it makes no map.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/**
 * The Map methods {@link createMap} calls, besides the constructor and the `disable` of its
 * gesture handlers (objects made by the constructor, which needs WebGL: not checked in Node).
 */
export const CREATE_MAP_METHODS = ['getCanvas', 'once'] as const;

let maplibre: Promise<typeof import('maplibre-gl')> | undefined;

/**
 * MapLibre's chunk, loaded once, with its worker started (`prewarm`). main.ts calls it as soon as
 * it runs, so that the map's code and its worker arrive while the story mounts, not after.
 */
export function loadMapLibre(workerUrl: string): Promise<typeof import('maplibre-gl')> {
  // Its stylesheet (70 KB, mostly the controls' icons) comes with it rather than in the page's
  // own, which the first paint waits for; MapLibre needs it from the moment a map is made.
  maplibre ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl.css')]).then(
    ([module]) => {
      module.setWorkerUrl(workerUrl);
      module.prewarm();
      return module;
    },
  );
  return maplibre;
}

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  workerUrl: string;
  /** The reader can pan no further than this: [[west, south], [east, north]]. */
  maxBounds: [[number, number], [number, number]];
  /** Drag and pinch move the map (default); false locks it to the story's cameras. */
  interactive?: boolean;
}

/**
 * Load maplibre-gl (a lazy chunk, so the text paints first) and create a map whose style has loaded.
 * Rejects if WebGL is unavailable; the caller keeps the story readable without the map.
 */
export async function createMap({
  container,
  style,
  workerUrl,
  maxBounds,
  interactive = true,
}: CreateMapOptions): Promise<MapLibreMap> {
  const lib = await loadMapLibre(workerUrl);
  const map = new lib.Map({
    container,
    style,
    attributionControl: false,
    interactive,
    cooperativeGestures: false,
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: 0,
    maxPitch: 60,
    maxBounds,
  });
  // The map is hidden from screen readers (its step's description is announced instead), so its
  // canvas takes no place in the tab order either; the arrow keys step the story, not the map.
  map.getCanvas().tabIndex = -1;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disable(); // arrow keys step through the story instead
  map.scrollZoom.disable(); // the wheel scrolls the story, never traps it in the map
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) =>
      reject('error' in e && e.error instanceof Error ? e.error : new Error('map failed')),
    );
  });
  return map;
}
