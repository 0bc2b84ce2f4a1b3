import { describe, expect, it } from 'vitest';
import { labelPlaces, textPlace } from './labelPlaces.ts';

describe('labelPlaces', () => {
  it('gives the one text-anchor and offset when there are no variable anchors', () => {
    expect(labelPlaces({ 'text-anchor': 'left' }, [0.7, 0])).toEqual([['left', [0.7, 0]]]);
    expect(labelPlaces(undefined, [0, 0])).toEqual([['center', [0, 0]]]);
  });

  it('reads a constant text-variable-anchor-offset as places in order', () => {
    const layout = { 'text-variable-anchor-offset': ['left', [0.7, 0], 'top', [0, 0.5]] };
    expect(labelPlaces(layout, [9, 9])).toEqual([
      ['left', [0.7, 0]],
      ['top', [0, 0.5]],
    ]);
  });

  it('refuses an expression in place of the list', () => {
    const layout = { 'text-variable-anchor-offset': ['literal', ['left', [0, 0]]] };
    expect(() => labelPlaces(layout, [0, 0])).toThrow(/constant/);
  });
});

describe('textPlace', () => {
  it('reads the anchor as the side of the label that touches the point', () => {
    expect(textPlace('top', 10, 20, 12)).toEqual({ x: 10, y: 26, anchor: 'middle' });
    expect(textPlace('bottom-right', 10, 20, 12)).toEqual({ x: 10, y: 14, anchor: 'end' });
    expect(textPlace('left', 10, 20, 12)).toEqual({ x: 10, y: 20, anchor: 'start' });
    expect(textPlace('center', 10, 20, 12)).toEqual({ x: 10, y: 20, anchor: 'middle' });
  });
});
