import { describe, expect, it } from 'vitest';
import { divideRoute } from './divideRoute.ts';

describe('divideRoute', () => {
  it('divides a straight route into equal steps after its first point', () => {
    expect(
      divideRoute(
        [
          [0, 0],
          [4, 0],
        ],
        4,
      ),
    ).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ]);
  });

  it('keeps every corner and gives the long leg the spare points', () => {
    const out = divideRoute(
      [
        [0, 0],
        [0, 0.1],
        [-3, 0.1],
      ],
      5,
    );
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual([0, 0.1]);
    expect(out.at(-1)).toEqual([-3, 0.1]);
    expect(out.slice(1).map((p) => p[0])).toEqual([-0.75, -1.5, -2.25, -3]);
  });

  it('refuses a route with more legs than points', () => {
    expect(() =>
      divideRoute(
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
        1,
      ),
    ).toThrow();
  });
});
