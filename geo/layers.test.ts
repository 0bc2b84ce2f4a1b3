/**
 * The geometry as facts: files parse, ids are unique, coordinates are [lon, lat] in the theatre,
 * and what history says holds on the map. Never fetches: reads geo/layers/ from disk.
 */
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { byId, files, inPolygon, kmToLine, latAt, load, mainRing, place, sideOf } from './testing.ts';

describe('every layer file', () => {
  it.each(files)('%s parses, has unique ids and [lon, lat] coordinates in the frame', (file) => {
    const fc = load(file.replace('.geojson', ''));
    expect(fc.type).toBe('FeatureCollection');
    const ids = fc.features.map((f) => f.properties?.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const coords =
      JSON.stringify(fc.features.map((f) => f.geometry)).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? [];
    for (const pair of coords) {
      const [lon, lat] = pair.split(',').map(Number) as [number, number];
      expect(lon).toBeGreaterThanOrEqual(114);
      expect(lon).toBeLessThanOrEqual(142);
      expect(lat).toBeGreaterThanOrEqual(27);
      expect(lat).toBeLessThanOrEqual(48);
    }
  });
});

describe('historical facts', () => {
  const mdl = (byId('mdl-1953', 'mdl').geometry as LineString).coordinates;
  const parallel = (byId('parallel-38', 'parallel-38').geometry as LineString).coordinates;

  it('Kaesong lies north of the armistice line and Seoul south of it', () => {
    expect(sideOf(place('kaesong'), mdl)).toBe(1);
    expect(sideOf(place('seoul'), mdl)).toBe(-1);
    expect(sideOf(place('munsan'), mdl)).toBe(-1);
    expect(sideOf(place('chorwon'), mdl)).toBe(-1);
  });

  it('Panmunjom sits on the armistice line', () => {
    expect(kmToLine(place('panmunjom'), mdl)).toBeLessThan(1.5);
  });

  it('the armistice line runs south of the parallel in the west and north of it in the east', () => {
    expect(latAt(mdl, 126.7)).toBeLessThan(38);
    expect(latAt(mdl, 128.3)).toBeGreaterThan(38.2);
    expect(mdl[0]![0]).toBeLessThan(126.7);
    expect(mdl.at(-1)![0]).toBeGreaterThan(128.3);
  });

  it('the DMZ band is about 4 km wide around the line', () => {
    const ring = (byId('mdl-1953', 'dmz').geometry as Polygon).coordinates[0]!;
    const onLine = mdl[Math.floor(mdl.length / 2)] as [number, number];
    expect(inPolygon(onLine, ring)).toBe(true);
    expect(inPolygon(place('kaesong'), ring)).toBe(false);
    expect(inPolygon(place('panmunjom'), ring)).toBe(true);
  });

  it('the 38th parallel runs at 38°N from the Ongjin peninsula to the east coast', () => {
    expect(parallel.every((p) => p[1] === 38)).toBe(true);
    expect(parallel[0]![0]).toBeGreaterThan(124.5);
    expect(parallel[0]![0]).toBeLessThan(125.2);
    expect(parallel.at(-1)![0]).toBeGreaterThan(128.5);
    expect(parallel.at(-1)![0]).toBeLessThan(128.8);
  });

  it('the Pusan Perimeter holds Pusan and Taegu, follows the Naktong at Waegwan, and shrank', () => {
    const early = mainRing('pusan-perimeter', 'pusan-perimeter-1950-08-04');
    const late = mainRing('pusan-perimeter', 'pusan-perimeter-1950-09-15');
    for (const ring of [early, late]) {
      expect(inPolygon(place('pusan'), ring)).toBe(true);
      expect(inPolygon(place('taegu'), ring)).toBe(true);
      expect(inPolygon(place('taejon'), ring)).toBe(false);
    }
    const front = (byId('fronts', 'front-1950-08-04').geometry as LineString).coordinates;
    expect(kmToLine(place('waegwan'), front)).toBeLessThan(5);
    expect(inPolygon(place('pohang'), early)).toBe(true);
    expect(inPolygon(place('pohang'), late)).toBe(false);
  });

  it('movement arrows run from tail to head in the direction of the move', () => {
    const kaesong = (byId('arrows', 'invasion-1950-06-kaesong').geometry as LineString).coordinates;
    expect(kaesong[0]![1]).toBeGreaterThan(kaesong.at(-1)![1]); // southward
    const inchon = (byId('arrows', 'inchon-1950-09-15').geometry as LineString).coordinates;
    expect(kmToLine(place('inchon'), inchon.slice(-2))).toBeLessThan(5); // ends at Inchon
    expect(inchon[0]![0]).toBeLessThan(inchon.at(-1)![0]!); // comes in from the Yellow Sea
  });
});
