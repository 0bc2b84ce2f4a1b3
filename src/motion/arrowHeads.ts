/**
 * Arrowheads at the drawn tip of each arrow: where the shaft ends at the current draw fraction,
 * pointing the way the line runs. One point feature per line, styled by its properties.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { headAt } from './along.ts';
import type { Position } from './lerpLine.ts';

export interface ArrowLayerFrame {
  /** The arrow layer's lines, tail → head. */
  lines: Position[][];
  /** Drawn fraction, 0–1 (1: finished). */
  fraction: number;
  /** CSS colour of the layer. */
  color: string;
  /** The layer's opacity, 0–1. */
  opacity: number;
  /** Icon scale (follows the line width). */
  size: number;
  /** Name of the head's image in the map style (its shape tells the side). */
  icon: string;
}

export interface HeadProperties {
  icon: string;
  color: string;
  opacity: number;
  size: number;
  bearing: number;
}

/**
 * @example arrowHeads([{ lines: [[[0, 0], [0, 1]]], fraction: 1, color: '#000', opacity: 1, size: 1, icon: 'arrowhead' }])
 *   .features[0].geometry.coordinates // [0, 1]
 */
export function arrowHeads(layers: readonly ArrowLayerFrame[]): FeatureCollection<Point, HeadProperties> {
  const features: Feature<Point, HeadProperties>[] = [];
  for (const { lines, fraction, color, opacity, size, icon } of layers) {
    if (fraction <= 0 || opacity <= 0) continue;
    for (const line of lines) {
      if (line.length < 2) continue;
      const { at, bearing } = headAt(line, fraction);
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: at },
        properties: { icon, color, opacity, size, bearing: Math.round(bearing * 10) / 10 },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
