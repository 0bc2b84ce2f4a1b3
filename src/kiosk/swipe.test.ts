import { describe, expect, it } from 'vitest';
import { swipeDirection } from './swipe.ts';

const p = (x: number, y: number, t: number) => ({ x, y, t });

describe('swipeDirection', () => {
  it('a quick swipe to the left turns to the next slide, to the right back', () => {
    expect(swipeDirection(p(300, 200, 0), p(100, 220, 250))).toBe('next');
    expect(swipeDirection(p(100, 200, 0), p(300, 190, 250))).toBe('back');
  });

  it('ignores taps, slow drags and mostly vertical moves', () => {
    expect(swipeDirection(p(300, 200, 0), p(280, 200, 100))).toBeNull();
    expect(swipeDirection(p(300, 200, 0), p(100, 200, 1500))).toBeNull();
    expect(swipeDirection(p(300, 200, 0), p(220, 400, 200))).toBeNull();
  });
});
