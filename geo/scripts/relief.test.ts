/**
 * The committed relief is what `npm run geo:relief` builds, and its corners are the ones the style
 * gives MapLibre. The rebuild needs ETOPO5 from Debian's `ferret-datasets`; without it, only the
 * checks of the committed files run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { mercatorY } from './reliefGrid.ts';

const ETOPO5 = process.env.ETOPO5 ?? '/usr/share/ferret-vis/data/etopo5.cdf';
const layers = new URL('../layers/', import.meta.url);
const committed = (name: string) => readFileSync(new URL(name, layers));
const meta = JSON.parse(committed('relief.json').toString()) as {
  coordinates: [number, number][];
  width: number;
  height: number;
};

describe('relief', () => {
  it.skipIf(!existsSync(ETOPO5))(
    'rebuilds byte for byte what is committed',
    () => {
      const out = mkdtempSync(path.join(tmpdir(), 'relief-'));
      execFileSync('npx', ['tsx', 'geo/scripts/relief.ts'], {
        env: { ...process.env, GEO_OUT: out },
        stdio: 'pipe',
      });
      for (const name of ['relief.png', 'relief.json'])
        expect(
          readFileSync(path.join(out, name)).equals(committed(name)),
          `${name}: run npm run geo:relief`,
        ).toBe(true);
    },
    60_000,
  );

  it('is a small grey-and-alpha image with square pixels in Mercator, corners clockwise from the north-west', () => {
    const bytes = committed('relief.png');
    expect(bytes.length).toBeLessThan(150 * 1024);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([meta.width, meta.height]);
    const [nw, ne, se, sw] = meta.coordinates as [
      [number, number],
      [number, number],
      [number, number],
      [number, number],
    ];
    expect([nw[1], ne[0], se[1], sw[0]]).toEqual([ne[1], se[0], sw[1], nw[0]]);
    expect(nw[1]).toBeGreaterThan(sw[1]);
    const xPerPixel = ((ne[0] - nw[0]) * Math.PI) / 180 / png.width;
    const yPerPixel = (mercatorY(nw[1]) - mercatorY(sw[1])) / png.height;
    expect(yPerPixel / xPerPixel).toBeCloseTo(1, 2);
  });

  it('is transparent at sea and shades the mountains', () => {
    const png = PNG.sync.read(committed('relief.png'));
    const [[w, n], [e, s]] = [meta.coordinates[0]!, meta.coordinates[2]!];
    const alphaAt = (lon: number, lat: number) => {
      const x = Math.floor(((lon - w) / (e - w)) * png.width);
      const y = Math.floor(((mercatorY(n) - mercatorY(lat)) / (mercatorY(n) - mercatorY(s))) * png.height);
      return png.data[4 * (y * png.width + x) + 3]!;
    };
    // The East Sea between Korea and Japan; the Yellow Sea.
    expect(alphaAt(132, 39)).toBe(0);
    expect(alphaAt(124, 36)).toBe(0);
    // Somewhere on the Kaema plateau round the Chosin Reservoir and along the Taebaek range the
    // ground is shaded; the plain south-west of Seoul is nearly bare.
    const around = (lon: number, lat: number) =>
      Math.max(...[-0.2, 0, 0.2].flatMap((dx) => [-0.2, 0, 0.2].map((dy) => alphaAt(lon + dx, lat + dy))));
    expect(around(127.25, 40.45)).toBeGreaterThan(60);
    expect(around(128.6, 37.6)).toBeGreaterThan(40);
    expect(alphaAt(126.9, 36.9)).toBeLessThan(around(128.6, 37.6) / 2);
  });
});
