import { describe, expect, it } from 'vitest';
import { arrowHeads } from './arrowHeads.ts';
import type { Position } from './lerpLine.ts';

const north: Position[] = [
  [127, 37],
  [127, 38],
];
const east: Position[] = [
  [127, 37],
  [128, 37],
];
const layer = { lines: [north, east], color: '#123456', opacity: 1, size: 1, icon: 'arrowhead' };

describe('arrowHeads', () => {
  it('puts a head at the tip of each finished arrow, pointing along it', () => {
    const { features } = arrowHeads([{ ...layer, fraction: 1 }]);
    expect(features.map((f) => f.geometry.coordinates)).toEqual([
      [127, 38],
      [128, 37],
    ]);
    expect(features.map((f) => f.properties.bearing)).toEqual([0, 90]);
    expect(features[0]!.properties).toMatchObject({
      icon: 'arrowhead',
      color: '#123456',
      opacity: 1,
      size: 1,
    });
  });
  it('follows the drawn tip while the arrow draws in', () => {
    const [head] = arrowHeads([{ ...layer, lines: [north], fraction: 0.5 }]).features;
    const [lon, lat] = head!.geometry.coordinates as Position;
    expect(lon).toBe(127);
    expect(lat).toBeGreaterThan(37.4); // half the Mercator length lies a little north of 37.5°
    expect(lat).toBeLessThan(37.6);
  });
  it('draws nothing for an arrow not yet started or hidden', () => {
    expect(arrowHeads([{ ...layer, fraction: 0 }]).features).toHaveLength(0);
    expect(arrowHeads([{ ...layer, fraction: 1, opacity: 0 }]).features).toHaveLength(0);
  });
});
