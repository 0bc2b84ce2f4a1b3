/**
 * The map controller: the only module that talks to MapLibre.
 *
 * It receives complete target states ({@link MapState}) and applies the difference from what it
 * applied last: the fewest layout/paint calls and at most one camera move. A new move stops the one
 * in flight, so only the newest animates; a resize re-fits the current target at once so a flight
 * interrupted by a resize cannot strand the camera somewhere between two steps.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { LayerDef } from '../story/schema.ts';
import type { LayerVisual, MapState } from '../story/targetState.ts';
import { motion } from '../tokens/tokens.ts';
import { roundCamera, type CameraValue, type Transition } from './camera.ts';
import { chevronImage } from './chevron.ts';
import { labelField, styleLayerRefs, type StyleLayerRef } from './layers.ts';

/** Every MapLibre method the controller may call; a contract test checks each exists. */
export const MAP_METHODS = [
  'setLayoutProperty',
  'setPaintProperty',
  'flyTo',
  'easeTo',
  'jumpTo',
  'stop',
  'cameraForBounds',
  'getCenter',
  'getZoom',
  'getBearing',
  'getPitch',
  'isMoving',
  'resize',
  'on',
  'off',
  'addImage',
  'hasImage',
  'remove',
  'triggerRepaint',
] as const;

/** The slice of MapLibre's Map the controller uses (tests pass a small fake). */
export type MapLike = Pick<MapLibreMap, (typeof MAP_METHODS)[number]>;

export interface MapStatus {
  /** The last applied state is fully drawn and the camera is at rest. */
  ready: boolean;
  camera: CameraValue;
}

/** Screen padding in CSS pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ApplyOptions {
  transition: Transition;
  /** Screen padding the camera keeps clear (e.g. under an overlay card on phones). */
  padding: Padding;
  lang: string;
}

const HIDDEN: LayerVisual = { visible: false, opacity: 1 };

export class MapController {
  readonly #map: MapLike;
  readonly #refs: Map<string, StyleLayerRef[]>;
  readonly #labelLayers: string[];
  readonly #onStatus: (status: MapStatus) => void;
  #layers: Record<string, LayerVisual> = {};
  #lang: string;
  #target: { state: MapState; padding: Padding } | undefined;
  #ready = false;

