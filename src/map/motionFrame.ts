/**
 * What the motion layers show for one map state, as GeoJSON: the moving front with the ground each
 * side holds, and the arrows with their heads at the drawn tips. Shared by the WebGL map
 * (MapController) and the SVG map drawn without WebGL (src/fallback/), so both draw the same frame.
 */
import type { FeatureCollection } from 'geojson';
import { type ArrowLayerFrame } from '../motion/arrowHeads.ts';
import { frontFrame } from '../motion/frontFrame.ts';
import type { Box } from '../motion/territory.ts';
import type { LayerDef } from '../story/schema.ts';
import type { MapState } from '../story/targetState.ts';
import { colors, type ColorToken } from '../tokens/tokens.ts';
import { ARROWHEAD_IMAGES, arrowheadShape } from './arrowhead.ts';
import { headSize } from './layers.ts';
import type { MotionGeometry } from './motionGeometry.ts';

/** Every visible arrow layer of `state`: its lines, how much of them is drawn, colour, head. */
export function arrowFrames(
  layers: readonly LayerDef[],
  state: MapState,
  geometry: MotionGeometry,
): (ArrowLayerFrame & { id: string })[] {
  const arrows: (ArrowLayerFrame & { id: string })[] = [];
  for (const layer of layers) {
    const visual = state.layers[layer.id];
    if (layer.kind !== 'arrow' || !visual?.visible) continue;
    arrows.push({
      id: layer.id,
      lines: geometry.arrows.get(layer.id) ?? [],
      fraction: state.motion?.draw[layer.id] ?? 1,
      color: colors[layer.color as ColorToken],
      opacity: visual.opacity,
      size: headSize(layer.width),
      // The side shows in the head's shape as well as in its colour.
      icon: ARROWHEAD_IMAGES[arrowheadShape(layer)],
    });
  }
  return arrows;
}

/**
 * The front of `state` (if its step moves one and the geometry has both lines): the ground held
 * either side (polygons with `side`: `south`, `north`) and the line itself.
 */
export function frontCollection(
  state: MapState,
  geometry: MotionGeometry,
  theatre: Box,
): FeatureCollection | undefined {
  const front = state.motion?.front;
  const from = front && geometry.fronts.get(front.from);
  const to = front && geometry.fronts.get(front.to);
  if (!front || !from || !to) return undefined;
  const { line, south, north } = frontFrame(from, to, front.t, theatre);
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { side: 'south' }, geometry: { type: 'Polygon', coordinates: [south] } },
      { type: 'Feature', properties: { side: 'north' }, geometry: { type: 'Polygon', coordinates: [north] } },
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } },
    ],
  };
}
