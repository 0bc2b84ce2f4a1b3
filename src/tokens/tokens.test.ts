import { describe, expect, it } from 'vitest';
import { mix } from './contrast.ts';
import { colors, cssVariables } from './tokens.ts';

// Contrast of every colour pair the app uses: contrast.test.ts.
describe('colour tokens', () => {
  it('the contested tint is the contested colour at 8% on paper', () => {
    expect(mix(colors.contested, colors.paper, 0.08)).toBe(colors.contestedTint);
  });

  it('become CSS variables', () => {
    expect(cssVariables()['--color-contested-tint']).toBe(colors.contestedTint);
  });
});
