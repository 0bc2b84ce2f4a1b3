/**
 * Measures text as the browser will draw it, with a canvas set to the timeline's font: the only
 * way to know the width of Hangul, whose glyphs come from another font than the Latin ones, and of
 * any fallback font. Where there is no canvas (the server render), falls back to
 * {@link estimateTextWidth}. Widths are cached per text: the timeline asks for the same names on
 * every resize.
 */
import { estimateTextWidth, type Measure } from './markLabels.ts';

/**
 * @param font a CSS `font` shorthand, e.g. `600 11px 'Noto Sans KR', sans-serif`
 * @param fontSize its size in pixels, for the estimate
 * @example canvasMeasure(`600 11px ${type.family}`, 11)('고지전')
 */
export function canvasMeasure(font: string, fontSize: number): Measure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : estimateTextWidth(text, fontSize);
      cache.set(text, width);
    }
    return width;
  };
}
