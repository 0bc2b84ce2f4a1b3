import { describe, expect, it } from 'vitest';
import { cumulativeLengths, headAt } from './along.ts';
import type { Position } from './lerpLine.ts';

const L: Position[] = [
  [126, 37],
  [127, 37],
  [127, 38],
];

describe('headAt', () => {
  it('starts at the tail and ends at the head', () => {
    expect(headAt(L, 0).at).toEqual([126, 37]);
    expect(headAt(L, 1).at).toEqual([127, 38]);
    expect(headAt(L, 5).at).toEqual([127, 38]);
  });
  it('points along the segment it is on', () => {
    expect(headAt(L, 0.1).bearing).toBeCloseTo(90, 6); // east
    expect(headAt(L, 0.9).bearing).toBeCloseTo(0, 6); // north
    expect(
      headAt(
        [
          [127, 38],
          [127, 37],
        ],
        0.5,
      ).bearing,
    ).toBeCloseTo(180, 6);
    expect(
      headAt(
        [
          [127, 37],
          [126, 37],
        ],
        0.5,
      ).bearing,
    ).toBeCloseTo(270, 6);
  });
  it('advances monotonically along the line', () => {
    const lengths = cumulativeLengths(L);
    expect(lengths[0]).toBe(0);
    expect(lengths[2]!).toBeGreaterThan(lengths[1]!);
    let lastLon = 0;
    let lastLat = 0;
    for (let f = 0; f <= 1.0001; f += 0.05) {
      const [lon, lat] = headAt(L, f).at;
      expect(lon).toBeGreaterThanOrEqual(lastLon);
      expect(lat).toBeGreaterThanOrEqual(lastLat);
      lastLon = lon;
      lastLat = lat;
    }
  });
  it('splits the length in Mercator, where a degree of latitude is longer than one of longitude', () => {
    // The first leg (1° of longitude) is shorter on the map than the second (1° of latitude at 37°N).
    const [, mid] = cumulativeLengths(L);
    expect(mid! / cumulativeLengths(L)[2]!).toBeLessThan(0.5);
  });
});
