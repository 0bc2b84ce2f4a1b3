import { describe, expect, it } from 'vitest';
import { colors, cssVariables } from './tokens.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `a` at `share` over `b`, as CSS color-mix in sRGB does. */
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) =>
      Math.round(channel(a, i) * share + channel(b, i) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

describe('colour tokens', () => {
  it('text colours reach 4.5:1 on the backgrounds they are used on', () => {
    const pairs: [keyof typeof colors, keyof typeof colors][] = [
      ['ink', 'paper'],
      ['inkMuted', 'paper'],
      ['accent', 'paper'],
      ['un', 'paper'], // links
      // the "Sources differ" aside: text, links and marker on its tint, and the badge's own text
      ['contested', 'paper'],
      ['contested', 'contestedTint'],
      ['ink', 'contestedTint'],
      ['inkMuted', 'contestedTint'],
      ['un', 'contestedTint'],
      ['paper', 'contested'],
    ];
    for (const [text, background] of pairs) {
      expect(contrast(colors[text], colors[background]), `${text} on ${background}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('the contested tint is the contested colour at 8% on paper', () => {
    expect(mix(colors.contested, colors.paper, 0.08)).toBe(colors.contestedTint);
  });

  it('become CSS variables', () => {
    expect(cssVariables()['--color-contested-tint']).toBe(colors.contestedTint);
  });
});
