import { describe, expect, it } from 'vitest';
import { between, dayAt, dayIso, isoDay } from './keyframes.ts';

describe('keyframes', () => {
  const frames = [
    { date: '1950-06-25', value: 'a' },
    { date: '1950-08-04', value: 'b' },
    { date: '1950-09-15', value: 'c' },
  ];
  it('converts dates both ways', () => {
    expect(dayIso(isoDay('1950-06-25'))).toBe('1950-06-25');
    expect(dayIso(isoDay('1950-06'))).toBe('1950-06-01');
    expect(dayIso(dayAt('1950-08-04', '1950-09-15', 0.5))).toBe('1950-08-25');
    expect(dayAt('1950-08-04', '1950-09-15', 2)).toBe(isoDay('1950-09-15'));
  });
  it('finds the pair around a day and how far between them', () => {
    expect(between(frames, isoDay('1950-06-25'))).toMatchObject({ from: 'a', to: 'a', t: 0 });
    expect(between(frames, isoDay('1950-08-04'))).toMatchObject({ from: 'a', to: 'b', t: 1 });
    const mid = between(frames, isoDay('1950-08-25'));
    expect(mid).toMatchObject({ from: 'b', to: 'c', t: 0.5 });
    expect(between(frames, isoDay('1951-01-01'))).toMatchObject({ from: 'c', to: 'c', t: 1 });
  });
  it('is monotonic in time', () => {
    let last = -1;
    for (let d = isoDay('1950-06-25'); d <= isoDay('1950-09-15'); d += 1) {
      const { from, t } = between(frames, d);
      const position = frames.findIndex((f) => f.value === from) + t;
      expect(position).toBeGreaterThanOrEqual(last);
      last = position;
    }
  });
  it('refuses keyframes out of order', () => {
    expect(() => between([frames[1]!, frames[0]!], 0)).toThrow(/order/);
  });
});
