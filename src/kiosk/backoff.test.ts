import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('doubles from one second', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it('is capped, however many tries failed', () => {
    expect(backoffDelay(9)).toBe(5 * 60_000);
    expect(backoffDelay(10_000)).toBe(5 * 60_000);
    expect(backoffDelay(Infinity)).toBe(5 * 60_000);
    expect(backoffDelay(3, { firstMs: 100, maxMs: 500 })).toBe(500);
  });

  it('treats a bad count as the first retry', () => {
    expect(backoffDelay(-2)).toBe(1000);
    expect(backoffDelay(Number.NaN)).toBe(1000);
  });
});
