import { describe, expect, it } from 'vitest';
import { lineLabel } from './lineLabel.ts';

type Point = [number, number];
const base = { length: 60, size: 12, offset: [0, 0] as [number, number], maxAngle: 35 };
const ends = (path: Point[]) => [path[0]!, path[path.length - 1]!];
/** The middles of a label's glyph boxes: where the text itself goes. */
const core = (place: { boxes: number[][] }): Point[] =>
  place.boxes.map(([x0, y0, x1, y1]) => [(x0! + x1!) / 2, (y0! + y1!) / 2]);

describe('lineLabel', () => {
  it('centres the label on the middle of a straight line, along it', () => {
    const place = lineLabel({
      ...base,
      parts: [
        [
          [0, 50],
          [200, 50],
        ],
      ],
    })!;
    const [first, last] = ends(core(place));
    expect(first![0]).toBeCloseTo(70, 6);
    expect(last![0]).toBeCloseTo(130, 6);
    expect(place.path.every(([, y]) => y === 50)).toBe(true);
    // The path runs on straight past the text, half its length and a glyph, lest a browser drop
    // glyphs off its ends; its middle stays the label's.
    expect(ends(place.path).map(([x]) => x)).toEqual([70 - 42, 130 + 42]);
    // One box a glyph high round each point of the path.
    expect(place.boxes[0]).toEqual([64, 44, 76, 56]);
  });

  it('writes a line drawn right to left from left to right (keeps the text upright)', () => {
    const place = lineLabel({
      ...base,
      parts: [
        [
          [200, 80],
          [0, 50],
        ],
      ],
    })!;
    const [first, last] = ends(place.path);
    expect(first![0]).toBeLessThan(last![0]);
  });

  it('moves the label off the line by its offset: negative is above, as the text reads', () => {
    const above = lineLabel({
      ...base,
      offset: [0, -0.9],
      parts: [
        [
          [0, 50],
          [200, 50],
        ],
      ],
    })!;
    expect(above.path.every(([, y]) => Math.abs(y - (50 - 0.9 * 12)) < 1e-9)).toBe(true);
    // Drawn the other way, the line is read the other way round: still above.
    const reversed = lineLabel({
      ...base,
      offset: [0, -0.9],
      parts: [
        [
          [200, 50],
          [0, 50],
        ],
      ],
    })!;
    expect(reversed.path.every(([, y]) => Math.abs(y - (50 - 0.9 * 12)) < 1e-9)).toBe(true);
    // Going down a vertical line, the text's top is to the line's right... once turned upright.
    const down = lineLabel({
      ...base,
      offset: [0, -1],
      parts: [
        [
          [50, 0],
          [50, 200],
        ],
      ],
    })!;
    expect(down.path.every(([x]) => Math.abs(x - 62) < 1e-9)).toBe(true);
  });

  it('writes on the longest part in view and skips a line with no part long enough', () => {
    const viewport = { width: 300, height: 300 };
    const line: Point[] = [
      [-100, 10],
      [20, 10],
      [30, 10],
      [-50, 100],
      [100, 100],
      [280, 100],
      [400, 100],
    ];
    const place = lineLabel({ ...base, parts: [line], viewport })!;
    // The lower stretch, cut at the map's edges (x 0–300), not the one leaving at the top left.
    expect(place.path.every(([, y]) => y === 100)).toBe(true);
    expect(ends(core(place))[0]![0]).toBeCloseTo(150 - 30, 6);
    // A segment crossing the whole map with both ends off it is still written along.
    const across = lineLabel({
      ...base,
      parts: [
        [
          [-500, 150],
          [800, 150],
        ],
      ],
      viewport,
    })!;
    expect(ends(core(across)).map(([x]) => x)).toEqual([120, 180]);
    expect(
      lineLabel({
        ...base,
        parts: [
          [
            [0, 0],
            [50, 0],
          ],
        ],
      }),
    ).toBeUndefined();
    expect(
      lineLabel({
        ...base,
        parts: [
          [
            [-10, 0],
            [-200, 0],
          ],
        ],
        viewport,
      }),
    ).toBeUndefined();
  });

  it('moves along the line off a bend sharper than text-max-angle, and gives up on a zigzag', () => {
    // A right angle in the middle: the label slides onto the long straight arm.
    const bent = lineLabel({
      ...base,
      parts: [
        [
          [0, 0],
          [100, 0],
          [100, 300],
        ],
      ],
    })!;
    expect(bent.path.every(([x]) => Math.abs(x - 100) < 1e-9)).toBe(true);
    const zigzag: Point[] = Array.from({ length: 40 }, (_, i) => [i * 12, i % 2 ? 12 : 0]);
    expect(lineLabel({ ...base, parts: [zigzag] })).toBeUndefined();
  });

  it('turns down a river winding within a glyph, as MapLibre does, but follows a gentle curve', () => {
    // Wiggles 3 px high every 8 px: straight enough at the scale of the label, not of a glyph.
    const winding: Point[] = Array.from({ length: 60 }, (_, i) => [i * 4, 100 + (i % 2 ? 3 : 0)]);
    expect(lineLabel({ ...base, parts: [winding] })).toBeUndefined();
    // A bend of radius 200 px, a point every 2 px.
    const arc: Point[] = Array.from({ length: 100 }, (_, i) => {
      const a = i / 100;
      return [200 * Math.sin(a), 200 - 200 * Math.cos(a)];
    });
    expect(lineLabel({ ...base, parts: [arc] })).toBeDefined();
    // Wiggles smaller than a tile keeps (under 0.375 px) do not count.
    const fuzzy: Point[] = Array.from({ length: 60 }, (_, i) => [i * 4, 100 + (i % 2 ? 0.3 : 0)]);
    expect(lineLabel({ ...base, parts: [fuzzy] })).toBeDefined();
  });
});
