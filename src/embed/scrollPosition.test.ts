import { describe, expect, it } from 'vitest';
import { scrollForStep, stepAtScroll } from './scrollPosition.ts';

/** A track for `steps` steps as embed.js makes it: one viewport, plus one per step. */
const track = (steps: number, viewport = 800) => ({ height: (steps + 1) * viewport, viewport });

describe('stepAtScroll', () => {
  const steps = 4;

  it('shows the first step from its beginning until the track reaches the top', () => {
    expect(stepAtScroll({ top: 600, ...track(steps) }, steps)).toEqual({ index: 0, progress: 0 });
    expect(stepAtScroll({ top: 0, ...track(steps) }, steps)).toEqual({ index: 0, progress: 0 });
  });

  it('gives each step a viewport of scrolling', () => {
    expect(stepAtScroll({ top: -400, ...track(steps) }, steps)).toEqual({ index: 0, progress: 0.5 });
    expect(stepAtScroll({ top: -800, ...track(steps) }, steps)).toEqual({ index: 1, progress: 0 });
    expect(stepAtScroll({ top: -2000, ...track(steps) }, steps)).toEqual({ index: 2, progress: 0.5 });
  });

  it('ends on the last step, finished, and stays there after the track has passed', () => {
    expect(stepAtScroll({ top: -3200, ...track(steps) }, steps)).toEqual({ index: 3, progress: 1 });
    expect(stepAtScroll({ top: -9000, ...track(steps) }, steps)).toEqual({ index: 3, progress: 1 });
  });

  it('runs backwards as the article scrolls back', () => {
    const tops = [0, -500, -1000, -1700, -2600, -3200];
    const forward = tops.map((top) => stepAtScroll({ top, ...track(steps) }, steps));
    const back = [...tops].reverse().map((top) => stepAtScroll({ top, ...track(steps) }, steps));
    expect(back).toEqual([...forward].reverse());
    const at = forward.map(({ index, progress }) => index + progress);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('does not depend on the viewport, only on the fraction scrolled', () => {
    for (const viewport of [600, 844, 1200]) {
      expect(stepAtScroll({ top: -2.5 * viewport, ...track(steps, viewport) }, steps)).toEqual({
        index: 2,
        progress: 0.5,
      });
    }
  });

  it('falls back to the first step for a track that cannot scroll or nonsense numbers', () => {
    expect(stepAtScroll({ top: -100, height: 800, viewport: 800 }, steps)).toEqual({ index: 0, progress: 0 });
    expect(stepAtScroll({ top: NaN, ...track(steps) }, steps)).toEqual({ index: 0, progress: 0 });
    expect(stepAtScroll({ top: -100, ...track(1) }, 0)).toEqual({ index: 0, progress: 0 });
  });
});

describe('scrollForStep', () => {
  it('is where stepAtScroll starts that step', () => {
    const { height, viewport } = track(23, 844);
    for (const index of [0, 1, 7, 22]) {
      const top = -(scrollForStep(index, 23, height, viewport) + 2);
      expect(stepAtScroll({ top, height, viewport }, 23).index).toBe(index);
    }
  });
});
