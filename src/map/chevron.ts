/**
 * A right-pointing chevron as an alpha mask, registered as an SDF image so each arrow layer can
 * colour it (`icon-color`). Built in code: the style needs no sprite URL.
 */
export function chevronImage(size = 32): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const half = size / 2;
  const thickness = size * 0.16;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two strokes meeting at the tip (x = 0.8·size, y = half): distance to the line |dy| = k·(tip − x).
      const dy = Math.abs(y + 0.5 - half);
      const along = size * 0.8 - (x + 0.5);
      const inside = along >= -thickness / 2 && Math.abs(dy - along * 0.9) < thickness && dy < half * 0.85;
      if (inside) data[(y * size + x) * 4 + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
