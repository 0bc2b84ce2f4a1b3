import { describe, expect, it } from 'vitest';
import { findOverlaps, placedShapes, type PlacedShape } from './placedLabels.ts';

const box = (feature: string, b: [number, number, number, number]): PlacedShape => ({
  layer: `layer-${feature}`,
  feature,
  box: b,
});
const circle = (feature: string, c: [number, number, number]): PlacedShape => ({
  layer: `layer-${feature}`,
  feature,
  circle: c,
});

describe('findOverlaps', () => {
  it('finds two labels of different features that overlap, once per pair', () => {
    const found = findOverlaps(
      [box('a', [10, 10, 60, 30]), box('b', [50, 20, 90, 40]), box('b', [55, 22, 70, 35])],
      800,
      600,
    );
    expect(found).toEqual([{ a: 'layer-a (a)', b: 'layer-b (b)', at: [50, 20, 60, 30] }]);
  });

  it("lets a feature's icon and text touch, and shapes that only meet at an edge", () => {
    expect(findOverlaps([box('a', [0, 0, 10, 10]), box('a', [5, 5, 20, 20])], 100, 100)).toEqual([]);
    expect(findOverlaps([box('a', [0, 0, 10, 10]), box('b', [10, 0, 20, 10])], 100, 100)).toEqual([]);
  });

  it('measures circles (labels along a line) against circles and boxes exactly', () => {
    // The box's corner is 7.07 px from the circle's centre: inside a 10 px circle, outside a 6 px one.
    const at = (x: number, y: number, r: number) => circle('a', [50 + x, 50 + y, r]);
    expect(findOverlaps([at(0, 0, 10), box('b', [55, 55, 80, 80])], 100, 100)).toHaveLength(1);
    expect(findOverlaps([at(0, 0, 6), box('b', [55, 55, 80, 80])], 100, 100)).toEqual([]);
    expect(findOverlaps([at(0, 0, 5), circle('b', [58, 50, 5])], 100, 100)).toHaveLength(1);
    expect(findOverlaps([at(0, 0, 5), circle('b', [62, 50, 5])], 100, 100)).toEqual([]);
  });

  it('finds a name cut by the edge of the screen, but not a head that runs off with its arrow', () => {
    expect(findOverlaps([box('a', [80, 10, 120, 30])], 100, 100)).toEqual([
      { a: 'layer-a (a)', b: 'view edge', at: [80, 10, 100, 30] },
    ]);
    expect(findOverlaps([box('a', [-0.5, 10, 40, 30])], 100, 100)).toEqual([]);
    expect(findOverlaps([box('a', [80, 10, 120, 30])], 100, 100, ['layer-a'])).toEqual([]);
  });

  it('ignores what lies off screen (the collision grid has a margin round it), to a rounding', () => {
    expect(findOverlaps([box('a', [99.99, 10, 130, 40]), box('b', [99.99, 30, 130, 60])], 100, 100)).toEqual(
      [],
    );
    expect(findOverlaps([box('a', [-50, -50, -10, -10]), box('b', [-40, -40, -5, -5])], 100, 100)).toEqual(
      [],
    );
  });
});

describe('placedShapes', () => {
  const grid = (bboxes: number[], circles: number[] = []) => ({
    boxKeys: bboxes.length ? [{ bucketInstanceId: 7, featureIndex: 3 }] : [],
    bboxes,
    circleKeys: circles.length ? [{ bucketInstanceId: 7, featureIndex: 4 }] : [],
    circles,
  });
  const map = (index: object) => ({
    style: {
      placement: {
        collisionIndex: index,
        retainedQueryData: { 7: { bucketIndex: 0, featureIndex: { bucketLayerIDs: [['places::label']] } } },
      },
    },
  });

  it('reads boxes and circles from both grids, moved out of the grid margin, with their layer', () => {
    const shapes = placedShapes(
      map({
        grid: grid([110, 120, 150, 140]),
        ignoredGrid: grid([], [200, 210, 5]),
        screenRightBoundary: 900,
        gridRightBoundary: 1000,
      }),
    );
    expect(shapes).toEqual([
      { layer: 'places::label', feature: '7/3', box: [10, 20, 50, 40] },
      { layer: 'places::label', feature: '7/4', circle: [100, 110, 5] },
    ]);
  });

  it('throws when MapLibre keeps its placement elsewhere, rather than finding nothing', () => {
    expect(() => placedShapes({ style: {} })).toThrow(/no collision index/);
  });
});

describe('findOverlaps with layers that may stack', () => {
  it('lets arrow heads overlap each other, never a label', () => {
    const head = (f: string, b: [number, number, number, number]) => ({ ...box(f, b), layer: 'heads' });
    const shapes = [head('h1', [0, 0, 20, 20]), head('h2', [10, 10, 30, 30]), box('n', [25, 25, 40, 40])];
    expect(findOverlaps(shapes, 100, 100, ['heads']).map((o) => [o.a, o.b])).toEqual([
      ['heads (h2)', 'layer-n (n)'],
    ]);
  });

  it('lets two layers that may stack overlap each other only within each layer', () => {
    const head = (f: string, b: [number, number, number, number]) => ({ ...box(f, b), layer: 'heads' });
    const wall = (f: string, b: [number, number, number, number]) => ({ ...box(f, b), layer: 'wall' });
    const shapes = [wall('w1', [0, 0, 32, 32]), wall('w2', [20, 0, 52, 32]), head('h', [40, 10, 60, 30])];
    expect(findOverlaps(shapes, 100, 100, ['heads', 'wall']).map((o) => [o.a, o.b])).toEqual([
      ['wall (w2)', 'heads (h)'],
    ]);
  });
});
