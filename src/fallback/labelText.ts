/** The size of a label's text, as the SVG map estimates it (it has no font metrics to measure with). */

/** Line height of a label, in ems (MapLibre's default `text-line-height`). */
export const LINE_HEIGHT = 1.2;

/**
 * Rough width of a line of label text in ems: Hangul and CJK near 1 em, Latin capitals about
 * two-thirds, other Latin a little over half.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const c of text)
    w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(c)
      ? 0.95
      : c === ' '
        ? 0.3
        : /[A-Z]/.test(c)
          ? 0.68
          : 0.56;
  return w;
}

/** Width in ems of a line written with `text-letter-spacing` `spacing` (ems after each character). */
export function spacedWidth(text: string, spacing: number): number {
  return textWidth(text) + spacing * [...text].length;
}

/**
 * Break a label into lines of about `maxWidth` ems or less, evenly (as MapLibre balances them).
 * @example wrapLabel('Kimpo airfield (taken 17–18 September)', 8) // ['Kimpo airfield', '(taken 17–18', 'September)']
 */
export function wrapLabel(text: string, maxWidth: number, spacing = 0): string[] {
  const width = (t: string) => spacedWidth(t, spacing);
  const total = width(text);
  if (total <= maxWidth) return [text];
  const target = total / Math.ceil(total / maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > target + 0.5 * width(word)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}
