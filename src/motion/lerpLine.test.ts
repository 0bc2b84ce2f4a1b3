import { describe, expect, it } from 'vitest';
import { lerpLine, type Position } from './lerpLine.ts';

describe('lerpLine', () => {
  const a: Position[] = [
    [0, 0],
    [1, 1],
    [2, 0],
  ];
  const b: Position[] = [
    [0, 2],
    [1, 3],
    [4, 2],
  ];
  it('returns the dated lines exactly at the ends', () => {
    expect(lerpLine(a, b, 0)).toEqual(a);
    expect(lerpLine(a, b, 1)).toEqual(b);
    expect(lerpLine(a, b, -0.5)).toEqual(a);
    expect(lerpLine(a, b, 7)).toEqual(b);
  });
  it('keeps the vertex count and moves every vertex monotonically', () => {
    let previous = lerpLine(a, b, 0);
    for (let t = 0.1; t <= 1; t += 0.1) {
      const line = lerpLine(a, b, t);
      expect(line).toHaveLength(3);
      line.forEach(([, y], i) => expect(y).toBeGreaterThanOrEqual(previous[i]![1]));
      previous = line;
    }
    expect(lerpLine(a, b, 0.5)[2]).toEqual([3, 1]);
  });
  it('refuses lines of different lengths', () => {
    expect(() => lerpLine(a, b.slice(1), 0.5)).toThrow(/resample/);
  });
});
