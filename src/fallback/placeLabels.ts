import { LINE_HEIGHT, spacedWidth } from './labelText.ts';
import type { SvgItem, SvgLayer } from './svgItem.ts';

/**
 * Labels that would overlap one already placed are left out, as MapLibre does (its symbols are
 * placed from the top layer down; our labels are all optional, their circles stay). Text along a
 * line collides by the boxes round its glyphs.
 */
export function placeLabels(layers: SvgLayer[]): SvgLayer[] {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const overlaps = (b: (typeof placed)[number]) =>
    placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0);
  const out = [...layers];
  for (let i = out.length - 1; i >= 0; i--) {
    const layer = out[i]!;
    if (!layer.items.some((item) => item.kind === 'text' || item.kind === 'line-text')) continue;
    const items = layer.items.flatMap((item): SvgItem[] => {
      if (item.kind === 'line-text') {
        const boxes = item.boxes.map(([x0, y0, x1, y1]) => ({ x0, y0, x1, y1 }));
        if (boxes.some(overlaps)) return [];
        placed.push(...boxes);
        return [item];
      }
      if (item.kind !== 'text') return [item];
      const width = Math.max(...item.lines.map((line) => spacedWidth(line, item.letterSpacing))) * item.size;
      const height = item.lines.length * item.size * LINE_HEIGHT;
      const { fallbacks = [], ...label } = item;
      for (const place of [{ x: item.x, y: item.y, anchor: item.anchor }, ...fallbacks]) {
        const x0 = place.x - (place.anchor === 'start' ? 0 : place.anchor === 'middle' ? width / 2 : width);
        const box = { x0, y0: place.y - height / 2, x1: x0 + width, y1: place.y + height / 2 };
        if (overlaps(box)) continue;
        placed.push(box);
        return [{ ...label, ...place }];
      }
      return [];
    });
    out[i] = { ...layer, items };
  }
  return out.filter((layer) => layer.items.length > 0);
}
