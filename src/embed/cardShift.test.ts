import { describe, expect, it } from 'vitest';
import { cardShift } from './cardShift.ts';

describe('cardShift', () => {
  it('leaves a card that fits where it is', () => {
    expect(cardShift(0, 0.5)).toBe(0);
    expect(cardShift(-120, 1)).toBe(0);
  });

  it('holds the top at first, slides through the step, and holds the end', () => {
    expect(cardShift(300, 0)).toBe(0);
    expect(cardShift(300, 0.15)).toBe(0);
    expect(cardShift(300, 0.5)).toBe(150);
    expect(cardShift(300, 0.85)).toBe(300);
    expect(cardShift(300, 1)).toBe(300);
  });
});
