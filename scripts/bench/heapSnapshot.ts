/**
 * Sizes from a V8 heap snapshot (the JSON `HeapProfiler.takeHeapSnapshot` streams): the whole
 * snapshot and its compiled code. Compiled code grows while V8 optimises the functions that run
 * often — the benchmark's later passes run optimised code the first pass did not have yet — and is
 * the engine's, not data the app keeps; the memory budget looks at the heap without it.
 */

/** The parts of the snapshot format read here (see V8's heap-snapshot-generator). */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export interface HeapSizes {
  /** Self sizes of every node, bytes. */
  total: number;
  /** Self sizes of the nodes of type `code` (bytecode and machine code), bytes. */
  code: number;
}

export function heapSizes(snapshot: HeapSnapshot): HeapSizes {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || sizeAt < 0 || width === 0)
    throw new Error('heap snapshot without node type or self_size');
  const codeType = types.indexOf('code');
  const { nodes } = snapshot;
  let total = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const size = nodes[i + sizeAt]!;
    total += size;
    if (nodes[i + typeAt] === codeType) code += size;
  }
  return { total, code };
}
