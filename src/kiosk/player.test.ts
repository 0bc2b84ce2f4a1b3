import { describe, expect, it } from 'vitest';
import { ProgressPlayer } from './player.ts';

/** A frame scheduler run by hand: `advance(ms)` fires the pending frame at that time. */
function frames() {
  let pending: ((t: number) => void) | undefined;
  let now = 1000;
  return {
    frame: (cb: (t: number) => void) => ((pending = cb), 1),
    cancel: () => (pending = undefined),
    advance(ms: number) {
      now += ms;
      const cb = pending;
      pending = undefined;
      cb?.(now);
    },
    get pending() {
      return pending !== undefined;
    },
  };
}

describe('ProgressPlayer', () => {
  it('runs progress from 0 to 1 over the duration, monotonically, and stops there', () => {
    const f = frames();
    const seen: number[] = [];
    const player = new ProgressPlayer((p) => seen.push(p), f.frame, f.cancel);
    player.play(1000);
    for (let i = 0; i < 12; i++) f.advance(i === 0 ? 0 : 100);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(f.pending).toBe(false);
  });

  it('stop() halts it where it is; a zero duration jumps to the end', () => {
    const f = frames();
    const seen: number[] = [];
    const player = new ProgressPlayer((p) => seen.push(p), f.frame, f.cancel);
    player.play(1000);
    f.advance(0);
    f.advance(300);
    player.stop();
    f.advance(300);
    expect(seen.at(-1)).toBeCloseTo(0.3);
    player.play(0);
    expect(seen.slice(-2)).toEqual([0, 1]);
  });
});
