/**
 * The pure parts of the shaded relief (relief.ts): a hillshade of an elevation grid in degrees,
 * the latitudes of rows spaced evenly in Web Mercator, and bilinear sampling. No files, no PNG.
 */

/** A grid of values, row 0 the northernmost, `values[row * width + col]`. */
export interface Grid {
  width: number;
  height: number;
  values: Float32Array;
}

/** Metres per degree of latitude, and of longitude at the equator (WGS 84, rounded). */
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320;
const RAD = Math.PI / 180;

export interface Sun {
  /** Degrees clockwise from north the light comes from (315: the north-west, the cartographer's). */
  azimuth: number;
  /** Degrees above the horizon. */
  altitude: number;
}

/**
 * Illumination of each cell of an elevation grid (metres, on a grid of `cellDeg` degrees in both
 * directions), 0 (facing away) to 1 (facing the sun); a flat cell gets sin(altitude).
 *
 * Horn's 3×3 gradient, as GDAL and ESRI compute it, with the cell's east–west size in metres
 * taken at the latitude of its row (`rowLat`), so a degree grid is not stretched towards the pole;
 * `zFactor` exaggerates heights. Edge cells repeat their neighbours.
 */
export function hillshade(
  grid: Grid,
  rowLat: (row: number) => number,
  cellDeg: number,
  sun: Sun,
  zFactor = 1,
): Float32Array {
  const { width, height, values } = grid;
  const at = (r: number, c: number) =>
    values[Math.min(height - 1, Math.max(0, r)) * width + Math.min(width - 1, Math.max(0, c))]!;
  const az = sun.azimuth * RAD;
  const alt = sun.altitude * RAD;
  // Unit vector towards the sun: x east, y north, z up.
  const [sx, sy, sz] = [Math.sin(az) * Math.cos(alt), Math.cos(az) * Math.cos(alt), Math.sin(alt)];
  const dy = cellDeg * M_PER_DEG_LAT;
  const out = new Float32Array(width * height);
  for (let r = 0; r < height; r++) {
    const dx = cellDeg * M_PER_DEG_LON * Math.cos(rowLat(r) * RAD);
    for (let c = 0; c < width; c++) {
      const [a, b, cc] = [at(r - 1, c - 1), at(r - 1, c), at(r - 1, c + 1)];
      const [d, f] = [at(r, c - 1), at(r, c + 1)];
      const [g, h, i] = [at(r + 1, c - 1), at(r + 1, c), at(r + 1, c + 1)];
      // Rise towards the east and towards the north (row 0 is north).
      const east = (zFactor * (cc + 2 * f + i - (a + 2 * d + g))) / (8 * dx);
      const north = (zFactor * (a + 2 * b + cc - (g + 2 * h + i))) / (8 * dy);
      // The surface's normal is (-east, -north, 1), normalised.
      const n = Math.hypot(east, north, 1);
      out[r * width + c] = Math.max(0, (-east * sx - north * sy + sz) / n);
    }
  }
  return out;
}

/** Web Mercator y (radians) of a latitude in degrees. */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const latitudeOf = (y: number): number => Math.atan(Math.sinh(y)) / RAD;

/**
 * The latitude of the centre of each of `rows` rows between `north` and `south`, north first,
 * spaced evenly in Web Mercator y: MapLibre's `image` source stretches an image linearly in
 * Mercator between its corners, so row k must show the ground at this latitude.
 */
export function mercatorRowLatitudes(south: number, north: number, rows: number): number[] {
  const [ys, yn] = [mercatorY(south), mercatorY(north)];
  return Array.from({ length: rows }, (_, k) => latitudeOf(yn - ((k + 0.5) * (yn - ys)) / rows));
}

/**
 * The rows a `south`–`north` image needs to keep square pixels in Mercator when it is
 * `columns` wide over `lonSpan` degrees.
 */
export function squareRows(south: number, north: number, lonSpan: number, columns: number): number {
  return Math.round(((mercatorY(north) - mercatorY(south)) / (lonSpan * RAD)) * columns);
}

/** The grid's value at fractional row `y` and column `x` (bilinear; clamped to the grid). */
export function bilinear(grid: Grid, x: number, y: number): number {
  const { width, height, values } = grid;
  const cx = Math.min(width - 1, Math.max(0, x));
  const cy = Math.min(height - 1, Math.max(0, y));
  const [x0, y0] = [Math.min(width - 2, Math.floor(cx)), Math.min(height - 2, Math.floor(cy))];
  const [tx, ty] = [cx - x0, cy - y0];
  const v = (r: number, c: number) => values[r * width + c]!;
  const top = v(y0, x0) * (1 - tx) + v(y0, x0 + 1) * tx;
  const bottom = v(y0 + 1, x0) * (1 - tx) + v(y0 + 1, x0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}

export interface Tone {
  /** Opacity of black at full shadow (illumination 0). */
  shadow: number;
  /** Opacity of white at full light (illumination 1). */
  light: number;
  /** Opacity of black at `tintTop` metres and above: high ground a shade darker (0 for none). */
  tint: number;
  tintTop: number;
}

/**
 * One pixel of the overlay, `[grey, alpha]` in 0–255, to lay over the land colour: black (with
 * the hypsometric tint under it) where the ground faces away from the sun, white where it faces
 * it, nothing where it is flat and low, so a plain keeps the land colour. Sea and anything at or
 * below sea level is transparent, so the style's sea shows through.
 *
 * @param shade illumination from {@link hillshade}
 * @param flat the illumination of flat ground, sin(altitude)
 */
export function reliefPixel(shade: number, elevation: number, flat: number, tone: Tone): [number, number] {
  if (!(elevation > 0)) return [0, 0];
  const tint = tone.tint * Math.min(1, elevation / tone.tintTop);
  const [grey, alpha] =
    shade < flat
      ? [0, (tone.shadow * (flat - shade)) / flat]
      : [1, (tone.light * (shade - flat)) / (1 - flat)];
  // The shade laid over the tint (both over the land): premultiplied "over".
  const a = alpha + tint * (1 - alpha);
  if (a <= 0) return [0, 0];
  return [Math.round((255 * grey * alpha) / a), Math.round(255 * a)];
}
