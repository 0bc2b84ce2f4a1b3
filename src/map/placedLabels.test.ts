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
    expect(findOverlaps([circle('a', [0, 0, 10]), box('b', [5, 5, 30, 30])], 100, 100)).toHaveLength(1);
    expect(findOverlaps([circle('a', [0, 0, 6]), box('b', [5, 5, 30, 30])], 100, 100)).toEqual([]);
    expect(findOverlaps([circle('a', [0, 0, 5]), circle('b', [8, 0, 5])], 100, 100)).toHaveLength(1);
    expect(findOverlaps([circle('a', [0, 0, 5]), circle('b', [12, 0, 5])], 100, 100)).toEqual([]);
  });

  it('ignores what lies off screen (the collision grid has a margin round it)', () => {
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
});
