import { describe, expect, it } from 'vitest';
import {
  bilinear,
  hillshade,
  mercatorRowLatitudes,
  mercatorY,
  reliefPixel,
  squareRows,
  type Grid,
} from './reliefGrid.ts';

const NW_SUN = { azimuth: 315, altitude: 45 };
const grid = (width: number, height: number, z: (row: number, col: number) => number): Grid => ({
  width,
  height,
  values: Float32Array.from({ length: width * height }, (_, k) => z(Math.floor(k / width), k % width)),
});
const CELL = 1 / 12; // ETOPO5's 5′
const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;

describe('hillshade', () => {
  it('shades flat ground uniformly, at sin(altitude)', () => {
    const shade = hillshade(
      grid(6, 5, () => 300),
      () => 38,
      CELL,
      NW_SUN,
    );
    for (const v of shade) expect(v).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('lights a slope facing the north-west more than one facing the south-east', () => {
    // Row 0 is north: rising to the south-east faces the north-west, and the reverse.
    const facingNw = hillshade(
      grid(8, 8, (r, c) => 40 * (r + c)),
      () => 38,
      CELL,
      NW_SUN,
    );
    const facingSe = hillshade(
      grid(8, 8, (r, c) => -40 * (r + c)),
      () => 38,
      CELL,
      NW_SUN,
    );
    expect(mean(facingNw)).toBeGreaterThan(Math.SQRT1_2);
    expect(mean(facingSe)).toBeLessThan(Math.SQRT1_2);
    // Facing the south-west, across the light: between the two.
    const facingSw = hillshade(
      grid(8, 8, (r, c) => 40 * (c - r)),
      () => 38,
      CELL,
      NW_SUN,
    );
    expect(mean(facingSw)).toBeLessThan(mean(facingNw));
    expect(mean(facingSw)).toBeGreaterThan(mean(facingSe));
  });

  it('measures east–west slopes in metres at the row’s latitude', () => {
    // The same rise per degree of longitude is twice as steep at 60° as at the equator.
    const risingEast = grid(6, 4, (_, c) => 200 * c);
    // An inner cell: the edge cells see half the rise.
    const at = (lat: number) => hillshade(risingEast, () => lat, CELL, NW_SUN)[6 + 2]!;
    const slope = (lat: number) => 200 / (CELL * 111_320 * Math.cos((lat * Math.PI) / 180));
    // Facing west, lit from the north-west: illumination from the exact normal.
    const expected = (s: number) =>
      (s * Math.sin(Math.PI / 4) * Math.SQRT1_2 + Math.SQRT1_2) / Math.hypot(s, 1);
    expect(at(0)).toBeCloseTo(expected(slope(0)), 5);
    expect(at(60)).toBeCloseTo(expected(slope(60)), 5);
    expect(at(60)).toBeGreaterThan(at(0) + 0.01);
  });

  it('exaggerates with the z-factor', () => {
    const slope = grid(6, 6, (r) => 50 * r); // rising to the south: faces north, half lit
    const plain = mean(hillshade(slope, () => 38, CELL, NW_SUN, 1));
    const steep = mean(hillshade(slope, () => 38, CELL, NW_SUN, 10));
    expect(steep - Math.SQRT1_2).toBeGreaterThan(plain - Math.SQRT1_2);
  });
});

describe('mercatorRowLatitudes', () => {
  it('spaces rows evenly in Mercator y, north first, half a row in from each edge', () => {
    const lats = mercatorRowLatitudes(27, 48, 320);
    expect(lats).toHaveLength(320);
    const step = (mercatorY(48) - mercatorY(27)) / 320;
    expect(mercatorY(lats[0]!)).toBeCloseTo(mercatorY(48) - step / 2, 12);
    expect(mercatorY(lats.at(-1)!)).toBeCloseTo(mercatorY(27) + step / 2, 12);
    for (let k = 1; k < lats.length; k++)
      expect(mercatorY(lats[k - 1]!) - mercatorY(lats[k]!)).toBeCloseTo(step, 12);
  });

  it('puts the middle row at the Mercator midpoint, north of the middle latitude', () => {
    // Between 0° and 60° the Mercator midpoint is at 35.3°, not 30°.
    const lats = mercatorRowLatitudes(0, 60, 2);
    const mid = (lats[0]! + lats[1]!) / 2;
    expect(mercatorY((lats[0]! + lats[1]!) / 2)).not.toBeCloseTo(mercatorY(30), 2);
    expect(mid).toBeGreaterThan(30);
    const [y0, y1] = [mercatorY(lats[0]!), mercatorY(lats[1]!)];
    expect((y0 + y1) / 2).toBeCloseTo(mercatorY(60) / 2, 12);
    expect(mercatorRowLatitudes(-10, 10, 1)[0]).toBeCloseTo(0, 12);
  });

  it('counts rows that keep pixels square', () => {
    // At the equator a degree is as tall as it is wide.
    expect(squareRows(-1, 1, 2, 100)).toBe(100);
    expect(squareRows(27, 48, 28, 336)).toBeGreaterThan(300);
  });
});

describe('bilinear', () => {
  const g = grid(3, 2, (r, c) => 10 * r + c);
  it('returns grid values at nodes and blends between them', () => {
    expect(bilinear(g, 2, 1)).toBe(12);
    expect(bilinear(g, 0.5, 0.5)).toBeCloseTo(5.5, 6);
    expect(bilinear(g, -3, 9)).toBe(10); // clamped
  });
});

describe('reliefPixel', () => {
  const tone = { shadow: 0.8, light: 0.4, tint: 0.2, tintTop: 2000 };
  const flat = Math.SQRT1_2;
  it('leaves the sea and flat lowland transparent', () => {
    expect(reliefPixel(0, -30, flat, tone)).toEqual([0, 0]);
    expect(reliefPixel(0, 0, flat, tone)).toEqual([0, 0]);
    expect(reliefPixel(flat, 0.001, flat, tone)[1]).toBeLessThanOrEqual(1);
  });

  it('draws shadow in black and light in white, stronger with the slope', () => {
    const [gDark, aDark] = reliefPixel(0.2, 100, flat, { ...tone, tint: 0 });
    const [gDarker, aDarker] = reliefPixel(0, 100, flat, { ...tone, tint: 0 });
    expect(gDark).toBe(0);
    expect(aDarker).toBeGreaterThan(aDark);
    expect(aDarker).toBe(Math.round(255 * 0.8));
    expect(gDarker).toBe(0);
    const [gLight, aLight] = reliefPixel(1, 100, flat, { ...tone, tint: 0 });
    expect([gLight, aLight]).toEqual([255, Math.round(255 * 0.4)]);
  });

  it('darkens high flat ground with the tint, up to its top', () => {
    expect(reliefPixel(flat, 1000, flat, tone)).toEqual([0, Math.round(255 * 0.1)]);
    expect(reliefPixel(flat, 5000, flat, tone)).toEqual([0, Math.round(255 * 0.2)]);
    // Light over tint: a lighter grey, more opaque than either.
    const [g, a] = reliefPixel(1, 2000, flat, tone);
    expect(g).toBeGreaterThan(0);
    expect(g).toBeLessThan(255);
    expect(a).toBe(Math.round(255 * (0.4 + 0.2 * 0.6)));
  });
});
