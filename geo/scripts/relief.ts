/**
 * `npm run geo:relief` — the shaded relief under the map: geo/layers/relief.png and relief.json
 * (its corners, for MapLibre's `image` source), from ETOPO5 as Debian's `ferret-datasets` ships it
 * (`apt-get install -y ferret-datasets`). Separate from `npm run geo` so that the main build and
 * its byte-for-byte test need no 37 MB Debian data file; same input, byte-identical output.
 *
 * The image covers the frame the land is clipped to (build.ts's FRAME), so at every zoom the
 * relief ends where the land does. Rows are spaced in Web Mercator y, because MapLibre stretches
 * an `image` source linearly in Mercator between its corners. See geo/SOURCES.md, `etopo5`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { NetCDFReader } from 'netcdfjs';
import { PNG } from 'pngjs';
import type { Box } from './geometry.ts';
import {
  bilinear,
  hillshade,
  mercatorRowLatitudes,
  reliefPixel,
  squareRows,
  type Grid,
  type Tone,
} from './reliefGrid.ts';

const ETOPO5 = process.env.ETOPO5 ?? '/usr/share/ferret-vis/data/etopo5.cdf';
/** build.ts's FRAME: the land is clipped to it. */
const BOX: Box = [114, 27, 142, 48];
/** Output pixels per ETOPO5 cell across: 1, since the 5′ grid holds no finer detail to show. */
const COLUMNS_PER_CELL = 1;
const SUN = { azimuth: 315, altitude: 45 };
/**
 * Heights ×6: on a 9 km grid the steepest cells rise only a few hundred metres, a few degrees of
 * slope, which unexaggerated would barely shade at all.
 */
const Z_FACTOR = 12;
const TONE: Tone = { shadow: 1, light: 0.5, tint: 0.15, tintTop: 2000 };

const OUT = process.env.GEO_OUT
  ? pathToFileURL(`${process.env.GEO_OUT}/`)
  : new URL('../layers/', import.meta.url);

if (!existsSync(ETOPO5))
  throw new Error(`${ETOPO5} not found: apt-get install -y ferret-datasets (or set ETOPO5=<path>)`);
const reader = new NetCDFReader(readFileSync(ETOPO5));
const lons = reader.getDataVariable('ETOPO05_X') as number[]; // 0 … 359.92, east
const lats = reader.getDataVariable('ETOPO05_Y') as number[]; // -90 … 90, south first
const rose = reader.getDataVariable('ROSE') as number[]; // [lat][lon], metres
const step = 1 / 12;

// The cells from one beyond the box's edges, so the gradient and the resampling reach the edge.
const near = (axis: number[], v: number) => axis.findIndex((a) => a >= v - 1e-6);
const [w, s, e, n] = BOX;
const [c0, c1] = [near(lons, w) - 1, near(lons, e) + 1];
const [r0, r1] = [near(lats, s) - 1, near(lats, n) + 1];
const width = c1 - c0 + 1;
const height = r1 - r0 + 1;
const values = new Float32Array(width * height);
for (let r = 0; r < height; r++)
  for (let c = 0; c < width; c++) values[r * width + c] = rose[(r1 - r) * lons.length + c0 + c]!;
const grid: Grid = { width, height, values };
const rowLat = (r: number) => lats[r1 - r]!;
const shade: Grid = { width, height, values: hillshade(grid, rowLat, step, SUN, Z_FACTOR) };

// Resample into the image: columns even in longitude, rows even in Mercator y.
const columns = Math.round(((e - w) / step) * COLUMNS_PER_CELL);
const rows = squareRows(s, n, e - w, columns);
const png = new PNG({ width: columns, height: rows, colorType: 4 });
const flat = Math.sin((SUN.altitude * Math.PI) / 180);
mercatorRowLatitudes(s, n, rows).forEach((lat, y) => {
  const gy = (lats[r1]! - lat) / step; // fractional grid row, 0 at the north
  for (let x = 0; x < columns; x++) {
    const gx = (w + ((x + 0.5) * (e - w)) / columns - lons[c0]!) / step;
    const [grey, alpha] = reliefPixel(bilinear(shade, gx, gy), bilinear(grid, gx, gy), flat, TONE);
    const k = 4 * (y * columns + x);
    png.data.set([grey, grey, grey, alpha], k);
  }
});
const bytes = PNG.sync.write(png, { colorType: 4, deflateLevel: 9 });
writeFileSync(new URL('relief.png', OUT), bytes);

/** The image's corners for MapLibre's `image` source: north-west, north-east, south-east, south-west. */
const corners = [
  [w, n],
  [e, n],
  [e, s],
  [w, s],
];
const meta = {
  file: 'relief.png',
  coordinates: corners,
  width: columns,
  height: rows,
  source: 'etopo5',
  method: `ETOPO5 (5′) hillshade, Horn's gradient, sun from azimuth ${SUN.azimuth}° at ${SUN.altitude}°, heights ×${Z_FACTOR}; black shadow up to ${TONE.shadow}, white light up to ${TONE.light}, black tint up to ${TONE.tint} at ${TONE.tintTop} m; sea (≤ 0 m) transparent; rows even in Web Mercator.`,
};
writeFileSync(new URL('relief.json', OUT), `${JSON.stringify(meta, null, 2)}\n`);
process.stdout.write(`relief.png ${columns}×${rows} ${(bytes.length / 1024).toFixed(1)} KB\n`);
