import { describe, expect, it } from 'vitest';
import { dateExtent, formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('formats at the precision given, per language', () => {
    expect(formatDate('1950-06-25', 'en')).toBe('25 June 1950');
    expect(formatDate('1950-06', 'en')).toBe('June 1950');
    expect(formatDate('1950', 'en')).toBe('1950');
    expect(formatDate('1950-06-25', 'ko')).toBe('1950년 6월 25일');
    expect(formatDate({ start: '1950-08-04', end: '1950-09-15' }, 'en')).toBe(
      '4 August 1950 – 15 September 1950',
    );
  });

  it('gives UTC extents', () => {
    expect(
      dateExtent({ start: '1950-08-04', end: '1950-09-15' }).map((d) => d.toISOString().slice(0, 10)),
    ).toEqual(['1950-08-04', '1950-09-15']);
  });
});
