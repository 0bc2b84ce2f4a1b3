import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../story/formatDate.ts';
import { dateText } from './dateText.ts';

function evaluate(lang: string, date: unknown, width: 'long' | 'short' = 'long'): unknown {
  const compiled = expression.createExpression(dateText(lang, width), 'layers[0].layout.text-field');
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const feature = { type: 'LineString', properties: date === undefined ? {} : { date } } as never;
  return compiled.value.evaluate({ zoom: 6 }, feature);
}

describe('dateText', () => {
  // Every month, single- and double-digit days, and the dates of the fronts.
  const dates = [
    ...Array.from({ length: 12 }, (_, i) => `1951-${String(i + 1).padStart(2, '0')}-0${(i % 9) + 1}`),
    '1950-08-04',
    '1950-11-24',
    '1953-07-27',
  ];
  it.each(['en', 'ko'])('writes a feature’s date as formatDate does, in %s', (lang) => {
    for (const date of dates) expect(evaluate(lang, date), date).toBe(formatDate(date, lang));
  });

  it('writes the month short where asked, as Intl does', () => {
    expect(evaluate('en', '1950-11-24', 'short')).toBe('24 Nov 1950');
    expect(evaluate('en', '1950-09-04', 'short')).toBe('4 Sept 1950');
    expect(evaluate('ko', '1950-11-24', 'short')).toBe('1950년 11월 24일');
  });

  it('gives a feature without a full date no label', () => {
    expect(evaluate('en', undefined)).toBe('');
    expect(evaluate('ko', '1950-08')).toBe('');
  });
});
