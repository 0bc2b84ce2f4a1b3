/**
 * The map controller: the only module that talks to MapLibre.
 *
 * It receives complete target states ({@link MapState}) and applies the difference from what it
 * applied last: the fewest layout/paint calls and at most one camera move. A new move stops the one
 * in flight, so only the newest animates; a resize re-fits the current target at once so a flight
 * interrupted by a resize cannot strand the camera somewhere between two steps.
 *
 * Helpers work for it and for nothing else: createMap.ts makes the map (through
 * {@link MapController.create}), motionPainter.ts paints the moving front and arrows through the
 * controller's style writes, cameraFit.ts and readView.ts take the map as a {@link MapLike}, which
 * allows only the methods in mapLike.ts's MAP_METHODS (checked by maplibreContract.test.ts).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Box } from '../motion/territory.ts';
import type { LayerDef } from '../story/schema.ts';
import type { LayerVisual, MapState } from '../story/targetState.ts';
import { durations } from '../tokens/tokens.ts';
import { ARROWHEAD, ARROWHEAD_IMAGES, arrowheadImage, type ArrowheadShape } from './arrowhead.ts';
import { cameraArrived, paceTransition, roundCamera, type CameraValue, type Transition } from './camera.ts';
import { fitCamera, type Cover, type Padding } from './cameraFit.ts';
import type { MapView } from './cameraYaml.ts';
import { createMap, type CreateMapOptions } from './createMap.ts';
import type { DeferredSources } from './deferredSources.ts';
import { VIEW_EDGE, viewEdgePoints } from './viewEdge.ts';
import { labelField, NAME_MARK, NAME_SUFFIXES, styleLayerRefs, type StyleLayerRef } from './layers.ts';
import type { MapLike } from './mapLike.ts';
import type { MotionGeometry } from './motionGeometry.ts';
import { MOTION_LAYERS } from './motionLayers.ts';
import { MotionPainter, type MapWriter } from './motionPainter.ts';
import { readCamera, readView } from './readView.ts';
import type { LabelOverlap } from './placedLabels.ts';
import { whenIdle } from '../idle.ts';

export interface MapStatus {
  /** The last applied state is fully drawn and the camera is at rest. */
  ready: boolean;
  camera: CameraValue;
  /** The reader has dragged or pinched the map away from the step's camera. */
  moved: boolean;
}

export type { Padding } from './cameraFit.ts';

export interface ApplyOptions {
  transition: Transition;
  /** Screen padding the camera keeps clear (e.g. under an overlay card on phones). */
  padding: Padding;
  /**
   * What lies over the map (wide screens: the key, the page's switches, the timeline; the kiosk:
   * its panels): no name is placed under it, and fitted bounds keep clear of what is in the map's
   * top half, beside or below.
   */
  covers?: readonly Cover[];
  lang: string;
  /** Reduced motion: a front that jumps to another dated line crossfades instead of moving. */
  reducedMotion?: boolean;
}

const HIDDEN: LayerVisual = { visible: false, opacity: 1 };

const NO_VALIDATION = { validate: false };

/** A fully transparent square image `size` px wide: it is never seen, it only takes room. */
const clearSquare = (size: number) => ({ width: size, height: size, data: new Uint8Array(size * size * 4) });

/** Options the controller needs besides the map: the story's layers, language and theatre. */
export interface ControllerOptions {
  layers: LayerDef[];
  lang: string;
  /** [[west, south], [east, north]]: the box the moving front's territory closes along. */
  theatre: Box;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
  /** Sources the map was created without: each is loaded when first shown, the rest once ready. */
  deferred?: DeferredSources;
  /** Runs the loading of the deferred sources when the page is idle (tests run it at once). */
  whenIdle?: (task: () => void) => void;
  /**
   * Starts fetching the motion geometry ({@link MapController.setGeometry}): called the first time
   * a state needs it (a moving front, an arrow shown), else once the first step is ready. Without
   * it the caller hands the geometry over itself.
   */
  loadGeometry?: () => void;
}

/** The constructor's arguments after the map. */
type ControllerRest = [options: ControllerOptions, onStatus: (status: MapStatus) => void];

