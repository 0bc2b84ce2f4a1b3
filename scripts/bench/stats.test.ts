import { describe, expect, it } from 'vitest';
import { frameTimes, max, median, owner, quantile, ranges } from './stats.ts';

describe('ranges', () => {
  it('pairs each opening mark with the next closing one, ignoring strays', () => {
    const marks = [
      { name: 'end', t: 0 },
      { name: 'start', t: 1 },
      { name: 'other', t: 2 },
      { name: 'end', t: 3 },
      { name: 'end', t: 4 },
      { name: 'start', t: 5 },
      { name: 'start', t: 6 },
      { name: 'end', t: 9 },
    ];
    expect(ranges({ marks }, 'start', 'end')).toEqual([
      [1, 3],
      [6, 9],
    ]);
  });
});

describe('frameTimes', () => {
  it('gives the length of each frame that ended inside the ranges and outside the excluded ones', () => {
    const raf = [0, 16, 32, 60, 76, 100];
    expect(frameTimes({ raf }, [[10, 80]])).toEqual([16, 16, 28, 16]);
    expect(frameTimes({ raf }, [[10, 80]], [[50, 70]])).toEqual([16, 16, 16]);
    expect(frameTimes({ raf }, [])).toEqual([]);
  });
});

describe('owner', () => {
  const base = 'http://127.0.0.1:4173/';
  it("tells MapLibre's chunk from the app's code and from anything not served by the app", () => {
    expect(owner(`${base}assets/maplibre-gl-Ab12.js`, base)).toBe('maplibre');
    expect(owner(`${base}assets/index-Cd34.js`, base)).toBe('app');
    expect(owner('', base)).toBe('other');
    expect(owner('chrome-extension://x/assets/maplibre-gl.js', base)).toBe('other');
  });
});

describe('quantile, median, max', () => {
  it('picks the lower value at the quantile and handles no values', () => {
    const values = [5, 1, 4, 2, 3];
    expect(quantile(values, 0.95)).toBe(5);
    expect(quantile(values, 0)).toBe(1);
    expect(median(values)).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(3);
    expect(quantile([], 0.5)).toBeNaN();
    expect(max([])).toBe(0);
    expect(max(values)).toBe(5);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });
});
