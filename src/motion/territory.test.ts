import { describe, expect, it } from 'vitest';
import { inRing } from '../../geo/scripts/geometry.ts';
import type { Position } from './lerpLine.ts';
import { lerpOutline, outlineParam, outlinePoint, territory, type Box } from './territory.ts';

const BOX: Box = [
  [122.5, 32.5],
  [132.5, 43.5],
];

/** Shoelace area of a closed ring, in square degrees (sign: counter-clockwise positive). */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++)
    s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s / 2;
}

describe('territory', () => {
  it('maps points to the box outline and back', () => {
    for (const u of [0, 0.25, 1, 1.5, 2.75, 3.5, 3.99]) {
      expect(outlineParam(outlinePoint(u, BOX), BOX)).toBeCloseTo(u, 9);
    }
    expect(outlinePoint(0, BOX)).toEqual([122.5, 32.5]);
    expect(outlinePoint(2, BOX)).toEqual([132.5, 43.5]);
  });
  it('slides an end the short way round the outline', () => {
    const west = outlineParam([122.5, 38], BOX); // 3.5
    const south = outlineParam([128.4, 32.5], BOX); // 0.59
    const mid = lerpOutline(west, south, 0.5);
    expect(mid < 0.1 || mid > 3.9).toBe(true); // near the south-west corner, not across the north
    expect(lerpOutline(west, south, 1)).toBeCloseTo(south, 9);
  });
  it('splits the box into a south and a north side of a line across the peninsula', () => {
    const line: Position[] = [
      [122.5, 38],
      [127, 38.1],
      [132.5, 38.6],
    ];
    const { right, left } = territory(line, BOX);
    expect(right[0]).toEqual(right.at(-1));
    expect(inRing([127, 35], right)).toBe(true); // Pusan side
    expect(inRing([125.75, 39], right)).toBe(false);
    expect(inRing([125.75, 39], left)).toBe(true); // Pyongyang side
    const boxArea = 10 * 11;
    expect(Math.abs(signedArea(right)) + Math.abs(signedArea(left))).toBeCloseTo(boxArea, 6);
  });
  it('encloses the south-east corner for the Pusan perimeter line, which starts on the south edge', () => {
    const perimeter: Position[] = [
      [128.4, 32.5], // extension out of the south coast near Masan
      [128.4, 35.2],
      [128.45, 36.0], // up the Naktong
      [129.4, 36.05], // east to the coast near Pohang
      [132.5, 36.05],
    ];
    const { right, left } = territory(perimeter, BOX);
    expect(inRing([129.04, 35.12], right)).toBe(true); // Pusan
    expect(inRing([127.42, 36.33], right)).toBe(false); // Taejon
    expect(inRing([127.42, 36.33], left)).toBe(true);
    expect(inRing([126.98, 37.57], left)).toBe(true); // Seoul
  });
});
