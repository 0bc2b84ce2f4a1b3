import { describe, expect, it } from 'vitest';
import { inRing } from '../../geo/scripts/geometry.ts';
import { frontFrame, type ResampledFront } from './frontFrame.ts';
import type { Position } from './lerpLine.ts';
import type { Box } from './territory.ts';

const BOX: Box = [
  [122.5, 32.5],
  [132.5, 43.5],
];

/** head 1, body 3, tail 1. */
const front = (coords: Position[]): ResampledFront => ({ coords, head: 1, body: 3, tail: 1 });
const parallel = front([
  [122.5, 38],
  [124.9, 38],
  [127, 38],
  [128.6, 38],
  [132.5, 38],
]);
const perimeter = front([
  [128.48, 32.5],
  [128.47, 35.08],
  [128.45, 36.0],
  [129.4, 36.05],
  [132.5, 36.05],
]);

describe('frontFrame', () => {
  it('draws exactly the dated lines at the ends of the morph', () => {
    expect(frontFrame(parallel, perimeter, 0, BOX).line).toEqual(parallel.coords.slice(1, 4));
    expect(frontFrame(parallel, perimeter, 1, BOX).line).toEqual(perimeter.coords.slice(1, 4));
  });
  it('moves the front south as the summer of 1950 goes on', () => {
    const taejon: Position = [127.42, 36.33];
    const pusan: Position = [129.04, 35.12];
    const seoul: Position = [126.98, 37.57];
    const early = frontFrame(parallel, perimeter, 0, BOX);
    expect(inRing(seoul, early.south)).toBe(true);
    expect(inRing(taejon, early.south)).toBe(true);
    const late = frontFrame(parallel, perimeter, 1, BOX);
    expect(inRing(taejon, late.north)).toBe(true);
    expect(inRing(pusan, late.south)).toBe(true);
    for (let t = 0; t <= 1; t += 0.125) {
      const { south, north, line } = frontFrame(parallel, perimeter, t, BOX);
      expect(line).toHaveLength(3);
      expect(inRing(pusan, south)).toBe(true); // Pusan never fell
      expect(inRing([125.75, 39.03], north)).toBe(true); // nor did Pyongyang, this summer
      expect(south[0]).toEqual(south.at(-1));
    }
  });
  it('refuses lines resampled differently', () => {
    expect(() => frontFrame(parallel, { ...perimeter, head: 2, body: 2 }, 0.5, BOX)).toThrow(/resampled/);
  });
});
