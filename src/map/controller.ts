/**
 * The map controller: the only module that talks to MapLibre.
 *
 * It receives complete target states ({@link MapState}) and applies the difference from what it
 * applied last: the fewest layout/paint calls and at most one camera move. A new move stops the one
 * in flight, so only the newest animates; a resize re-fits the current target at once so a flight
 * interrupted by a resize cannot strand the camera somewhere between two steps.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { arrowHeads } from '../motion/arrowHeads.ts';
import type { Box } from '../motion/territory.ts';
import type { LayerDef } from '../story/schema.ts';
import type { LayerVisual, MapState } from '../story/targetState.ts';
import { motion, opacity } from '../tokens/tokens.ts';
import { ARROWHEAD, ARROWHEAD_IMAGES, arrowheadImage, type ArrowheadShape } from './arrowhead.ts';
import { roundCamera, type CameraValue, type Transition } from './camera.ts';
import type { MapView } from './cameraYaml.ts';
import { labelField, styleLayerRefs, type StyleLayerRef } from './layers.ts';
import type { MotionGeometry } from './motionGeometry.ts';
import { arrowFrames, frontCollection } from './motionFrame.ts';
import { FRONT_LAYERS, MOTION_LAYERS, MOTION_SOURCES, type Slot } from './motionLayers.ts';

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
  'getBounds',
  'isMoving',
  'resize',
  'on',
  'off',
  'addImage',
  'hasImage',
  'remove',
  'triggerRepaint',
  'getSource',
  'getStyle',
] as const;

/** The slice of MapLibre's Map the controller uses (tests pass a small fake). */
export type MapLike = Pick<MapLibreMap, (typeof MAP_METHODS)[number]>;

export interface MapStatus {
  /** The last applied state is fully drawn and the camera is at rest. */
  ready: boolean;
  camera: CameraValue;
  /** The reader has dragged or pinched the map away from the step's camera. */
  moved: boolean;
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
  /** Reduced motion: a front that jumps to another dated line crossfades instead of moving. */
  reducedMotion?: boolean;
}

const HIDDEN: LayerVisual = { visible: false, opacity: 1 };
const NO_VALIDATION = { validate: false };

/** Options the controller needs besides the map: the story's layers, language and theatre. */
export interface ControllerOptions {
  layers: LayerDef[];
  lang: string;
  /** [[west, south], [east, north]]: the box the moving front's territory closes along. */
  theatre: Box;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

export class MapController {
  readonly #map: MapLike;
  readonly #refs: Map<string, StyleLayerRef[]>;
  readonly #labelLayers: string[];
  readonly #onStatus: (status: MapStatus) => void;
  #layers: Record<string, LayerVisual> = {};
  #lang: string;
  #target: { state: MapState; padding: Padding } | undefined;
  #ready = false;
  readonly #layerDefs: LayerDef[];
  readonly #theatre: Box;
  /** Fronts and arrow lines, once fetched; until then a state that needs them is not ready. */
  #geometry: MotionGeometry | undefined;
  /** What the motion layers show now (a key of the inputs), so an unchanged frame costs nothing. */
  #motionKey = '';
  #frontShown = false;
  /** The front slot on show (see motionLayers.ts). */
  #slot: Slot = 'a';
  /** Arrow layers currently cut by a draw-in gradient. */
  #cut = new Set<string>();
  /** The camera the last move was sent to, to check that it arrived. */
  #expected: (CameraValue & { padding: Padding }) | undefined;
  /** The reader has panned or zoomed since: the camera may rightly be elsewhere. */
  #readerMoved = false;
  readonly #now: () => number;
  /** When the last animated camera move started. */
  #lastMoveStart = -Infinity;

