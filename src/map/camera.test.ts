import { describe, expect, it } from 'vitest';
import { chooseTransition, roundCamera } from './camera.ts';

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
