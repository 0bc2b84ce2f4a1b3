/**
 * Historical facts the map must show, one check per row, each with its source and tolerance.
 * A wrong line fails here. Sources: Appleman 1961 and 1989, Mossman 1990, Hermes 1966,
 * Heinl 1968, the Armistice Agreement, the Chinese official history (keys in geo/SOURCES.md).
 */
import type { LineString, MultiLineString, MultiPolygon, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { byId, inPolygon, kmToLine, latAt, load, mainRing, place, sideOf } from './testing.ts';

type P = [number, number];
const lineOf = (file: string, id: string) => (byId(file, id).geometry as LineString).coordinates as P[];
const pointOf = (file: string, id: string) => (byId(file, id).geometry as Point).coordinates as P;
const ringOf = (file: string, id: string) => mainRing(file, id) as P[];
const km = ([x1, y1]: P, [x2, y2]: P) =>
  Math.hypot((x2 - x1) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180), (y2 - y1) * 110.57);
const start = (l: P[]) => l[0]!;
const end = (l: P[]) => l.at(-1)!;

const mdl = lineOf('mdl-1953', 'mdl');
const parallel = lineOf('parallel-38', 'parallel-38');
const front = (date: string) => lineOf('fronts', `front-${date}`);
const arrow = (id: string) => lineOf('arrows', id);
const NORTH = 1;
const SOUTH = -1;