  /**
   * @param map a loaded map whose style came from {@link buildStyle} for the same layers
   * @param lang the language the style's labels were built with
   */
  constructor(map: MapLike, layers: LayerDef[], lang: string, onStatus: (status: MapStatus) => void) {
    this.#map = map;
    this.#lang = lang;
    this.#onStatus = onStatus;
    this.#refs = new Map(layers.map((l) => [l.id, styleLayerRefs(l)]));
    this.#labelLayers = [...this.#refs.values()]
      .flat()
      .filter((r) => r.id.endsWith('::label'))
      .map((r) => r.id);
    if (!map.hasImage('chevron')) map.addImage('chevron', chevronImage(), { sdf: true, pixelRatio: 2 });
    map.on('idle', this.#onIdle);
    map.on('moveend', this.#publish);
  }

  /** Apply a complete target state. Applying the same state again does nothing. */
  apply(state: MapState, options: ApplyOptions): void {
    const sameCamera =
      this.#target !== undefined &&
      JSON.stringify([this.#target.state.camera, this.#target.padding]) ===
        JSON.stringify([state.camera, options.padding]);
    let changed = this.#applyLayers(state.layers);
    changed = this.#applyLanguage(options.lang) || changed;
    this.#target = { state, padding: options.padding };
    if (!sameCamera) {
      this.#moveCamera(options.transition);
      changed = true;
    }
    if (changed) this.#invalidate();
  }

  /** After the container changed size: refit the current target immediately. */
  resize(): void {
    this.#map.resize();
    if (!this.#target) return;
    this.#moveCamera('cut');
    this.#invalidate();
  }

  destroy(): void {
    this.#map.off('idle', this.#onIdle);
    this.#map.off('moveend', this.#publish);
    this.#map.remove();
  }

  #applyLayers(next: Record<string, LayerVisual>): boolean {
    let changed = false;
    for (const [id, refs] of this.#refs) {
      const before = this.#layers[id] ?? HIDDEN;
      const after = next[id] ?? HIDDEN;
      if (after.visible && before.opacity !== after.opacity) {
        for (const r of refs) {
          this.#map.setPaintProperty(r.id, r.opacityProperty, r.baseOpacity * after.opacity);
        }
        changed = true;
      }
      if (before.visible !== after.visible) {
        for (const r of refs)
          this.#map.setLayoutProperty(r.id, 'visibility', after.visible ? 'visible' : 'none');
        changed = true;
      }
      this.#layers[id] = after.visible ? after : { ...after, opacity: before.opacity };
    }
    return changed;
  }

  #applyLanguage(lang: string): boolean {
    if (lang === this.#lang) return false;
    this.#lang = lang;
    for (const id of this.#labelLayers) this.#map.setLayoutProperty(id, 'text-field', labelField(lang));
    return this.#labelLayers.length > 0;
  }

  #moveCamera(transition: Transition): void {
    if (!this.#target) return;
    const camera = this.#resolve(this.#target.state, this.#target.padding);
    this.#map.stop();
    if (transition === 'fly') this.#map.flyTo({ ...camera, duration: motion.flightMs, essential: true });
    else if (transition === 'ease') this.#map.easeTo({ ...camera, duration: motion.jumpMs, essential: true });
    else this.#map.jumpTo(camera);
  }

  /** A step's camera spec → concrete camera for the current container size. */
  #resolve({ camera }: MapState, padding: Padding): CameraValue & { padding: Padding } {
    const { bearing, pitch } = camera;
    if (camera.bounds) {
      const fitPadding = addPadding(padding, camera.padding ?? 24);
      // absolutePadding: fit inside exactly this padding, ignoring whatever padding the previous
      // move left on the map, so that every route to a step ends on the same camera.
      const fit = this.#map.cameraForBounds(camera.bounds, {
        padding: fitPadding,
        bearing,
        absolutePadding: true,
      });
      if (fit?.center && fit.zoom !== undefined) {
        const c = fit.center as { lng: number; lat: number };
        return { center: [c.lng, c.lat], zoom: fit.zoom, bearing, pitch, padding: fitPadding };
      }
    }
    const [w, s] = camera.bounds?.[0] ?? camera.center ?? [0, 0];
    const [e, n] = camera.bounds?.[1] ?? camera.center ?? [0, 0];
    return { center: [(w + e) / 2, (s + n) / 2], zoom: camera.zoom ?? 6, bearing, pitch, padding };
  }

  /**
   * Not ready until the next 'idle'. A change that moves nothing on screen (a camera already in
   * place, a hidden layer's label) would otherwise never render, and so never report idle.
   */
  #invalidate(): void {
    this.#setReady(false);
    this.#map.triggerRepaint();
  }

  readonly #onIdle = (): void => {
    if (this.#map.isMoving()) return;
    this.#setReady(true);
  };

  #setReady(ready: boolean): void {
    this.#ready = ready;
    this.#publish();
  }

  readonly #publish = (): void => {
    const c = this.#map.getCenter();
    this.#onStatus({
      ready: this.#ready,
      camera: roundCamera({
        center: [c.lng, c.lat],
        zoom: this.#map.getZoom(),
        bearing: this.#map.getBearing(),
        pitch: this.#map.getPitch(),
      }),
    });
  };
}

function addPadding(p: Padding, extra: number): Padding {
  return { top: p.top + extra, right: p.right + extra, bottom: p.bottom + extra, left: p.left + extra };
}

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  workerUrl: string;
  /** The reader can pan no further than this: [[west, south], [east, north]]. */
  maxBounds: [[number, number], [number, number]];
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
}: CreateMapOptions): Promise<MapLibreMap> {
  const maplibre = await import('maplibre-gl');
  maplibre.setWorkerUrl(workerUrl);
  const map = new maplibre.Map({
    container,
    style,
    attributionControl: false,
    interactive: true,
    cooperativeGestures: false,
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: 0,
    maxPitch: 60,
    maxBounds,
  });
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
