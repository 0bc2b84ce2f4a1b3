import { describe, expect, it } from 'vitest';
import { canvasMeasure } from './canvasMeasure.ts';
import { estimateTextWidth } from './markLabels.ts';

describe('canvasMeasure', () => {
  it('falls back to the estimate where there is no canvas (the server render)', () => {
    const measure = canvasMeasure('600 11px sans-serif', 11);
    expect(measure('고지전')).toBe(estimateTextWidth('고지전', 11));
    expect(measure('The war for the hills')).toBe(estimateTextWidth('The war for the hills', 11));
  });
});
