import { describe, expect, it } from 'vitest';
import { fitView, viewProjection } from './fitView.ts';
import { imageItem } from './imageItem.ts';

const size = { width: 800, height: 600 };
const inset = { top: 0, right: 0, bottom: 0, left: 0 };
const corners: [number, number][] = [
  [114, 48],
  [142, 48],
  [142, 27],
  [114, 27],
];
const source = { type: 'image' as const, url: 'relief.png', coordinates: corners as never };

/** Where the matrix takes (u, v) of the unit square. */
const at = (m: number[], u: number, v: number) => [
  m[0]! * u + m[2]! * v + m[4]!,
  m[1]! * u + m[3]! * v + m[5]!,
];

describe('imageItem', () => {
  it('puts the image’s corners where the projection puts them, and its rows evenly in Mercator', () => {
    const project = viewProjection(
      fitView({ center: [127, 37], zoom: 5, bearing: 0, pitch: 0 }, size, inset),
      size,
    );
    const item = imageItem(source, project, 0.4)!;
    expect(item).toMatchObject({ kind: 'image', href: 'relief.png', opacity: 0.4 });
    const m = item.kind === 'image' ? item.matrix : [];
    for (const [[u, v], corner] of [
      [[0, 0], corners[0]],
      [[1, 0], corners[1]],
      [[1, 1], corners[2]],
      [[0, 1], corners[3]],
    ] as const) {
      const [x, y] = project(corner!)!;
      expect(at(m, u, v)[0]).toBeCloseTo(x, 6);
      expect(at(m, u, v)[1]).toBeCloseTo(y, 6);
    }
    // Halfway down the image is halfway in Mercator y, not the middle latitude (37.5°).
    const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const middle =
      (2 * Math.atan(Math.exp((mercatorY(48) + mercatorY(27)) / 2)) - Math.PI / 2) * (180 / Math.PI);
    expect(at(m, 0, 0.5)[1]).toBeCloseTo(project([114, middle])![1], 6);
    expect(at(m, 0, 0.5)[1]).not.toBeCloseTo(project([114, 37.5])![1], 0);
  });

  it('turns with the map’s bearing', () => {
    const project = viewProjection(
      fitView({ center: [127, 37], zoom: 5, bearing: 30, pitch: 0 }, size, inset),
      size,
    );
    const item = imageItem(source, project, 1)!;
    const m = item.kind === 'image' ? item.matrix : [];
    const [x, y] = project(corners[2]!)!;
    expect(at(m, 1, 1)[0]).toBeCloseTo(x, 6);
    expect(at(m, 1, 1)[1]).toBeCloseTo(y, 6);
  });

  it('leaves out what is not a still image with four corners', () => {
    const project = viewProjection(
      fitView({ center: [127, 37], zoom: 5, bearing: 0, pitch: 0 }, size, inset),
      size,
    );
    expect(imageItem(undefined, project, 1)).toBeUndefined();
    expect(imageItem({ type: 'raster', tiles: ['x/{z}/{x}/{y}.png'] }, project, 1)).toBeUndefined();
    expect(imageItem({ ...source, coordinates: corners.slice(0, 3) as never }, project, 1)).toBeUndefined();
  });
});
