/**
 * Which name each step's mark on the timeline carries, and where: decided by measuring, never left
 * to the browser to clip. A mark shows its full title inside its box when that fits, else its short
 * title there, else the first of the two that fits just after the box, before the next box in its
 * row, else no name: the button's accessible name and the readout on hover or focus still give the
 * full title. Names beside their boxes cannot collide with one another: each ends before the next
 * box of its row, where the next name begins.
 */
import type { StepMark } from './timelineScale.ts';

/** Room between a name and the edges of the box it sits in. */
export const LABEL_INSET_PX = 4;
/** Room between a box and the name beside it. */
const BESIDE_GAP_PX = 3;
/** Room a name beside its box leaves before the next box or name, so it reads as the left one's. */
const AFTER_GAP_PX = 8;

/** A step's names in the reader's language; `short` only when the story gives one. */
export interface MarkName {
  full: string;
  short?: string;
}

export interface MarkLabel {
  /** Index of the step (and of its mark). */
  index: number;
  text: string;
  form: 'full' | 'short';
  /** In the box, or just after it in the same row. */
  placement: 'inside' | 'beside';
  /** Left edge of the text, in the marks' pixels (the box's `left` is on the same scale). */
  x: number;
  /** Measured width of the text. */
  width: number;
}

/** Width in pixels of a text as the timeline draws its names. */
export type Measure = (text: string) => number;

/**
 * Hangul, CJK ideographs and full-width forms: drawn about 1 em wide, against about half that for
 * Latin letters and digits.
 */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * An estimate of a text's width at `fontSize` pixels in a sans-serif, for when nothing can measure
 * (the server render, the unit tests): wide glyphs 1 em, capitals 0.66 em, spaces 0.26 em, the
 * rest 0.56 em. Generous rather than tight, so a name it lets in is not clipped.
 * @example estimateTextWidth('고지전', 11) > estimateTextWidth('Hills', 11)
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.26;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.56;
  }
  return em * fontSize;
}

/**
 * Names for the marks of one layout. `right` is the right end of the marks' room (names beside a
 * box stay inside it). Returns one entry per mark, `undefined` where no form fits.
 * @example markLabels(layout.marks, names, measure, 900)[3]?.text
 */
export function markLabels(
  marks: readonly StepMark[],
  names: readonly MarkName[],
  measure: Measure,
  right: number,
): (MarkLabel | undefined)[] {
  const forms = marks.map((mark) => {
    const name = names[mark.index]!;
    const list: { form: MarkLabel['form']; text: string }[] = [{ form: 'full', text: name.full }];
    if (name.short && name.short !== name.full) list.push({ form: 'short', text: name.short });
    return list.map((f) => ({ ...f, width: measure(f.text) }));
  });
  return marks.map((mark, i): MarkLabel | undefined => {
    const inside = forms[i]!.find((f) => f.width + 2 * LABEL_INSET_PX <= mark.drawWidth);
    if (inside) return { index: mark.index, ...inside, placement: 'inside', x: mark.left + LABEL_INSET_PX };
    const x = mark.left + mark.drawWidth + BESIDE_GAP_PX;
    const free = (width: number) =>
      x + width <= right &&
      marks.every(
        (other) =>
          other === mark ||
          other.lane !== mark.lane ||
          x + width + AFTER_GAP_PX <= other.left ||
          other.left + other.drawWidth <= x,
      );
    const beside = forms[i]!.find((f) => free(f.width));
    return beside && { index: mark.index, ...beside, placement: 'beside', x };
  });
}