  /**
   * @param map a loaded map whose style came from {@link buildStyle} for the same layers
   * @param options.lang the language the style's labels were built with
   */
  constructor(map: MapLike, options: ControllerOptions, onStatus: (status: MapStatus) => void) {
    this.#map = map;
    this.#lang = options.lang;
    this.#layerDefs = options.layers;
    this.#theatre = options.theatre;
    this.#now = options.now ?? (() => performance.now());
    this.#onStatus = onStatus;
    this.#refs = new Map(options.layers.map((l) => [l.id, styleLayerRefs(l)]));
    this.#labelLayers = [...this.#refs.values()]
      .flat()
      .filter((r) => r.id.endsWith('::label'))
      .map((r) => r.id);
    for (const [shape, name] of Object.entries(ARROWHEAD_IMAGES)) {
      if (map.hasImage(name)) continue;
      const image = arrowheadImage(shape as ArrowheadShape);
      map.addImage(name, image, { sdf: true, pixelRatio: ARROWHEAD.pixelRatio });
    }
    map.on('idle', this.#onIdle);
    map.on('moveend', this.#publish);
    map.on('movestart', this.#onMoveStart);
  }

  /** The fronts and arrow lines have arrived: draw what the current state asks of them. */
  setGeometry(geometry: MotionGeometry): void {
    this.#geometry = geometry;
    if (this.#target && this.#applyMotion(this.#target.state)) this.#invalidate();
  }

  /** Apply a complete target state. Applying the same state again does nothing. */
  apply(state: MapState, options: ApplyOptions): void {
    const sameCamera =
      this.#target !== undefined &&
      JSON.stringify([this.#target.state.camera, this.#target.padding]) ===
        JSON.stringify([state.camera, options.padding]);
    let changed = this.#applyLayers(state.layers);
    changed = this.#applyLanguage(options.lang) || changed;
    changed = this.#applyMotion(state, options.reducedMotion) || changed;
    this.#target = { state, padding: options.padding };
    if (!sameCamera) {
      this.#moveCamera(options.transition);
      changed = true;
    }
    if (changed) this.#invalidate();
  }

  /** Back to the step's own camera after the reader moved the map ("Reset view"). */
  resetView(reducedMotion: boolean): void {
    if (!this.#target) return;
    this.#moveCamera(reducedMotion ? 'cut' : 'ease');
    this.#invalidate();
  }

  /** Counts of the style's layers and sources, for soak tests that look for leaks. */
  stats(): { layers: number; sources: number } {
    const style = this.#map.getStyle();
    return { layers: style.layers.length, sources: Object.keys(style.sources).length };
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
    this.#map.off('movestart', this.#onMoveStart);
    this.#map.remove();
  }

  #applyLayers(next: Record<string, LayerVisual>): boolean {
    let changed = false;
    for (const [id, refs] of this.#refs) {
      const before = this.#layers[id] ?? HIDDEN;
      const after = next[id] ?? HIDDEN;
      if (after.visible && before.opacity !== after.opacity) {
        for (const r of refs) {
          this.#paint(r.id, r.opacityProperty, r.baseOpacity * after.opacity);
        }
        changed = true;
      }
      if (before.visible !== after.visible) {
        for (const r of refs) this.#layout(r.id, 'visibility', after.visible ? 'visible' : 'none');
        changed = true;
      }
      this.#layers[id] = after.visible ? after : { ...after, opacity: before.opacity };
    }
    return changed;
  }

  /**
   * The moving front (line and held ground) and the arrows: draw-in cut and heads at the tips.
   * Everything here is derived from the state and the fetched geometry; the key makes a frame
   * that changes nothing free.
   */
  #applyMotion(state: MapState, fade = false): boolean {
    const geometry = this.#geometry;
    if (!geometry) return false;
    const arrows = arrowFrames(this.#layerDefs, state, geometry);
    const key = JSON.stringify([state.motion?.front, arrows.map((a) => [a.id, a.fraction, a.opacity])]);
    if (key === this.#motionKey) return false;
    this.#motionKey = key;

    const front = frontCollection(state, geometry, this.#theatre);
    const showFront = front !== undefined;
    if (front) {
      // A reduced-motion snapshot that replaces one on show goes into the hidden slot, and the two
      // crossfade; a smooth frame (or the first picture) rewrites the slot on show.
      const crossfade = fade && this.#frontShown;
      const slot: Slot = crossfade ? (this.#slot === 'a' ? 'b' : 'a') : this.#slot;
      this.#setData(MOTION_SOURCES.front(slot), front);
      if (slot !== this.#slot) {
        this.#showSlot(slot, 1);
        this.#showSlot(this.#slot, 0);
        this.#slot = slot;
      }
    }
    if (showFront !== this.#frontShown) {
      for (const id of FRONT_LAYERS) this.#layout(id, 'visibility', showFront ? 'visible' : 'none');
      this.#frontShown = showFront;
    }

    for (const a of arrows) {
      const lineLayer = `${a.id}::line`;
      if (a.fraction < 1) {
        // Drawn up to the fraction, transparent beyond: line-progress runs tail → head.
        const cut = Math.max(a.fraction, 1e-6);
        this.#paint(lineLayer, 'line-gradient', ['step', ['line-progress'], a.color, cut, 'rgba(0,0,0,0)']);
        this.#cut.add(a.id);
      } else if (this.#cut.delete(a.id)) {
        this.#paint(lineLayer, 'line-gradient', undefined);
      }
    }
    for (const id of [...this.#cut]) {
      if (!arrows.some((a) => a.id === id)) {
        this.#paint(`${id}::line`, 'line-gradient', undefined);
        this.#cut.delete(id);
      }
    }
    this.#setData(MOTION_SOURCES.heads, arrowHeads(arrows));
    return true;
  }

  /** Fade a front slot in (1) or out (0); the style gives its opacity a transition. */
  #showSlot(slot: Slot, alpha: number): void {
    this.#paint(MOTION_LAYERS.heldSouth(slot), 'fill-opacity', opacity.heldSouth * alpha);
    this.#paint(MOTION_LAYERS.heldNorth(slot), 'fill-opacity', opacity.heldNorth * alpha);
    this.#paint(MOTION_LAYERS.front(slot), 'line-opacity', alpha);
  }

  // Our own style's layers and values, checked by the unit tests: MapLibre need not validate each
  // call against the style spec again (a cost paid on every step change and frame of motion).
  #paint(
    layer: string,
    name: Parameters<MapLike['setPaintProperty']>[1],
    value: Parameters<MapLike['setPaintProperty']>[2],
  ): void {
    this.#map.setPaintProperty(layer, name, value, NO_VALIDATION);
  }

  #layout(
    layer: string,
    name: Parameters<MapLike['setLayoutProperty']>[1],
    value: Parameters<MapLike['setLayoutProperty']>[2],
  ): void {
    this.#map.setLayoutProperty(layer, name, value, NO_VALIDATION);
  }

  #setData(source: string, data: FeatureCollection): void {
    (this.#map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  }

  #applyLanguage(lang: string): boolean {
    if (lang === this.#lang) return false;
    this.#lang = lang;
    for (const id of this.#labelLayers) this.#layout(id, 'text-field', labelField(lang));
    return this.#labelLayers.length > 0;
  }

  #moveCamera(transition: Transition): void {
    if (!this.#target) return;
    const camera = this.#resolve(this.#target.state, this.#target.padding);
    // A flight asked for while our last move is under way, or less than a flight's time after it
    // started, becomes a short ease: the reader is going through the steps faster than flights
    // (a fling, a settle that corrects it, keys held down), and a flight would arrive a second
    // and a half after they stopped. Asked for less than a short ease's time after the last move
    // started, it is a cut: moves are coming faster than even an ease could show. A reader who
    // reads gets flights.
    const now = this.#now();
    const since = now - this.#lastMoveStart;
    const underWay = this.#map.isMoving() && !this.#readerMoved;
    if (transition !== 'cut' && since < motion.jumpMs) transition = 'cut';
    else if (transition === 'fly' && (underWay || since < motion.flightMs)) transition = 'ease';
    if (transition !== 'cut') this.#lastMoveStart = now;
    this.#expected = camera;
    this.#readerMoved = false;
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
    // Arrowheads and a moving front are drawn from fetched geometry: not ready without it.
    if (!this.#geometry) return;
    // A move of ours that ended short of its target (interrupted by something other than a newer
    // move of ours) is finished with a cut, so the map always lands exactly on the step.
    const expected = this.#expected;
    if (expected && !this.#readerMoved && !closeTo(this.#camera(), expected)) {
      // Once only: a camera the map itself constrains (bounds, zoom limits) never arrives.
      this.#expected = undefined;
      this.#map.jumpTo(expected);
      this.#map.triggerRepaint();
      return;
    }
    this.#setReady(true);
  };

  /** Moves the reader starts (drag, pinch) carry the DOM event that started them. */
  readonly #onMoveStart = (event?: { originalEvent?: unknown }): void => {
    if (!event?.originalEvent) return;
    this.#readerMoved = true;
    this.#publish();
  };

  /**
   * What the map shows now, unrounded: the camera and the box of the whole view (the `?debug`
   * camera helper turns it into story YAML, src/map/cameraYaml.ts).
   */
  view(): MapView {
    const b = this.#map.getBounds();
    const c = this.#map.getCenter();
    return {
      center: [c.lng, c.lat],
      zoom: this.#map.getZoom(),
      bearing: this.#map.getBearing(),
      pitch: this.#map.getPitch(),
      bounds: [
        [b.getWest(), b.getSouth()],
        [b.getEast(), b.getNorth()],
      ],
    };
  }

  #camera(): CameraValue {
    const c = this.#map.getCenter();
    return roundCamera({
      center: [c.lng, c.lat],
      zoom: this.#map.getZoom(),
      bearing: this.#map.getBearing(),
      pitch: this.#map.getPitch(),
    });
  }

  #setReady(ready: boolean): void {
    this.#ready = ready;
    this.#publish();
  }

  readonly #publish = (): void => {
    this.#onStatus({ ready: this.#ready, camera: this.#camera(), moved: this.#readerMoved });
  };
}

/** The camera has arrived (to well under a pixel at story zooms). */
function closeTo(a: CameraValue, b: CameraValue): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01 &&
    Math.abs(a.bearing - b.bearing) < 0.1 &&
    Math.abs(a.pitch - b.pitch) < 0.1
  );
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
  const maplibre = await import('maplibre-gl');
  maplibre.setWorkerUrl(workerUrl);
  const map = new maplibre.Map({
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
