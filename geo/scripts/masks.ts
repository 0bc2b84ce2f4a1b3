import polygonClipping, {
  type MultiPolygon as PcMultiPolygon,
  type Polygon as PcPolygon,
} from 'polygon-clipping';
import type { Box, Position } from './geometry.ts';

export interface Masks {
  /** The box minus all land. */
  sea: Position[][][];
  /** Land in the box outside Korea: China, Russia, Japan. */
  foreign: Position[][][];
  /** Land in the box inside Korea (not written out: the extensions are tested against it). */
  korean: Position[][][];
}

/**
 * Split the land of the theatre box by the Korea region (see koreaRegion), and take the sea as
 * what is left of the box (polygon-clipping). A client tints territory with big polygons, then
 * draws `sea` in the sea colour and `foreign` in the land colour over them, so the tint shows on
 * Korean land only; the coasts are the land layer's own vertices, so nothing shows at the seams.
 */
export function masks(land: Position[][][], korea: Position[], [w, s, e, n]: Box): Masks {
  const box: PcPolygon = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  const inBox = polygonClipping.intersection(land as PcMultiPolygon, box);
  return {
    sea: polygonClipping.difference(box, inBox) as Position[][][],
    foreign: polygonClipping.difference(inBox, [korea]) as Position[][][],
    korean: polygonClipping.intersection(inBox, [korea]) as Position[][][],
  };
}
