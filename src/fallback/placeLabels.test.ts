import { describe, expect, it } from 'vitest';
import { placeLabels } from './placeLabels.ts';
import type { SvgItem, SvgLayer } from './svgItem.ts';

const label = (text: string, x: number, y: number, fallbacks?: { x: number; y: number }[]): SvgItem => ({
  kind: 'text',
  x,
  y,
  lines: [text],
  size: 10,
  anchor: 'start',
  ...(fallbacks ? { fallbacks: fallbacks.map((p) => ({ ...p, anchor: 'start' as const })) } : {}),
  fill: '#000',
  halo: 'none',
  haloWidth: 0,
  letterSpacing: 0,
  opacity: 1,
});
const dot: SvgItem = {
  kind: 'circle',
  x: 0,
  y: 0,
  r: 3,
  fill: '#000',
  stroke: 'none',
  strokeWidth: 0,
  opacity: 1,
};
const texts = (layers: SvgLayer[]) =>
  layers.flatMap((l) => l.items.flatMap((item) => (item.kind === 'text' ? [item.lines[0]] : [])));

describe('placeLabels', () => {
  it('places the top layer first and leaves out a lower label that would overlap it', () => {
    const layers = placeLabels([
      { id: 'low', items: [label('Yongsan', 0, 2)] },
      { id: 'high', items: [label('Seoul', 0, 0)] },
    ]);
    expect(layers.map((l) => l.id)).toEqual(['high']);
    expect(texts(layers)).toEqual(['Seoul']);
  });

  it('moves a colliding label to its first free fallback, which it then carries no more', () => {
    const [moved, top] = placeLabels([
      {
        id: 'low',
        items: [
          label('Yongsan', 0, 0, [
            { x: 0, y: 5 },
            { x: 0, y: 40 },
          ]),
        ],
      },
      { id: 'top', items: [label('Seoul', 0, 0)] },
    ]);
    expect(top!.items).toEqual([label('Seoul', 0, 0)]);
    expect(moved!.items).toEqual([label('Yongsan', 0, 40)]);
  });

  it('keeps the circles of a layer whose labels are left out', () => {
    const layers = placeLabels([
      { id: 'places', items: [dot, label('Yongsan', 0, 0)] },
      { id: 'top', items: [label('Seoul', 0, 0)] },
    ]);
    expect(layers.find((l) => l.id === 'places')!.items).toEqual([dot]);
  });
});
