import { describe, expect, it } from 'vitest';
import { motionState, type ResolvedMotion } from './motion.ts';

const motion: ResolvedMotion = {
  span: { start: '1950-08-04', end: '1950-09-15' },
  front: [
    { line: 'a', date: '1950-08-04' },
    { line: 'b', date: '1950-08-25' },
    { line: 'c', date: '1950-09-15' },
  ],
  draw: ['push'],
};

describe('motionState', () => {
  it('starts on the first dated line with the arrows undrawn', () => {
    expect(motionState(motion, 0, false)).toEqual({
      progress: 0,
      date: '1950-08-04',
      front: { from: 'a', to: 'a', t: 0 },
      draw: { push: 0 },
    });
  });
  it('is half-way through the period at half the scroll, on the second keyframe', () => {
    const m = motionState(motion, 0.5, false);
    expect(m.date).toBe('1950-08-25');
    expect(m.front).toEqual({ from: 'a', to: 'b', t: 1 });
    expect(m.draw.push).toBeCloseTo(0.5 / 0.75, 4);
  });
  it('interpolates between keyframes by the calendar', () => {
    const m = motionState(motion, 0.25, false);
    expect(m.date).toBe('1950-08-15'); // 10.5 days in, rounded to the nearest day
    expect(m.front!.from).toBe('a');
    expect(m.front!.t).toBeCloseTo(10.5 / 21, 3);
  });
  it('ends on the last line with the arrows complete', () => {
    expect(motionState(motion, 1, false)).toMatchObject({
      date: '1950-09-15',
      front: { from: 'c', to: 'c' },
      draw: { push: 1 },
    });
  });
  it('moves forward monotonically with progress', () => {
    let lastDay = '';
    let lastDraw = -1;
    for (let p = 0; p <= 1; p += 0.05) {
      const m = motionState(motion, p, false);
      expect(m.date >= lastDay).toBe(true);
      expect(m.draw.push!).toBeGreaterThanOrEqual(lastDraw);
      lastDay = m.date;
      lastDraw = m.draw.push!;
    }
  });
  it('under reduced motion shows dated snapshots and finished arrows', () => {
    expect(motionState(motion, 0.1, true)).toEqual({
      progress: 0.1,
      date: '1950-08-04',
      front: { from: 'a', to: 'a', t: 0 },
      draw: { push: 1 },
    });
    expect(motionState(motion, 0.3, true)).toMatchObject({
      date: '1950-08-25',
      front: { from: 'b', to: 'b' },
    });
    expect(motionState(motion, 0.6, true).front).toEqual({ from: 'b', to: 'b', t: 0 });
    expect(motionState(motion, 1, true).front).toEqual({ from: 'c', to: 'c', t: 0 });
  });
  it('clamps progress outside 0–1', () => {
    expect(motionState(motion, -1, false).progress).toBe(0);
    expect(motionState(motion, Number.NaN, false).progress).toBe(0);
    expect(motionState(motion, 3, false).progress).toBe(1);
  });
});
