/**
 * An arrowhead pointing up (north) with its apex at the top edge, as an alpha mask registered as an
 * SDF image so each head takes its layer's colour (`icon-color`) and turns with `icon-rotate`.
 * Built in code: the style needs no sprite URL.
 */
export function arrowheadImage(size = 32): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const half = size / 2;
  const base = size * 0.92;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Inside the triangle apex (half, 0) – base corners (half ± 0.42·size, base)?
      const py = y + 0.5;
      const px = x + 0.5;
      const widthAt = (py / base) * size * 0.42;
      if (py <= base && Math.abs(px - half) <= widthAt) data[(y * size + x) * 4 + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
