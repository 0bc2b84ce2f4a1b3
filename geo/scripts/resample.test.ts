import { describe, expect, it } from 'vitest';
import { kmBetween, type Position } from './geometry.ts';
import { resample } from './resample.ts';

describe('resample', () => {
  const line: Position[] = [
    [126, 37],
    [126.3, 37.1],
    [126.31, 37.5],
    [127, 37.52],
  ];

  it('keeps the end points exactly and returns n points', () => {
    const r = resample(line, 50);
    expect(r).toHaveLength(50);
    expect(r[0]).toBe(line[0]);
    expect(r.at(-1)).toBe(line.at(-1));
  });

  it('spaces points evenly by km along the line, not by degrees', () => {
    const r = resample(line, 200);
    // Away from the corners each step is a straight piece of one segment, as long as the
    // spacing (up to the metric's change of latitude along a segment, ~1e-4 here).
    const steps = r.slice(1).map((p, i) => kmBetween(r[i]!, p));
    const total = line.slice(1).reduce((a, p, i) => a + kmBetween(line[i]!, p), 0);
    const spacing = total / 199;
    expect(Math.abs(Math.max(...steps) / spacing - 1)).toBeLessThan(1e-3);
    expect(steps.filter((d) => Math.abs(d / spacing - 1) > 1e-3).length).toBeLessThanOrEqual(2); // the corners
  });

  it('divides a straight line into equal steps', () => {
    expect(
      resample(
        [
          [0, 0],
          [3, 0],
        ],
        4,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });
});
