import { describe, expect, it } from 'vitest';
import { testStory } from '../testing/fixtures.ts';
import { timelineMarks } from '../timeline/timelineScale.ts';
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

describe('timelineMarks', () => {
  it('places steps in date order across the width, ranges as bars', () => {
    const { marks } = timelineMarks(testStory().steps, 800);
    expect(marks.map((m) => m.id)).toEqual(['one', 'two', 'three']);
    expect(marks[0]!.x).toBeGreaterThan(0);
    expect(marks[0]!.x).toBeLessThan(marks[1]!.x);
    expect(marks[1]!.x).toBeLessThan(marks[2]!.x);
    expect(marks[2]!.x).toBeLessThan(800);
    expect(marks[1]!.width).toBeGreaterThan(0);
    expect(marks[2]!.width).toBe(0);
  });
});

describe('timeline lanes', () => {
  it('puts overlapping periods in separate rows and keeps the rest in the first', () => {
    const story = testStory();
    const steps = [
      story.steps[0]!,
      { ...story.steps[1]!, id: 'a', date: { start: '1950-08-01', end: '1950-12-01' } },
      { ...story.steps[1]!, id: 'b', date: { start: '1950-10-01', end: '1951-01-01' } },
      { ...story.steps[2]!, id: 'c' },
    ];
    const { marks } = timelineMarks(steps, 800);
    expect(marks.map((m) => m.lane)).toEqual([0, 0, 1, 0]);
  });
});
