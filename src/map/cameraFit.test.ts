import { describe, expect, it } from 'vitest';
import type { MapState } from '../story/targetState.ts';
import { clearOf, fitCamera, insetCovers, paddingsBeside, type Padding } from './cameraFit.ts';

const none: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

describe('clearOf', () => {
  it('takes the largest cover on each side', () => {
    expect(
      clearOf({ top: 0, right: 0, bottom: 340, left: 0 }, { top: 90, right: 5, bottom: 0, left: 0 }),
    ).toEqual({ top: 90, right: 5, bottom: 340, left: 0 });
  });

  it('is no padding when nothing covers the map', () => {
    expect(clearOf()).toEqual(none);
    expect(clearOf(none, none)).toEqual(none);
  });
});

describe('fitCamera', () => {
  const state = (camera: MapState['camera']): MapState => ({ stepId: 's', camera, layers: {} });

  it('fits bounds inside the covers plus the step’s own margin, ignoring earlier padding', () => {
    const calls: unknown[] = [];
    const map = {
      cameraForBounds: (...args: unknown[]) => {
        calls.push(args);
        return { center: { lng: 127, lat: 37 }, zoom: 6.5 };
      },
    };
    const bounds: [[number, number], [number, number]] = [
      [125, 35],
      [129, 39],
    ];
    const covers = clearOf(
      { top: 0, right: 0, bottom: 340, left: 0 },
      { top: 90, right: 0, bottom: 0, left: 0 },
    );
    const fit = fitCamera(map, state({ bounds, bearing: 0, pitch: 0 }), covers);
    const padding = { top: 114, right: 24, bottom: 364, left: 24 };
    expect(calls).toEqual([[bounds, { padding, bearing: 0, absolutePadding: true }]]);
    expect(fit).toEqual({ center: [127, 37], zoom: 6.5, bearing: 0, pitch: 0, padding });
  });

  it('keeps a centre and zoom, centred in what the covers leave', () => {
    const map = { cameraForBounds: () => undefined };
    const covers = { top: 90, right: 0, bottom: 340, left: 0 };
    const fit = fitCamera(map, state({ center: [126.8, 37.4], zoom: 8.4, bearing: 0, pitch: 0 }), covers);
    expect(fit).toEqual({ center: [126.8, 37.4], zoom: 8.4, bearing: 0, pitch: 0, padding: covers });
  });

  it('fits bounds beside or below each box over the top half, taking the largest zoom', () => {
    const bounds: [[number, number], [number, number]] = [
      [125, 35],
      [129, 39],
    ];
    const tried: Padding[] = [];
    // A stand-in for MapLibre: the zoom shrinks as the padding takes width or height.
    const map = {
      cameraForBounds: (_: unknown, options: { padding: Padding }) => {
        tried.push(options.padding);
        const { top, right, bottom, left } = options.padding;
        return {
          center: { lng: 127, lat: 37 },
          zoom: Math.min(900 - left - right, 700 - top - bottom) / 100,
        };
      },
    };
    const covers = [
      { left: 12, top: 12, right: 280, bottom: 300 },
      { left: 600, top: 12, right: 890, bottom: 50 },
      // The timeline along the foot: the padding's business, not a corner's.
      { left: 0, top: 650, right: 900, bottom: 700 },
    ];
    const size = { width: 900, height: 700 };
    const fit = fitCamera(map, state({ bounds, bearing: 0, pitch: 0 }), none, { covers, size });
    expect(tried).toHaveLength(4);
    // Beside the key and below the switches: 900 − 304 − 24 wide, 700 − 74 − 24 high.
    expect(fit.padding).toEqual({ top: 74, right: 24, bottom: 24, left: 304 });
    expect(fit.zoom).toBeCloseTo(5.72, 9);
  });

  it('keeps a centre and zoom whatever covers the map', () => {
    const map = { cameraForBounds: () => undefined };
    const camera = state({ center: [126.8, 37.4], zoom: 8.4, bearing: 0, pitch: 0 });
    const over = {
      covers: [{ left: 12, top: 12, right: 280, bottom: 300 }],
      size: { width: 900, height: 700 },
    };
    expect(fitCamera(map, camera, none, over)).toEqual(fitCamera(map, camera, none));
  });
});

describe('paddingsBeside', () => {
  const size = { width: 900, height: 700 };

  it('offers beside and below each box over the top half, every combination, on top of the padding', () => {
    const base = { top: 10, right: 0, bottom: 100, left: 0 };
    expect(paddingsBeside(base, [], size)).toEqual([base]);
    expect(
      paddingsBeside(
        base,
        [
          { left: 12, top: 12, right: 279.5, bottom: 300 },
          { left: 700, top: 12, right: 890, bottom: 50 },
        ],
        size,
      ),
    ).toEqual([
      { top: 10, right: 200, bottom: 100, left: 280 },
      { top: 50, right: 0, bottom: 100, left: 280 },
      { top: 300, right: 200, bottom: 100, left: 0 },
      { top: 300, right: 0, bottom: 100, left: 0 },
    ]);
  });

  it('leaves strips as wide or as tall as the map to the padding', () => {
    const strips = insetCovers({ top: 340, right: 0, bottom: 80, left: 0 }, size);
    expect(paddingsBeside(none, strips, size)).toEqual([none]);
    expect(paddingsBeside(none, [{ left: 0, top: 0, right: 400, bottom: 700 }], size)).toEqual([none]);
  });

  it('leaves out empty boxes and boxes in the lower half', () => {
    expect(paddingsBeside(none, [{ left: 12, top: 12, right: 12, bottom: 300 }], size)).toEqual([none]);
    expect(paddingsBeside(none, [{ left: 0, top: 650, right: 900, bottom: 700 }], size)).toEqual([none]);
  });
});

describe('insetCovers', () => {
  it('turns each padded side into the strip it covers', () => {
    const size = { width: 900, height: 700 };
    expect(insetCovers({ top: 300, right: 0, bottom: 80, left: 0 }, size)).toEqual([
      { left: 0, top: 0, right: 900, bottom: 300 },
      { left: 0, top: 620, right: 900, bottom: 700 },
    ]);
    expect(insetCovers({ top: 0, right: 20, bottom: 0, left: 400 }, size)).toEqual([
      { left: 880, top: 0, right: 900, bottom: 700 },
      { left: 0, top: 0, right: 400, bottom: 700 },
    ]);
    expect(insetCovers(none, size)).toEqual([]);
  });
});
