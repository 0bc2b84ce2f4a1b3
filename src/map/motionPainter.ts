/**
 * Paints time on the map: the moving front (line and held ground, in two slots that crossfade) and
 * the arrows' draw-in cut and heads. Everything is derived from the state and the fetched geometry;
 * a key of the inputs makes a frame that changes nothing free.
 *
 * Used only by the MapController (controller.ts), which stays the one module that calls MapLibre:
 * the painter writes through the {@link MapWriter} the controller gives it.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { arrowHeads } from '../motion/arrowHeads.ts';
import type { Box } from '../motion/territory.ts';
import type { LayerDef } from '../story/schema.ts';
import type { MapState } from '../story/targetState.ts';
import { opacity } from '../tokens/tokens.ts';
import { UNIT_LABEL_SUFFIX, unitNameOpacity } from './layers.ts';
import { arrowFrames, frontCollection } from './motionFrame.ts';
import type { MotionGeometry } from './motionGeometry.ts';
import { FRONT_LAYERS, MOTION_LAYERS, MOTION_SOURCES, type Slot } from './motionLayers.ts';

type Paint = Parameters<MapLibreMap['setPaintProperty']>;
type Layout = Parameters<MapLibreMap['setLayoutProperty']>;

/** The style writes the painter needs, done by the controller. */
export interface MapWriter {
  paint(layer: string, name: Paint[1], value: Paint[2]): void;
  layout(layer: string, name: Layout[1], value: Layout[2]): void;
  setData(source: string, data: FeatureCollection): void;
}

export class MotionPainter {
  readonly #map: MapWriter;
  readonly #layers: readonly LayerDef[];
  readonly #theatre: Box;
  /** What the motion layers show now (a key of the inputs), so an unchanged frame costs nothing. */
  #key = '';
  #frontShown = false;
  /** The front slot on show (see motionLayers.ts). */
  #slot: Slot = 'a';
  /** Arrow layers currently cut by a draw-in gradient. */
  #cut = new Set<string>();

  /**
   * @param layers the story's layers
   * @param theatre [[west, south], [east, north]]: the box the moving front's territory closes along
   */
  constructor(map: MapWriter, layers: readonly LayerDef[], theatre: Box) {
    this.#map = map;
    this.#layers = layers;
    this.#theatre = theatre;
  }

  /**
   * Draw the motion part of `state`.
   * @param fade a front that jumps to another dated line crossfades instead of moving (reduced motion)
   * @returns whether anything on the map changed
   */
  paint(state: MapState, geometry: MotionGeometry, fade: boolean): boolean {
    const arrows = arrowFrames(this.#layers, state, geometry);
    const key = JSON.stringify([state.motion?.front, arrows.map((a) => [a.id, a.fraction, a.opacity])]);
    if (key === this.#key) return false;
    this.#key = key;

    const front = frontCollection(state, geometry, this.#theatre);
    const showFront = front !== undefined;
    if (front) {
      // A reduced-motion snapshot that replaces one on show goes into the hidden slot, and the two
      // crossfade; a smooth frame (or the first picture) rewrites the slot on show.
      const crossfade = fade && this.#frontShown;
      const slot: Slot = crossfade ? (this.#slot === 'a' ? 'b' : 'a') : this.#slot;
      this.#map.setData(MOTION_SOURCES.front(slot), front);
      if (slot !== this.#slot) {
        this.#showSlot(slot, 1);
        this.#showSlot(this.#slot, 0);
        this.#slot = slot;
      }
    }
    if (showFront !== this.#frontShown) {
      for (const id of FRONT_LAYERS) this.#map.layout(id, 'visibility', showFront ? 'visible' : 'none');
      this.#frontShown = showFront;
    }

    for (const a of arrows) {
      const lineLayer = `${a.id}::line`;
      if (a.fraction < 1) {
        // Drawn up to the fraction, transparent beyond: line-progress runs tail → head.
        const cut = Math.max(a.fraction, 1e-6);
        this.#map.paint(lineLayer, 'line-gradient', [
          'step',
          ['line-progress'],
          a.color,
          cut,
          'rgba(0,0,0,0)',
        ]);
        this.#cut.add(a.id);
      } else if (this.#cut.delete(a.id)) {
        this.#map.paint(lineLayer, 'line-gradient', undefined);
      }
      // The formation's name, beside the arrow's middle, once the draw-in has drawn that far.
      // (Painted on every change of the frame: the controller sets the same opacity when the
      // layer's opacity changes, and this must come after it.)
      this.#map.paint(`${a.id}${UNIT_LABEL_SUFFIX}`, 'text-opacity', unitNameOpacity(a.fraction, a.opacity));
    }
    for (const id of [...this.#cut]) {
      if (!arrows.some((a) => a.id === id)) {
        this.#map.paint(`${id}::line`, 'line-gradient', undefined);
        this.#cut.delete(id);
      }
    }
    this.#map.setData(MOTION_SOURCES.heads, arrowHeads(arrows));
    return true;
  }

  /** Fade a front slot in (1) or out (0); the style gives its opacity a transition. */
  #showSlot(slot: Slot, alpha: number): void {
    this.#map.paint(MOTION_LAYERS.heldSouth(slot), 'fill-opacity', opacity.heldSouth * alpha);
    this.#map.paint(MOTION_LAYERS.heldNorth(slot), 'fill-opacity', opacity.heldNorth * alpha);
    this.#map.paint(MOTION_LAYERS.front(slot), 'line-opacity', alpha);
  }
}
