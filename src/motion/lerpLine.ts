/** [longitude, latitude]. */
export type Position = [number, number];

/**
 * Vertex-by-vertex interpolation between two lines resampled to the same vertex count
 * (geo/layers/fronts-resampled.geojson): `t = 0` returns `a`'s vertices, `t = 1` returns `b`'s,
 * exactly. Cheap enough to run on every scroll frame.
 * @example lerpLine([[0, 0]], [[2, 4]], 0.5) // [[1, 2]]
 */
export function lerpLine(a: readonly Position[], b: readonly Position[], t: number): Position[] {
  if (a.length !== b.length) {
    throw new Error(`cannot interpolate lines of ${a.length} and ${b.length} vertices; resample them first`);
  }
  if (t <= 0) return a.map(([x, y]) => [x, y]);
  if (t >= 1) return b.map(([x, y]) => [x, y]);
  return a.map(([x, y], i) => {
    const [bx, by] = b[i]!;
    return [x + (bx - x) * t, y + (by - y) * t];
  });
}
