import { describe, expect, it } from 'vitest';
import { textWidth, wrapLabel } from './labelText.ts';

describe('textWidth', () => {
  it('counts Hangul near a full em and Latin at a little over half', () => {
    expect(textWidth('서울')).toBeCloseTo(1.9, 6);
    expect(textWidth('Seoul')).toBeCloseTo(2.8, 6);
    expect(textWidth('a b')).toBeCloseTo(1.42, 6);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line and breaks a long one evenly', () => {
    expect(wrapLabel('Seoul', 8)).toEqual(['Seoul']);
    const long = wrapLabel('Kimpo airfield (taken 17–18 September)', 8);
    expect(long).toEqual(['Kimpo airfield', '(taken 17–18', 'September)']);
    expect(wrapLabel('김포 비행장 (9월 17–18일 점령)', 8)).toHaveLength(2);
  });
});
