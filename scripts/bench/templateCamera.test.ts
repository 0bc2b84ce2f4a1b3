import { describe, expect, it } from 'vitest';
import { templateLocation } from './templateCamera.ts';

const WINDOW = { width: 1440, height: 900 };

describe('templateLocation', () => {
  it('takes a centre-and-zoom camera as it is', () => {
    expect(templateLocation({ center: [126.62, 37.44], zoom: 9.2, bearing: 10, pitch: 20 }, WINDOW)).toEqual({
      center: [126.62, 37.44],
      zoom: 9.2,
      bearing: 10,
      pitch: 20,
    });
  });

  // Expected values: MapLibre 4.7.1's own `map.cameraForBounds(bounds, { padding, bearing })`, run
  // on the template's 1440×900 map in Chromium (7 December 2026).
  it.each([
    [
      'division',
      [
        [124.2, 33.9],
        [130.8, 42.7],
      ],
      24,
      0,
      [127.5, 38.43387929013062],
      5.736215989019567,
    ],
    [
      'two-states',
      [
        [124.6, 37.1],
        [129.4, 38.8],
      ],
      24,
      0,
      [127, 37.954917768261694],
      7.671762186344632,
    ],
    [
      'a turned box',
      [
        [124.2, 33.9],
        [130.8, 42.7],
      ],
      24,
      30,
      [127.5, 38.43387929013062],
      5.522507664323849,
    ],
    [
      'a tall box, wide padding',
      [
        [-10, -5],
        [20, 60],
      ],
      50,
      -45,
      [5, 33.1950050280074],
      2.848296574207262,
    ],
  ] as const)('fits bounds as MapLibre does: %s', (_, bounds, padding, bearing, center, zoom) => {
    const fit = templateLocation(
      { bounds: bounds as unknown as [[number, number], [number, number]], padding, bearing, pitch: 0 },
      WINDOW,
    );
    expect(fit.center[0]).toBeCloseTo(center[0], 9);
    expect(fit.center[1]).toBeCloseTo(center[1], 9);
    expect(fit.zoom).toBeCloseTo(zoom, 9);
    expect(fit.bearing).toBe(bearing);
  });

  it('pads 24 px when the step gives no padding, and fits a bigger map closer', () => {
    const bounds: [[number, number], [number, number]] = [
      [124.6, 37.1],
      [129.4, 38.8],
    ];
    const fit = (width: number, height: number, padding?: number) =>
      templateLocation(
        { bounds, bearing: 0, pitch: 0, ...(padding === undefined ? {} : { padding }) },
        {
          width,
          height,
        },
      ).zoom;
    expect(fit(1440, 900)).toBe(fit(1440, 900, 24));
    expect(fit(1440, 900, 100)).toBeLessThan(fit(1440, 900));
    // Twice the room inside the padding each way: one zoom level closer.
    expect(fit(2 * 1440 - 48, 2 * 900 - 48)).toBeCloseTo(fit(1440, 900) + 1, 9);
  });
});