const facts: [string, () => boolean][] = [
  // The division and the armistice line
  ['Kaesong lies south of the 38th parallel', () => place('kaesong')[1] < 38],
  [
    'Kaesong lies north of the final line (it went to the North)',
    () => sideOf(place('kaesong'), mdl) === NORTH,
  ],
  [
    'Ongjin lies south of the parallel but north of the final line',
    () => place('ongjin')[1] < 38 && sideOf(place('ongjin'), mdl) === NORTH,
  ],
  [
    'the final line crosses the 38th parallel',
    () => mdl.some((p) => p[1] < 38) && mdl.some((p) => p[1] > 38),
  ],
  ['Seoul lies south of the final line', () => sideOf(place('seoul'), mdl) === SOUTH],
  ['Munsan lies south of the final line', () => sideOf(place('munsan'), mdl) === SOUTH],
  ['Chorwon (1950 town) stayed south of the final line', () => sideOf(place('chorwon'), mdl) === SOUTH],
  ['Pyongyang lies north of the final line', () => sideOf(place('pyongyang'), mdl) === NORTH],
  [
    'Panmunjom lies within 1.5 km of the final line (Natural Earth generalisation)',
    () => kmToLine(place('panmunjom'), mdl) < 1.5,
  ],
  ['Panmunjom lies inside the DMZ band', () => inPolygon(place('panmunjom'), ringOf('mdl-1953', 'dmz'))],
  [
    'the DMZ reaches about 2 km from the line',
    () => {
      const mid = mdl[Math.floor(mdl.length / 2)]!;
      const d = Math.min(...ringOf('mdl-1953', 'dmz').map((p) => km(p, mid)));
      return d > 1.5 && d < 2.5;
    },
  ],
  [
    'the final line ends on the east coast north of Kansong (38.38°N)',
    () => end(mdl)[1] > 38.5 && end(mdl)[0] > 128.3,
  ],
  [
    'the final line begins at the Han estuary, west of Munsan',
    () => start(mdl)[0] < place('munsan')[0] && start(mdl)[1] < 37.9,
  ],
  [
    'the parallel runs from the west coast (Ongjin) to the east coast',
    () => start(parallel)[0] < 125.3 && end(parallel)[0] > 128.6,
  ],

  // 1950: the perimeter
  [
    'the August perimeter holds Pusan',
    () => inPolygon(place('pusan'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-08-04')),
  ],
  [
    'the August perimeter holds Taegu',
    () => inPolygon(place('taegu'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-08-04')),
  ],
  [
    'the September perimeter holds Pusan',
    () => inPolygon(place('pusan'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-09-15')),
  ],
  [
    'the September perimeter still holds Taegu',
    () => inPolygon(place('taegu'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-09-15')),
  ],
  [
    'the perimeter holds Masan',
    () => inPolygon(place('masan'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-08-04')),
  ],
  [
    'Taejon lies outside the perimeter (lost 20 July)',
    () => !inPolygon(place('taejon'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-08-04')),
  ],
  [
    'Pohang was inside in August and lost by mid-September',
    () =>
      inPolygon(place('pohang'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-08-04')) &&
      !inPolygon(place('pohang'), ringOf('pusan-perimeter', 'pusan-perimeter-1950-09-15')),
  ],
  [
    'the August line passes Waegwan on the Naktong (within 3 km)',
    () => kmToLine(place('waegwan'), front('1950-08-04')) < 3,
  ],
  [
    'the August line follows the Naktong valley between 35.4°N and 36.0°N',
    () =>
      front('1950-08-04')
        .filter((p) => p[1] > 35.4 && p[1] < 36.0)
        .every((p) => p[0] > 128.25 && p[0] < 128.6),
  ],
  [
    'the September perimeter is smaller than the August one',
    () =>
      area(ringOf('pusan-perimeter', 'pusan-perimeter-1950-09-15')) <
      area(ringOf('pusan-perimeter', 'pusan-perimeter-1950-08-04')),
  ],

  // 1950: Inchon and the advance north
  [
    'the Inchon approach ends at Wolmi-do / Red Beach (within 2 km)',
    () => km(end(arrow('inchon-1950-09-15')), place('wolmi-do')) < 2,
  ],
  [
    'the Inchon approach comes in from the Yellow Sea (west)',
    () => start(arrow('inchon-1950-09-15'))[0] < 126.2,
  ],
  [
    'Green Beach is on Wolmi-do (within 1 km)',
    () => km(pointOf('inchon', 'green-beach'), place('wolmi-do')) < 1,
  ],
  [
    'the advance from Inchon reaches Seoul',
    () => km(end(lineOf('inchon', 'advance-kimpo-seoul')), place('seoul')) < 6,
  ],
  [
    'the breakout heads north-west, towards Osan and the X Corps link-up',
    () =>
      km(end(arrow('breakout-1950-09-osan')), place('osan')) < 5 &&
      start(arrow('breakout-1950-09-osan'))[1] < end(arrow('breakout-1950-09-osan'))[1],
  ],
  [
    'the UN advance reaches Pyongyang (19 October)',
    () => km(end(arrow('un-advance-1950-10-pyongyang')), place('pyongyang')) < 10,
  ],
  [
    'the ROK 6th Division reaches the Yalu at Chosan, ahead of the 26 October line',
    () =>
      km(end(arrow('un-advance-1950-10-chosan')), place('chosan')) < 5 &&
      kmToLine(place('chosan'), front('1950-10-26')) > 20,
  ],
  [
    'Pyongyang lies behind (south of) the 24 November line',
    () => sideOf(place('pyongyang'), front('1950-11-24')) === SOUTH,
  ],
  [
    'the 24 November line reaches Hyesanjin on the Yalu (within 15 km)',
    () => kmToLine(place('hyesan'), front('1950-11-24')) < 15,
  ],
  [
    'the 24 November line passes the Chosin Reservoir (within 15 km)',
    () => kmToLine(place('chosin-reservoir'), front('1950-11-24')) < 15,
  ],

  // The Chinese intervention
  [
    'the Andong crossing sits on the Yalu at Sinuiju (within 8 km)',
    () => km(pointOf('pva-crossings', 'crossing-andong'), place('sinuiju')) < 8,
  ],
  [
    'the Ji’an crossing sits on the Yalu at Manpo (within 8 km)',
    () => km(pointOf('pva-crossings', 'crossing-jian'), place('manpo')) < 8,
  ],
  [
    'every crossing sits on the China–North Korea border (within 2 km)',
    () =>
      load('pva-crossings')
        .features.filter((f) => f.properties!.kind === 'crossing')
        .every(
          (f) => kmToLine((f.geometry as Point).coordinates as P, lineOf('borders', 'border-chn-prk')) < 2,
        ),
  ],
  [
    'crossing arrows run from the Chinese bank south-east into Korea',
    () =>
      ['arrow-andong', 'arrow-changdian', 'arrow-jian'].every((id) => {
        const l = lineOf('pva-crossings', id);
        return end(l)[1] < start(l)[1] && end(l)[0] > start(l)[0];
      }),
  ],
  [
    'the November offensive at the Chongchon drives south',
    () =>
      end(arrow('pva-offensive-1950-11-chongchon'))[1] < start(arrow('pva-offensive-1950-11-chongchon'))[1],
  ],
  [
    'the Hungnam evacuation leaves Hungnam and goes south by sea to Pusan',
    () =>
      km(start(arrow('hungnam-1950-12')), place('hungnam')) < 15 &&
      km(end(arrow('hungnam-1950-12')), place('pusan')) < 20,
  ],

  // 1951
  [
    'the January 1951 line runs south of Seoul',
    () => latAt(front('1951-01-24'), place('seoul')[0]) < place('seoul')[1],
  ],
  [
    'the January 1951 line runs near 37°N (36.7–37.6°N throughout)',
    () => front('1951-01-24').every((p) => p[1] > 36.7 && p[1] < 37.6),
  ],
  [
    'the January 1951 line passes Pyongtaek (within 10 km)',
    () => kmToLine(place('pyongtaek'), front('1951-01-24')) < 10,
  ],
  [
    'the January 1951 line keeps Taejon behind it',
    () => sideOf(place('taejon'), front('1951-01-24')) === SOUTH,
  ],
  [
    'the third-phase offensive takes Seoul (4 January)',
    () => km(end(arrow('pva-offensive-1951-01-seoul')), place('seoul')) < 6,
  ],
  [
    'Kaesong lies north of the July 1951 front (talks opened there)',
    () => sideOf(place('kaesong'), front('1951-07-10')) === NORTH,
  ],
  [
    'Chorwon lies south of the July 1951 front (Line Wyoming)',
    () => sideOf(place('chorwon'), front('1951-07-10')) === SOUTH,
  ],
  [
    'the July 1951 front runs close to the final line (within 20 km at Chorwon)',
    () => Math.abs(latAt(front('1951-07-10'), 127.21) - latAt(mdl, 127.21)) < 0.18,
  ],

  // The coast where the camera goes close (GSHHG full resolution round Inchon)
  [
    'Inchon, Kimpo and Seoul stand on land',
    () => ['inchon', 'kimpo', 'seoul'].every((id) => onLand(place(id))),
  ],
  ['Flying Fish Channel below Palmi-do is open water', () => !onLand([126.45, 37.3])],
  [
    'every vertex of the Inchon approach but the last lies on water',
    () =>
      arrow('inchon-1950-09-15')
        .slice(0, -1)
        .every((p) => !onLand(p)),
  ],
  [
    'Kanghwa-do is an island, apart from the mainland',
    () => onLand([126.45, 37.7]) && !onLand([126.55, 37.62]),
  ],

  // Rivers
  ['the Naktong passes Waegwan (within 3 km)', () => kmToRiver('naktong', place('waegwan')) < 3],
  [
    'the Han runs through Seoul, south of the old centre (within 6 km)',
    () => kmToRiver('han', place('seoul')) < 6,
  ],
  ['the Taedong passes Pyongyang (within 3 km)', () => kmToRiver('taedong', place('pyongyang')) < 3],
  [
    'the Yalu passes Sinuiju and Manpo (within 4 km)',
    () => kmToRiver('yalu', place('sinuiju')) < 4 && kmToRiver('yalu', place('manpo')) < 4,
  ],
  ['the Chongchon passes Kunu-ri (within 6 km)', () => kmToRiver('chongchon', place('kunu-ri')) < 6],
  [
    'the Imjin reaches the Han estuary near the final line’s western end (within 5 km)',
    () => kmToRiver('imjin', start(mdl)) < 5,
  ],
  [
    'the Chinese crossings sit on the Yalu river itself (within 3 km)',
    () =>
      ['crossing-andong', 'crossing-changdian', 'crossing-jian'].every(
        (id) => kmToRiver('yalu', pointOf('pva-crossings', id)) < 3,
      ),
  ],
  [
    'the August perimeter line follows the Naktong between Namji and Waegwan (every vertex within 6 km)',
    () =>
      front('1950-08-04')
        .filter((p) => p[1] > 35.4 && p[1] < 35.99)
        .every((p) => kmToRiver('naktong', p) < 6),
  ],

  // The invasion
  ...['ongjin', 'kaesong', 'uijongbu', 'chunchon', 'east-coast'].map((prong): [string, () => boolean] => [
    `the ${prong} prong of 25 June crosses the parallel southward`,
    () => {
      const l = arrow(`invasion-1950-06-${prong}`);
      return start(l)[1] > 38 && end(l)[1] < 38;
    },
  ]),
  [
    'the Kaesong and Uijongbu prongs converge on Seoul',
    () =>
      km(end(arrow('invasion-1950-06-kaesong')), place('seoul')) < 6 &&
      km(end(arrow('invasion-1950-06-uijongbu')), place('seoul')) < 6,
  ],
  // 1951: Ridgway's counteroffensive, the spring offensives; 1953: the last offensive
  [
    'the counteroffensive starts south of Seoul near the January 1951 line (~37°N) and passes Seoul',
    () =>
      start(arrow('un-counteroffensive-1951-seoul'))[1] < 37.1 &&
      arrow('un-counteroffensive-1951-seoul').some((p) => km(p, place('seoul')) < 5),
  ],
  [
    'the counteroffensive ends near the 38th parallel at the end of March 1951',
    () =>
      Math.abs(end(arrow('un-counteroffensive-1951-seoul'))[1] - 38) < 0.2 &&
      Math.abs(end(arrow('un-counteroffensive-1951-central'))[1] - 38) < 0.2,
  ],
  [
    'Chipyong-ni lies between the two counteroffensive axes',
    () => place('chipyong-ni')[0] > 127.0 && place('chipyong-ni')[0] < 127.95,
  ],
  [
    'the April 1951 offensive toward Seoul is stopped north of the city',
    () => end(arrow('pva-offensive-1951-04-imjin'))[1] > place('seoul')[1],
  ],
  [
    'the Kapyong thrust ends at Kapyong',
    () => km(end(arrow('pva-offensive-1951-04-kapyong')), place('kapyong')) < 2,
  ],
  ['Kumsong (1950 town) went to the North', () => sideOf(place('kumsong'), mdl) === NORTH],
  [
    'the July 1953 Kumsong offensive ends at the final line, within 5 km of it',
    () => kmToLine(end(arrow('pva-offensive-1953-07')), mdl) < 5,
  ],
  [
    'Koje-do, the prisoner-of-war island, is an island off the south coast',
    () => onLand(place('koje-do')) && place('koje-do')[1] < 35,
  ],
];

/** On land: inside some land polygon's outer ring and none of its holes. */
function onLand(p: P): boolean {
  const polygons = (byId('land', 'land').geometry as MultiPolygon).coordinates as P[][][];
  return polygons.some((poly) => inPolygon(p, poly[0]!) && !poly.slice(1).some((hole) => inPolygon(p, hole)));
}

function kmToRiver(id: string, p: P): number {
  const lines = (byId('rivers', id).geometry as MultiLineString).coordinates as P[][];
  return Math.min(...lines.map((l) => kmToLine(p, l)));
}

function area(ring: P[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++)
    s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return Math.abs(s / 2);
}

describe('historical facts on the map', () => {
  it('has at least 40 of them', () => expect(facts.length).toBeGreaterThanOrEqual(40));
  it.each(facts)('%s', (_name, holds) => expect(holds()).toBe(true));
});

/** The places the story names, each with English (war-era and modern) and Korean names. */
const REQUIRED_PLACES = [
  'seoul',
  'pyongyang',
  'pusan',
  'taegu',
  'taejon',
  'masan',
  'pohang',
  'waegwan',
  'inchon',
  'wolmi-do',
  'kimpo',
  'osan',
  'kaesong',
  'panmunjom',
  'wonsan',
  'hungnam',
  'chosin-reservoir',
  'hagaru-ri',
  'kunu-ri',
  'unsan',
  'chipyong-ni',
  'sinuiju',
  'andong',
  'chosan',
  'hyesan',
  'kapyong',
  'hoengsong',
  'pyonggang',
  'kumsong',
  'koje-do',
];

describe('the gazetteer', () => {
  it.each(REQUIRED_PLACES)('%s has names in both romanisations and Hangul, and a source', (id) => {
    const props = byId('places', id).properties!;
    expect(props.name_en).toMatch(/^[A-Z]/);
    expect(props.name_rr).toMatch(/^[A-Z]/);
    expect(props.name_ko).toMatch(/[\uAC00-\uD7A3]/);
    expect(props.source).toBeTruthy();
  });
});
