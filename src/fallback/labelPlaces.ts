import type { TextPlace } from './svgItem.ts';

const ANCHORS = /^(center|left|right|top|bottom|top-left|top-right|bottom-left|bottom-right)$/;

/**
 * The places a symbol layer's label may take, in order: its `text-variable-anchor-offset` (a
 * constant in our style), else its one `text-anchor` and `text-offset`.
 */
export function labelPlaces(
  layout: Record<string, unknown> | undefined,
  offset: number[],
): [string, number[]][] {
  const variable = layout?.['text-variable-anchor-offset'] as (string | number[])[] | undefined;
  if (!variable) return [[String(layout?.['text-anchor'] ?? 'center'), offset]];
  if (!variable.every((v, i) => (i % 2 === 0 ? ANCHORS.test(String(v)) : Array.isArray(v))))
    throw new Error(
      'the SVG map reads text-variable-anchor-offset only as a constant list of anchors and offsets',
    );
  const places: [string, number[]][] = [];
  for (let i = 0; i + 1 < variable.length; i += 2)
    places.push([String(variable[i]), variable[i + 1] as number[]]);
  return places;
}

/**
 * Where a label `height` tall goes when its `anchor` side touches (`x`, `y`), as MapLibre reads
 * `text-anchor` (`left`: the text starts at the point; `top`: it hangs below it).
 * @example textPlace('top', 10, 20, 12) // { x: 10, y: 26, anchor: 'middle' }
 */
export function textPlace(anchor: string, x: number, y: number, height: number): TextPlace {
  const side = anchor.split('-');
  return {
    x,
    y: y + (side.includes('top') ? height / 2 : side.includes('bottom') ? -height / 2 : 0),
    anchor: side.includes('left') ? 'start' : side.includes('right') ? 'end' : 'middle',
  };
}