export class MapController {
  readonly #map: MapLike;
  readonly #refs: Map<string, StyleLayerRef[]>;
  readonly #labelLayers: string[];
  readonly #onStatus: (status: MapStatus) => void;
  #layers: Record<string, LayerVisual> = {};
  #lang: string;
  #target: { state: MapState; padding: Padding; covers?: readonly Cover[] } | undefined;
  #ready = false;
  /** Fronts and arrow lines, once fetched; until then a state that needs them is not ready. */
  #geometry: MotionGeometry | undefined;
  /** Asks for the geometry, once (see {@link ControllerOptions.loadGeometry}). */
  #loadGeometry: (() => void) | undefined;
  /** The story's arrow layers: a state that shows one needs the geometry (its heads). */
  readonly #arrowLayers: Set<string>;
  readonly #motion: MotionPainter;
  /** The camera the last move was sent to, to check that it arrived. */
  #expected: (CameraValue & { padding: Padding }) | undefined;
  /** The camera the view-edge wall was laid out for (viewEdge.ts). */
  #wallCamera: (CameraValue & { padding: Padding }) | undefined;
  /** The reader has panned or zoomed since: the camera may rightly be elsewhere. */
  #readerMoved = false;
  readonly #now: () => number;
  /** When the last animated camera move started. */
  #lastMoveStart = -Infinity;
  /** Sources not loaded yet (deferredSources.ts); none once the first step was ready. */
  #deferred: DeferredSources | undefined;
  readonly #whenIdle: (task: () => void) => void;
  /** The whole MapLibre map, for reading its label placement, which {@link MapLike} does not reach. */
  #placement: MapLibreMap | undefined;

  /**
   * Load maplibre-gl (a lazy chunk, so the text paints first), create the map and its controller.
   * Rejects if WebGL is unavailable; the caller keeps the story readable without the map.
   */
  static async create(map: CreateMapOptions, ...rest: ControllerRest): Promise<MapController> {
    const real = await createMap(map);
    const controller = new MapController(real, ...rest);
    controller.#placement = real;
    return controller;
  }

  /**
   * The map's last label placement (`?debug`): how many shapes it placed, and which overlap. Its
   * code loads only when asked (placedLabels.ts reads MapLibre internals, for tests and authors).
   */
  async labelOverlaps(): Promise<{ shapes: number; overlaps: LabelOverlap[] }> {
    const real = this.#placement;
    if (!real) throw new Error('labelOverlaps: a map made by MapController.create only');
    const { findOverlaps, placedShapes } = await import('./placedLabels.ts');
    const { width, height } = real.getCanvas().getBoundingClientRect();
    const shapes = placedShapes(real);
    return {
      shapes: shapes.length,
      overlaps: findOverlaps(shapes, width, height, [MOTION_LAYERS.heads, VIEW_EDGE.layer]),
    };
  }

