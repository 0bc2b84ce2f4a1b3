import { describe, expect, it } from 'vitest';
import type { MapState } from '../story/targetState.ts';
import { clearOf, fitCamera, type Padding } from './cameraFit.ts';

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
});
