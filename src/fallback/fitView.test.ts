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
});
