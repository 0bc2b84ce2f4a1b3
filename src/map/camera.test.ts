import { describe, expect, it } from 'vitest';
import { durations } from '../tokens/tokens.ts';
import { cameraArrived, chooseTransition, paceTransition, roundCamera } from './camera.ts';

describe('chooseTransition', () => {
  it('flies to a neighbour, eases over a jump, cuts otherwise', () => {
    expect(chooseTransition(2, 3, false)).toBe('fly');
    expect(chooseTransition(3, 2, false)).toBe('fly');
    expect(chooseTransition(0, 4, false)).toBe('ease');
    expect(chooseTransition(undefined, 4, false)).toBe('cut');
    expect(chooseTransition(2, 2, false)).toBe('cut');
    expect(chooseTransition(2, 3, true)).toBe('cut');
  });
});

describe('roundCamera', () => {
  it('rounds center to 5 decimals and the rest to 2, without negative zero', () => {
    expect(
      roundCamera({ center: [126.1234567, -0.000001], zoom: 7.005, bearing: -0.001, pitch: 12.3456 }),
    ).toEqual({
      center: [126.12346, 0],
      zoom: 7.01,
      bearing: 0,
      pitch: 12.35,
    });
  });
});

describe('paceTransition', () => {
  it('flies when the reader reads, eases when flights would queue, cuts when moves come faster', () => {
    expect(paceTransition('fly', 60_000, false)).toBe('fly');
    expect(paceTransition('fly', 60_000, true)).toBe('ease');
    expect(paceTransition('fly', durations.flightMs - 1, false)).toBe('ease');
    expect(paceTransition('ease', durations.jumpMs - 1, false)).toBe('cut');
    expect(paceTransition('fly', durations.jumpMs - 1, false)).toBe('cut');
    expect(paceTransition('cut', 60_000, false)).toBe('cut');
  });
});

describe('cameraArrived', () => {
  it('allows well under a pixel at story zooms, and no more', () => {
    const at = { center: [127, 37.5] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
    expect(cameraArrived({ ...at, center: [127.00005, 37.5] }, at)).toBe(true);
    expect(cameraArrived({ ...at, center: [127.001, 37.5] }, at)).toBe(false);
    expect(cameraArrived({ ...at, zoom: 7.02 }, at)).toBe(false);
  });
});
