import { describe, expect, it } from 'vitest';
import { screenToLngLat, VIEW_EDGE, viewEdgePoints } from './viewEdge.ts';

describe('screenToLngLat', () => {
  const size = { width: 800, height: 600 };

  it('puts the camera’s centre in the middle of the view, or of its padded part', () => {
    expect(screenToLngLat([400, 300], { center: [127, 38], zoom: 6 }, size)).toEqual([
      expect.closeTo(127, 9),
      expect.closeTo(38, 9),
    ]);
    const padding = { top: 0, right: 0, bottom: 200, left: 300 };
    const [lng, lat] = screenToLngLat([550, 200], { center: [127, 38], zoom: 6, padding }, size);
    expect(lng).toBeCloseTo(127, 9);
    expect(lat).toBeCloseTo(38, 9);
  });

  it('measures a degree of longitude as MapLibre does: 512 × 2^zoom / 360 px', () => {
    const [lng] = screenToLngLat([400 + (512 * 2 ** 6) / 360, 300], { center: [127, 38], zoom: 6 }, size);
    expect(lng).toBeCloseTo(128, 9);
  });

  it('stretches latitude as Web Mercator does: north of the centre, a degree takes more px', () => {
    const camera = { center: [127, 38] as [number, number], zoom: 6 };
    const [, north] = screenToLngLat([400, 0], camera, size);
    const [, south] = screenToLngLat([400, 600], camera, size);
    expect(north - 38).toBeLessThan(38 - south);
  });
});

describe('viewEdgePoints', () => {
  const size = { width: 390, height: 844 };
  const camera = { center: [127.5, 37.5] as [number, number], zoom: 6 };

  it('hangs a square outside each side from points half a pixel inside, a square apart at most', () => {
    const wall = viewEdgePoints(camera, size).features.map((f) => ({
      at: f.geometry.coordinates as [number, number],
      anchor: f.properties!.icon_anchor as string,
    }));
    // Longitude is linear in screen x: a point's x back from its longitude.
    const [lng0] = screenToLngLat([0, 0], camera, size);
    const [lng1] = screenToLngLat([1, 0], camera, size);
    const xOf = ([lng]: [number, number]) => (lng - lng0) / (lng1 - lng0);
    const side = (anchor: string) => wall.filter((p) => p.anchor === anchor).map((p) => p.at);
    for (const p of side('right')) expect(xOf(p)).toBeCloseTo(0.5, 6);
    for (const p of side('left')) expect(xOf(p)).toBeCloseTo(size.width - 0.5, 6);
    const [, north] = screenToLngLat([0, 0.5], camera, size);
    const [, south] = screenToLngLat([0, size.height - 0.5], camera, size);
    for (const p of side('bottom')) expect(p[1]).toBeCloseTo(north, 9);
    for (const p of side('top')) expect(p[1]).toBeCloseTo(south, 9);
    const top = side('bottom').map(xOf);
    expect(top[0]).toBeCloseTo(0.5, 6);
    expect(top.at(-1)).toBeCloseTo(size.width - 0.5, 6);
    for (const [i, x] of top.slice(1).entries()) {
      expect(x - top[i]!).toBeGreaterThan(0);
      expect(x - top[i]!).toBeLessThanOrEqual(VIEW_EDGE.size + 1e-6);
    }
    expect(side('top')).toHaveLength(top.length);
    expect(side('left')).toHaveLength(side('right').length);
  });

  it('builds none for a rotated or tilted camera', () => {
    expect(viewEdgePoints({ ...camera, bearing: 10 }, size).features).toEqual([]);
    expect(viewEdgePoints({ ...camera, pitch: 30 }, size).features).toEqual([]);
  });

  it('fills each cover with squares hanging right and down, the last ending on its edges', () => {
    const desk = { width: 900, height: 750 };
    const flat = { center: [127.5, 37.5] as [number, number], zoom: 6 };
    const plain = viewEdgePoints(flat, desk).features.length;
    const covers = [
      { left: 0, top: 0, right: 270, bottom: 300 },
      { left: 620, top: 0, right: 900, bottom: 50 },
    ];
    const all = viewEdgePoints(flat, desk, covers).features;
    const [lng0, lat0] = screenToLngLat([0, 0], flat, desk);
    const [lng1] = screenToLngLat([1, 0], flat, desk);
    const squares = all.slice(plain).map((f) => {
      expect(f.properties!.icon_anchor).toBe('top-left');
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const x = (lng - lng0) / (lng1 - lng0);
      // Latitude back to y, by bisection on the projection (monotonic in y).
      let [lo, hi] = [0, desk.height];
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (screenToLngLat([0, mid], flat, desk)[1] > lat) lo = mid;
        else hi = mid;
      }
      expect(lat).toBeLessThanOrEqual(lat0);
      return [x, lo] as const;
    });
    const inBox = (left: number, right: number, bottom: number) =>
      squares.filter(
        ([x, y]) =>
          x >= left - 1e-6 && x + VIEW_EDGE.size <= right + 1e-6 && y + VIEW_EDGE.size <= bottom + 1e-6,
      );
    // Every square inside one of the boxes, and each box's far edges reached.
    const key = inBox(0.5, 270, 300);
    const switches = inBox(620, 899.5, 50);
    expect(key.length + switches.length).toBe(squares.length);
    expect(Math.max(...key.map(([x]) => x + VIEW_EDGE.size))).toBeCloseTo(270, 6);
    expect(Math.max(...key.map(([, y]) => y + VIEW_EDGE.size))).toBeCloseTo(300, 4);
    expect(Math.max(...switches.map(([x]) => x + VIEW_EDGE.size))).toBeCloseTo(899.5, 6);
    // Rows and columns a square apart at most: nothing between them is left uncovered.
    const xs = [...new Set(key.map(([x]) => x.toFixed(3)))].map(Number).sort((a, b) => a - b);
    for (const [i, x] of xs.slice(1).entries()) expect(x - xs[i]!).toBeLessThanOrEqual(VIEW_EDGE.size + 1e-6);
    expect(xs[0]).toBeCloseTo(0.5, 6);
  });
});
