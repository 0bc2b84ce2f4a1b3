import { describe, expect, it } from 'vitest';
import { spacedWidth, textWidth, wrapLabel } from './labelText.ts';

describe('textWidth', () => {
  it('counts Hangul near a full em, Latin capitals at two-thirds and other Latin a little over half', () => {
    expect(textWidth('서울')).toBeCloseTo(1.9, 6);
    expect(textWidth('Seoul')).toBeCloseTo(2.92, 6);
    expect(textWidth('a b')).toBeCloseTo(1.42, 6);
    expect(textWidth('CHINA')).toBeCloseTo(3.4, 6);
  });

  it('adds the letter spacing after each character', () => {
    expect(spacedWidth('CHINA', 0.3)).toBeCloseTo(4.9, 6);
    expect(spacedWidth('중국', 0.3)).toBeCloseTo(2.5, 6);
    expect(spacedWidth('Seoul', 0)).toBeCloseTo(textWidth('Seoul'), 6);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line and breaks a long one evenly', () => {
    expect(wrapLabel('Seoul', 8)).toEqual(['Seoul']);
    const long = wrapLabel('Kimpo airfield (taken 17–18 September)', 8);
    expect(long).toEqual(['Kimpo airfield', '(taken 17–18', 'September)']);
    expect(wrapLabel('김포 비행장 (9월 17–18일 점령)', 8)).toHaveLength(2);
    // Spaced out, a name needs more lines.
    expect(wrapLabel('T A E B A E K', 8)).toHaveLength(1);
    expect(wrapLabel('T A E B A E K', 8, 0.5).length).toBeGreaterThan(1);
  });
});