  /**
   * The names MapLibre placed in its last placement (`?debug`): for each label, its style layer and
   * what it names (a formation's English name; else the line a label guide belongs to; else the
   * feature's id). A name left out for want of room is absent.
   */
  placedLabels(): { layer: string; names: string }[] {
    const real = this.#placement;
    if (!real) throw new Error('placedLabels: a map made by MapController.create only');
    const layers = real
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && NAME_SUFFIXES.some((s) => l.id.endsWith(s)))
      .map((l) => l.id);
    return real.queryRenderedFeatures({ layers }).map((f) => {
      const p = f.properties as Record<string, unknown>;
      return { layer: f.layer.id, names: String(p.unit_en ?? p.label_of ?? p.id ?? '') };
    });
  }

  /**
   * @param map a loaded map whose style came from {@link buildStyle} for the same layers
   * @param options.lang the language the style's labels were built with
   */
  constructor(map: MapLike, options: ControllerOptions, onStatus: (status: MapStatus) => void) {
    this.#map = map;
    this.#lang = options.lang;
    const writer: MapWriter = { paint: this.#paint, layout: this.#layout, setData: this.#setData };
    this.#motion = new MotionPainter(writer, options.layers, options.theatre);
    this.#now = options.now ?? (() => performance.now());
    this.#deferred = options.deferred;
    this.#whenIdle = options.whenIdle ?? whenIdle;
    this.#loadGeometry = options.loadGeometry;
    this.#arrowLayers = new Set(options.layers.filter((l) => l.kind === 'arrow').map((l) => l.id));
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
    // Invisible squares that only take room from other symbols: a name's mark and the view's edge.
    for (const { image, size } of [NAME_MARK, VIEW_EDGE]) {
      if (!map.hasImage(image)) map.addImage(image, clearSquare(size));
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
      JSON.stringify([this.#target.state.camera, this.#target.padding, this.#target.covers]) ===
        JSON.stringify([state.camera, options.padding, options.covers]);
    if (this.#needsGeometry(state)) this.#askForGeometry();
    let changed = this.#applyLayers(state.layers);
    changed = this.#applyLanguage(options.lang) || changed;
    changed = this.#applyMotion(state, options.reducedMotion) || changed;
    this.#target = { state, padding: options.padding, covers: options.covers };
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

  /** The moving front and the arrows (motionPainter.ts); nothing until the geometry is here. */
  #applyMotion(state: MapState, fade = false): boolean {
    return this.#geometry !== undefined && this.#motion.paint(state, this.#geometry, fade);
  }

  // Our own style's layers and values, checked by the unit tests: MapLibre need not validate each
  // call against the style spec again (a cost paid on every step change and frame of motion).
  readonly #paint: MapWriter['paint'] = (layer, name, value) => {
    this.#map.setPaintProperty(layer, name, value, NO_VALIDATION);
  };

  readonly #layout: MapWriter['layout'] = (layer, name, value) => {
    if (name === 'visibility' && value === 'visible') {
      const deferred = this.#deferred?.take(layer);
      if (deferred) this.#load(...deferred);
    }
    this.#map.setLayoutProperty(layer, name, value, NO_VALIDATION);
  };

  readonly #setData: MapWriter['setData'] = (source, data) => {
    (this.#map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  };

  /** A deferred source's data, from its address (deferredSources.ts). */
  #load(source: string, url: string): void {
    (this.#map.getSource(source) as GeoJSONSource | undefined)?.setData(url);
  }

  #applyLanguage(lang: string): boolean {
    if (lang === this.#lang) return false;
    this.#lang = lang;
    for (const id of this.#labelLayers) this.#layout(id, 'text-field', labelField(lang));
    return this.#labelLayers.length > 0;
  }

  #moveCamera(transition: Transition): void {
    if (!this.#target) return;
    const { state, padding, covers = [] } = this.#target;
    const { clientWidth: width, clientHeight: height } = this.#map.getCanvas();
    const camera = fitCamera(this.#map, state, padding, { covers, size: { width, height } });
    const now = this.#now();
    const underWay = this.#map.isMoving() && !this.#readerMoved;
    transition = paceTransition(transition, now - this.#lastMoveStart, underWay);
    if (transition !== 'cut') this.#lastMoveStart = now;
    this.#expected = camera;
    this.#readerMoved = false;
    // The names of the step's end state are placed against the edge of the view they land in.
    this.#layWall(camera);
    this.#map.stop();
    if (transition === 'fly') this.#map.flyTo({ ...camera, duration: durations.flightMs, essential: true });
    else if (transition === 'ease')
      this.#map.easeTo({ ...camera, duration: durations.jumpMs, essential: true });
    else this.#map.jumpTo(camera);
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
    // Nothing to be ready for before the first state; and arrowheads and a moving front are drawn
    // from fetched geometry: not ready without it.
    const target = this.#target;
    if (!target || (!this.#geometry && this.#needsGeometry(target.state))) return;
    // A move of ours that ended short of its target (interrupted by something other than a newer
    // move of ours) is finished with a cut, so the map always lands exactly on the step.
    const expected = this.#expected;
    if (expected && !this.#readerMoved && !cameraArrived(this.#camera(), expected)) {
      // Once only: a camera the map itself constrains (bounds, zoom limits) never arrives.
      this.#expected = undefined;
      this.#map.jumpTo(expected);
      this.#map.triggerRepaint();
      return;
    }
    // The map kept the camera inside its bounds or zoom limits, short of the step's (a view wider
    // than the theatre): the wall goes where the view really is, and the map is ready after that.
    const wall = this.#wallCamera;
    if (wall && !this.#readerMoved) {
      const actual = readCamera(this.#map);
      if (!cameraArrived(actual, wall)) {
        this.#layWall({ ...actual, padding: wall.padding });
        this.#map.triggerRepaint();
        return;
      }
    }
    this.#setReady(true);
  };

  /** The view-edge wall (viewEdge.ts) for `camera`, round the view and the target's covers. */
  #layWall(camera: CameraValue & { padding: Padding }): void {
    const { clientWidth: width, clientHeight: height } = this.#map.getCanvas();
    this.#wallCamera = camera;
    this.#setData(VIEW_EDGE.source, viewEdgePoints(camera, { width, height }, this.#target?.covers));
  }

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
    return readView(this.#map);
  }

  #camera(): CameraValue {
    return roundCamera(readCamera(this.#map));
  }

  #setReady(ready: boolean): void {
    this.#ready = ready;
    this.#publish();
    const deferred = this.#deferred;
    if (ready && (deferred || this.#loadGeometry)) {
      // Once: the first step is on show; what later steps show loads while the reader reads.
      this.#deferred = undefined;
      this.#whenIdle(() => {
        for (const source of deferred?.takeAll() ?? []) this.#load(...source);
        this.#askForGeometry();
      });
    }
  }

  /** Whether drawing `state` takes the motion geometry: a moving front, or an arrow's head. */
  #needsGeometry(state: MapState): boolean {
    if (state.motion) return true;
    return Object.entries(state.layers).some(([id, v]) => v.visible && this.#arrowLayers.has(id));
  }

  #askForGeometry(): void {
    const load = this.#loadGeometry;
    this.#loadGeometry = undefined;
    load?.();
  }

  readonly #publish = (): void => {
    this.#onStatus({ ready: this.#ready, camera: this.#camera(), moved: this.#readerMoved });
  };
}
