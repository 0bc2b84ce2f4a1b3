import { describe, expect, it } from 'vitest';
import type { Position } from './geometry.ts';
import { landAlong } from './landAlong.ts';

// A 1° square island at the equator (1° ≈ 111 km) with a square lake in it.
const island: Position[][][] = [
  [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
    [
      [0.4, 0.4],
      [0.6, 0.4],
      [0.6, 0.6],
      [0.4, 0.6],
      [0.4, 0.4],
    ],
  ],
];

describe('landAlong', () => {
  it('finds the stretches over land, lakes counting as water', () => {
    const stretches = landAlong(
      [
        [-1, 0.5],
        [2, 0.5],
      ],
      island,
    );
    expect(stretches.map(([a, b]) => [Math.round(a), Math.round(b)])).toEqual([
      [111, 156],
      [178, 223],
    ]);
  });

  it('counts parity back from the sea end, so a start on the coast is land-free', () => {
    expect(
      landAlong(
        [
          [1, 0.5],
          [2, 0.5],
        ],
        island,
      ),
    ).toEqual([]);
    const inland = landAlong(
      [
        [0.9, 0.5],
        [2, 0.5],
      ],
      island,
    );
    expect(inland.length).toBe(1);
    expect(inland[0]![0]).toBe(0);
  });

  it('does not take a line through a corner for a crossing', () => {
    expect(
      landAlong(
        [
          [-1, -1],
          [0, 0],
          [-1, 1],
        ],
        island,
      ),
    ).toEqual([]);
    expect(
      landAlong(
        [
          [-1, 1],
          [2, 1],
        ],
        island,
      ).length,
    ).toBeLessThanOrEqual(1);
  });
});
