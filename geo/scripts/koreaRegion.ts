import type { Box, Position } from './geometry.ts';
import { landAlong } from './landAlong.ts';

/*
 * Lines through open water that close Korea's land border into a region of the theatre box.
 * They are not boundaries of any kind (no maritime boundary is claimed): they only have to keep
 * every piece of land on the right side, which the build checks — none of them may touch land
 * except where they leave the end of a land border. Placed on Natural Earth's coast as drawn in
 * geo/layers/land.geojson.
 */

/**
 * From the head of the Yalu estuary, where Natural Earth ends the China–North Korea border
 * (124.369°E 40.098°N, between Sinuiju and Andong), down the middle of the estuary, west of
 * Pidan-do (Sindo county, North Korea's island at the river mouth, 124.21–124.24°E), then due
 * south to the south edge of the box through the open Yellow Sea: west of every Korean island
 * (the westernmost, Paengnyong-do, is at 124.6°E), east of Shandong (122.7°E).
 */
const YALU_TO_SEA: Position[] = [
  [124.375, 40.05],
  [124.365, 40.0],
  [124.335, 39.95],
  [124.29, 39.9],
  [124.15, 39.8],
  [124.15, 32.5],
];
/**
 * From the Tumen mouth, where the North Korea–Russia border reaches the sea (130.701°E
 * 42.294°N), south-east to the east edge of the box: Russia's coast runs north-east from the
 * mouth, Korea's south-west.
 */
const TUMEN_TO_SEA: Position[] = [[132.5, 41.0]];
/**
 * Korea from Japan, from the east edge of the box to its south edge: north of Honshu (whose
 * coast reaches 35.5°N inside the box), through the Korea Strait between Pusan and Tsushima,
 * then between Korea's southern islands and Jeju on one side and Tsushima and the Goto islands
 * on the other. Ulleung-do stays on the Korean side.
 */
const KOREA_JAPAN: Position[] = [
  [132.5, 36.3],
  [130.2, 35.3],
  [129.0, 34.6],
  [127.9, 32.5],
];

/**
 * Korea as one closed ring inside the theatre box: Natural Earth's China–North Korea and
 * North Korea–Russia borders (the Yalu and the Tumen), closed through open water by the lines
 * above, which meet along the box's east and south edges. Intersected with land it gives
 * Korean land; land outside it is China, Russia or Japan.
 *
 * @param border The land border, west (Yalu mouth) → east (Tumen mouth).
 * @param box The theatre box; the closing lines end on its east and south edges.
 * @param land All land, to check that the closing lines stay at sea.
 */
export function koreaRegion(border: Position[], box: Box, land: Position[][][]): Position[] {
  const [, s, e] = box;
  const ends = [TUMEN_TO_SEA.at(-1)!, KOREA_JAPAN[0]!, KOREA_JAPAN.at(-1)!, YALU_TO_SEA.at(-1)!];
  if (![ends[0]![0], ends[1]![0]].every((x) => x === e) || ![ends[2]![1], ends[3]![1]].every((y) => y === s))
    throw new Error('Korea region: the closing lines must end on the east and south edges of the box');
  // Each line is checked from the land border to the sea (landAlong wants its last point at
  // sea); leaving the end of a border, which lies on the coast, it may touch land in its first
  // half kilometre.
  const lines = [
    ['Yalu', [border[0]!, ...YALU_TO_SEA], 0.5],
    ['Tumen', [border.at(-1)!, ...TUMEN_TO_SEA], 0.5],
    ['Korea–Japan', KOREA_JAPAN, 0],
  ] as const;
  for (const [name, seaLine, coastKm] of lines) {
    const touches = landAlong([...seaLine], land).filter(([, to]) => to > coastKm);
    if (touches.length) {
      const where = touches.map(([a, b]) => `${a.toFixed(1)}–${b.toFixed(1)} km`).join(', ');
      throw new Error(`Korea region: the ${name} closing line crosses land at ${where} from its start`);
    }
  }
  return [...border, ...TUMEN_TO_SEA, ...KOREA_JAPAN, ...YALU_TO_SEA.toReversed(), border[0]!];
}
