import { describe, expect, it } from 'vitest';
import { kioskStepIndices, slideOfStep } from './slides.ts';

const story = { steps: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } as Parameters<typeof kioskStepIndices>[0];

describe('kioskStepIndices', () => {
  it('keeps story order whatever the order of the choice', () => {
    expect(kioskStepIndices(story, ['c', 'a'])).toEqual({ indices: [0, 2], warnings: [] });
    expect(kioskStepIndices(story, 'all').indices).toEqual([0, 1, 2]);
  });

  it('drops unknown ids with a warning, and never ends up empty', () => {
    expect(kioskStepIndices(story, ['b', 'x'])).toEqual({
      indices: [1],
      warnings: ['kiosk.config.ts: unknown step "x" in steps; left out'],
    });
    expect(kioskStepIndices(story, ['x']).indices).toEqual([0, 1, 2]);
  });

  it('maps a story step to its slide, the title for one left out', () => {
    expect(slideOfStep([0, 2], 2)).toBe(2);
    expect(slideOfStep([0, 2], 1)).toBe(0);
  });
});
