import { describe, expect, it } from 'vitest';
import { fitView, viewProjection } from './fitView.ts';

const size = { width: 800, height: 600 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('fitView', () => {
  it('takes a centre and zoom as they are, the centre in the middle of what the inset leaves clear', () => {
    const inset = { top: 0, right: 0, bottom: 200, left: 0 };
    const view = fitView({ center: [126.62, 37.44], zoom: 9.2, bearing: 0, pitch: 0 }, size, inset);
    expect(view).toMatchObject({ center: [126.62, 37.44], zoom: 9.2, padding: inset });
    const [x, y] = viewProjection(view, size)([126.62, 37.44])!;
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(200, 6);
  });

  it('fits bounds inside the inset and the step padding, filling one side exactly', () => {
    const bounds: [[number, number], [number, number]] = [
      [126, 34.9],
      [129.6, 38.2],
    ];
    const inset = { top: 0, right: 0, bottom: 72, left: 0 };
    const view = fitView({ bounds, bearing: 0, pitch: 0 }, size, inset);
    expect(view.padding).toEqual({ top: 24, right: 24, bottom: 96, left: 24 });
    const project = viewProjection(view, size);
    const [x0, y0] = project([126, 38.2])!;
    const [x1, y1] = project([129.6, 34.9])!;
    expect(x0).toBeGreaterThanOrEqual(24 - 1e-6);
    expect(x1).toBeLessThanOrEqual(776 + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(24 - 1e-6);
    expect(y1).toBeLessThanOrEqual(504 + 1e-6);
    // Korea is taller than wide: the height is the tight side.
    expect(y1 - y0).toBeCloseTo(480, 6);
    // Centred in Mercator: the box's middle on screen is the middle of the padded area.
    expect((x0 + x1) / 2).toBeCloseTo(400, 6);
    expect((y0 + y1) / 2).toBeCloseTo(264, 6);
  });

  it('uses the zoom of MapLibre (a 512 px world at zoom 0)', () => {
    // The whole Mercator square of longitudes −180…180 fits a 512 px square at zoom 0.
    const view = fitView(
      {
        bounds: [
          [-180, -85.0511287798],
          [180, 85.0511287798],
        ],
        padding: 0,
        bearing: 0,
        pitch: 0,
      },
      { width: 512, height: 512 },
      none,
    );
    expect(view.zoom).toBeCloseTo(0, 6);
  });

  it('sets the bounds beside or below a box over the top, whichever shows them larger', () => {
    const bounds: [[number, number], [number, number]] = [
      [126, 34.9],
      [129.6, 38.2],
    ];
    const camera = { bounds, bearing: 0, pitch: 0 };
    const plain = fitView(camera, size, none);
    // A tall box at the left: Korea, taller than wide, fits beside it at the same zoom.
    const key = fitView(camera, size, none, [{ left: 10, top: 10, right: 200, bottom: 500 }]);
    expect(key.padding).toEqual({ top: 24, right: 24, bottom: 24, left: 224 });
    expect(key.zoom).toBeCloseTo(plain.zoom, 6);
    const [x0] = viewProjection(key, size)([126, 38.2])!;
    expect(x0).toBeGreaterThanOrEqual(224 - 1e-6);
    // A wide, low strip at the right: below it costs less than beside it.
    const strip = fitView(camera, size, none, [{ left: 100, top: 0, right: 800, bottom: 40 }]);
    expect(strip.padding).toEqual({ top: 64, right: 24, bottom: 24, left: 24 });
    expect(strip.zoom).toBeLessThan(plain.zoom);
  });

  it('keeps a centre and zoom where it is, whatever the corners', () => {
    const camera = { center: [126.62, 37.44] as [number, number], zoom: 9.2, bearing: 0, pitch: 0 };
    expect(fitView(camera, size, none, [{ left: 10, top: 10, right: 200, bottom: 500 }])).toEqual(
      fitView(camera, size, none),
    );
  });
});
