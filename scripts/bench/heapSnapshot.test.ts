import { describe, expect, it } from 'vitest';
import { heapSizes, type HeapSnapshot } from './heapSnapshot.ts';

// The layout V8 writes: each node is `node_fields.length` numbers, its type an index into node_types[0].
const snapshot = (nodes: [type: string, size: number][]): HeapSnapshot => {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure'];
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'],
        node_types: [types, 'string', 'number', 'number', 'number', 'number'],
      },
    },
    nodes: nodes.flatMap(([type, size], i) => [types.indexOf(type), 0, i + 1, size, 0, 0]),
  };
};

describe('heapSizes', () => {
  it('adds up every node, and the code nodes apart', () => {
    const sizes = heapSizes(
      snapshot([
        ['object', 100],
        ['code', 40],
        ['closure', 32],
        ['code', 8],
        ['string', 20],
      ]),
    );
    expect(sizes).toEqual({ total: 200, code: 48 });
  });

  it('reads the fields where the snapshot says they are', () => {
    const s = snapshot([['code', 10]]);
    s.snapshot.meta.node_fields = ['name', 'self_size', 'type', 'id', 'edge_count', 'detachedness'];
    s.nodes = [0, 10, 4, 1, 0, 0, 0, 5, 3, 2, 0, 0];
    expect(heapSizes(s)).toEqual({ total: 15, code: 10 });
  });

  it('says so when the format is not one it knows', () => {
    const s = snapshot([]);
    s.snapshot.meta.node_fields = ['name', 'id'];
    expect(() => heapSizes(s)).toThrow(/self_size/);
  });
});
