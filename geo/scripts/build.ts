/**
 * `npx tsx geo/scripts/build.ts` (or `npm run geo`) — rebuilds every GeoJSON layer in
 * geo/layers/ from its sources, deterministically (same input, byte-identical output).
 *
 * - land, borders, mdl-1953, parallel-38: Natural Earth 1:10m (public domain) from the
 *   `world-atlas` package (2.0.2), clipped, simplified and derived here.
 * - fronts, pusan-perimeter, inchon, pva-crossings, arrows: hand-digitised in historical.ts.
 * - places: gazetteer in places.ts.
 * - fronts-resampled, masks: derived from the layers above, for fronts that morph one into the
 *   next (morphFront.ts, masks.ts).
 * See geo/SOURCES.md for provenance and accuracy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import polygonClipping, {
  type MultiPolygon as PcMultiPolygon,
  type Polygon as PcPolygon,
} from 'polygon-clipping';
import { feature, mesh } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import {
  band,
  clipLine,
  clipRing,
  inRing,
  nearestOnLine,
  ringAreaKm2,
  roundLine,
  roundRing,
  selfCrossings,
  simplify,
  type Box,
  type Position,
} from './geometry.ts';
import { endLabel, unitLabelPoints, withLabelGuide } from './labelGuides.ts';
import { ARROWS, FRONTS, INCHON, PERIMETERS, PVA_CROSSINGS, type Arrow } from './historical.ts';
import { MANIFEST } from './manifest.ts';
import { PLACES, at } from './places.ts';
import { DETAIL_BOX, landRings } from './coast.ts';
import { koreaRegion } from './koreaRegion.ts';
import { masks } from './masks.ts';
import { morphFront } from './morphFront.ts';
import { checkMouths, namedRivers, readGmt } from './rivers.ts';
import { THEATRE_BOX } from './theatreBox.ts';
import { THEATRE_NAMES } from './theatreNames.ts';
import { ARROW_UNITS } from './arrowUnits.ts';

/** The theatre of the war: every hand-digitised vertex lies inside it. */
const THEATRE: Box = [123.5, 33.0, 131.5, 43.2];
/**
 * Land and borders are clipped to a wider frame than the theatre, so that a wide screen fitted
 * to the peninsula still sees coasts of China and Japan at its edges, never a straight cut.
 */
const FRAME: Box = [114, 27, 142, 48];
/** Douglas–Peucker tolerance for coasts and borders, degrees (~200 m; the 10m data's grid is ~400 m). */
const TOLERANCE = 0.002;
/** Rivers keep more detail (~80 m): the camera goes close along the Naktong and at Inchon. */
const RIVER_TOLERANCE = 0.0008;
/** Inside the Inchon detail box: ~20 m, and islets down to 0.02 km² (Wolmi-do is 0.6 km²). */
const DETAIL_TOLERANCE = 0.0002;
const MIN_DETAIL_ISLAND_KM2 = 0.02;
/** Islands smaller than this (km²) are dropped. */
const MIN_ISLAND_KM2 = 1;
const DMZ_HALF_WIDTH_KM = 2;

/** Output folder; `GEO_OUT` redirects a rebuild (the test that compares it with the committed files). */
const OUT = process.env.GEO_OUT
  ? pathToFileURL(`${process.env.GEO_OUT}/`)
  : new URL('../layers/', import.meta.url);
const require = createRequire(import.meta.url);
type Topology = Parameters<typeof mesh>[0];
const topology = (file: string): Topology => JSON.parse(readFileSync(file, 'utf8')) as Topology;

// ── Output ───────────────────────────────────────────────────────────────────
/** Property order in every file (unknown keys would come last, alphabetically). */
const KEY_ORDER = [
  'id',
  'name_en',
  'name_ko',
  'name_rr',
  'unit_en',
  'unit_ko',
  'unit_short_en',
  'unit_short_ko',
  'unit_side',
  'kind',
  'side',
  'group',
  'rank',
  'date',
  'date_end',
  'head',
  'body',
  'tail',
  'source',
  'label_of',
  'label_anchor',
  'label_offset',
  'label_rank',
  'label_guided',
];
type Props = Record<string, string | number | boolean | number[] | number[][] | undefined>;

function feat(geometry: Geometry, props: Props & { id: string }): Feature {
  const rank = (k: string) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);
  const keys = Object.keys(props)
    .filter((k) => props[k] !== undefined)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { type: 'Feature', properties: Object.fromEntries(keys.map((k) => [k, props[k]])), geometry };
}
const point = (p: Position): Geometry => ({ type: 'Point', coordinates: roundLine([p])[0]! });
const line = (coords: Position[]): Geometry => ({ type: 'LineString', coordinates: roundLine(coords) });
const guideLine = (coords: Position[], props: Props & { id: string }) => feat(line(coords), props);
const guidePoint = (at: Position, props: Props & { id: string }) => feat(point(at), props);
/** Arrows, then one point per formation for its name (labelGuides.ts). */
const withUnitLabels = (arrows: Feature[]) => [...arrows, ...unitLabelPoints(arrows, guidePoint)];
const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [roundRing(ring)] });

/** One feature per line (and one part per line for multi-geometries): small diffs. */
function serialise(f: Feature): string {
  const g = f.geometry;
  if (g.type !== 'MultiPolygon' && g.type !== 'MultiLineString') return JSON.stringify(f);
  const head = JSON.stringify({ ...f, geometry: { type: g.type, coordinates: [] } }).slice(0, -4);
  return `${head}[\n${g.coordinates.map((c) => JSON.stringify(c)).join(',\n')}\n]}}`;
}

const summary: string[] = [];
/** What each written file holds, for the manifest. */
const written = new Map<string, { features: number; dates: string[] }>();
function write(name: string, features: Feature[]): void {
  const ids = features.map((f) => f.properties!.id as string);
  if (new Set(ids).size !== ids.length) throw new Error(`${name}: duplicate ids`);
  const text = `{"type":"FeatureCollection","features":[\n${features.map(serialise).join(',\n')}\n]}\n`;
  const parsed = JSON.parse(text) as FeatureCollection; // fail here rather than in the browser
  if (parsed.features.length !== features.length) throw new Error(`${name}: serialisation lost features`);
  writeFileSync(new URL(`${name}.geojson`, OUT), text);
  const bytes = Buffer.byteLength(text);
  const dates = features.flatMap((f) => [f.properties!.date, f.properties!.date_end]);
  written.set(name, {
    features: features.length,
    dates: [...new Set(dates.filter((d): d is string => typeof d === 'string'))].sort(),
  });
  summary.push(
    `${name.padEnd(16)} ${String(features.length).padStart(3)} features ${String(bytes).padStart(8)} bytes`,
  );
}

/** The formation written beside arrow `id` (arrowUnits.ts); every entry there must be used. */
const unitsUsed = new Set<string>();
function unitOf(id: string): Props {
  const unit = ARROW_UNITS[id];
  if (!unit) return {};
  unitsUsed.add(id);
  return {
    unit_en: unit.en,
    unit_ko: unit.ko,
    ...(unit.short ? { unit_short_en: unit.short.en, unit_short_ko: unit.short.ko } : {}),
    ...(unit.side ? { unit_side: unit.side } : {}),
  };
}

/** Every hand-digitised vertex must lie in the theatre: catches swapped lon/lat and typos. */
function inTheatre(where: string, coords: Position[]): Position[] {
  const [w, s, e, n] = THEATRE;
  for (const [x, y] of coords)
    if (!(x >= w && x <= e && y >= s && y <= n))
      throw new Error(`${where}: [${x}, ${y}] is outside the theatre`);
  return coords;
}

// ── Natural Earth: land ──────────────────────────────────────────────────────
const landTopo = topology(require.resolve('world-atlas/land-10m.json'));
const countries = topology(require.resolve('world-atlas/countries-10m.json'));

const polygonsOf = (fc: FeatureCollection): Position[][][] =>
  fc.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
  });

const land: Position[][][] = [];
for (const poly of polygonsOf(feature(landTopo, landTopo.objects.land!) as FeatureCollection)) {
  // Outer ring first, then holes; a ring that is clipped away, too small or degenerate goes.
  const rings = poly
    .map((r) => clipRing(r, FRAME))
    .map((r) => (r.length && ringAreaKm2(r) >= MIN_ISLAND_KM2 ? roundRing(simplify(r, TOLERANCE)) : []));
  if (rings[0]!.length) land.push(rings.filter((r) => r.length));
}
// Round Inchon, where the camera goes close, GSHHG's full-resolution coast replaces Natural Earth.
const detail = landRings(readGmt(new URL('../sources/gshhg-coast-inchon.txt', import.meta.url)))
  .filter((r) => ringAreaKm2(r) >= MIN_DETAIL_ISLAND_KM2)
  .map((r) => [simplify(r, DETAIL_TOLERANCE)]);
const [dw, ds, de, dn] = DETAIL_BOX;
const detailFrame: PcPolygon = [
  [
    [dw, ds],
    [de, ds],
    [de, dn],
    [dw, dn],
    [dw, ds],
  ],
];
const landOut = polygonClipping
  .union(polygonClipping.difference(land as PcMultiPolygon, detailFrame), detail as PcMultiPolygon)
  .map((poly) => poly.map((r) => roundRing(r as Position[])));
write('land', [
  feat(
    { type: 'MultiPolygon', coordinates: landOut },
    { id: 'land', name_en: 'Land', name_ko: '육지', source: 'natural-earth' },
  ),
]);

/** The land polygons whose bounding box meets the given ring's (keeps the intersection quick). */
function landNear(ring: Position[]): PcMultiPolygon {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return land.filter((poly) =>
    poly[0]!.some(([x, y]) => x >= w - 1 && x <= e + 1 && y >= s - 1 && y <= n + 1),
  ) as PcMultiPolygon;
}

// ── Natural Earth: borders ───────────────────────────────────────────────────
type Country = { id?: string | number };
const ISO3: Record<string, [code: string, en: string, ko: string]> = {
  '156': ['chn', 'China', '중국'],
  '408': ['prk', 'North Korea', '북한'],
  '410': ['kor', 'South Korea', '한국'],
  '643': ['rus', 'Russia', '러시아'],
};
const ROK = '410';
const DPRK = '408';
const countryGeoms = (countries.objects.countries as unknown as { geometries: Country[] }).geometries;
const meshOf = (x: string, y: string): Position[][] =>
  (
    mesh(
      countries,
      countries.objects.countries as Parameters<typeof mesh>[1],
      (a: Country, b: Country) => (a.id === x && b.id === y) || (a.id === y && b.id === x),
    ) as MultiLineString
  ).coordinates as Position[][];

/** Chain pieces that share end points into as few lines as possible. */
function chain(pieces: Position[][]): Position[][] {
  const lines = pieces.map((p) => [...p]);
  const eq = (a: Position, b: Position) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < lines.length && !merged; i++)
      for (let j = 0; j < lines.length && !merged; j++) {
        if (i === j) continue;
        const [a, b] = [lines[i]!, lines[j]!];
        const joined = eq(a.at(-1)!, b[0]!)
          ? [...a, ...b.slice(1)]
          : eq(a.at(-1)!, b.at(-1)!)
            ? [...a, ...[...b].reverse().slice(1)]
            : null;
        if (joined) {
          lines[i] = joined;
          lines.splice(j, 1);
          merged = true;
        }
      }
  }
  return lines;
}

// Every land border that enters the theatre, except the inter-Korean line (that is the MDL:
// mdl-1953), clipped to the frame and drawn west → east.
const borders: Feature[] = [];
const ids = [...new Set(countryGeoms.map((g) => String(g.id)))].filter((id) => id in ISO3).sort();
for (const x of ids)
  for (const y of ids) {
    if (x >= y || (x === DPRK && y === ROK)) continue;
    const pieces = chain(meshOf(x, y));
    if (!pieces.some((l) => clipLine(l, THEATRE).length)) continue;
    const [cx, ex, kx] = ISO3[x]!;
    const [cy, ey, ky] = ISO3[y]!;
    const parts = pieces
      .flatMap((l) => clipLine(l, FRAME))
      .map((l) => roundLine(simplify(l[0]![0] <= l.at(-1)![0] ? l : [...l].reverse(), TOLERANCE)))
      .filter((l) => l.length > 1)
      .sort((a, b) => a[0]![0] - b[0]![0] || a[0]![1] - b[0]![1]);
    parts.forEach((l, i) =>
      borders.push(
        feat(line(l), {
          id: `border-${cx}-${cy}${parts.length > 1 ? `-${i + 1}` : ''}`,
          name_en: `${ex}–${ey} border`,
          name_ko: `${kx}–${ky} 국경`,
          kind: 'international',
          source: 'natural-earth',
        }),
      ),
    );
  }
write('borders', borders);

// ── Natural Earth: the 1953 Military Demarcation Line and the DMZ ────────────
// Natural Earth's inter-Korean boundary follows the MDL on land; there is no agreed line on the
// water west of the Han River estuary, and Natural Earth draws none.
const mdlPieces = chain(meshOf(DPRK, ROK));
if (mdlPieces.length !== 1) throw new Error(`MDL: expected one line, got ${mdlPieces.length}`);
let mdl = roundLine(mdlPieces[0]!);
if (mdl[0]![0] > mdl.at(-1)![0]) mdl = mdl.reverse(); // west → east
const dmz = polygon(band(mdl, DMZ_HALF_WIDTH_KM));
const crossings = selfCrossings(dmz.coordinates[0] as Position[]);
if (crossings.length) throw new Error(`DMZ ring crosses itself at segments ${JSON.stringify(crossings)}`);
const mdlFeature = feat(line(inTheatre('mdl', mdl)), {
  id: 'mdl',
  name_en: 'Military Demarcation Line',
  name_ko: '군사분계선',
  date: '1953-07-27',
  source: 'natural-earth',
});
write('mdl-1953', [
  ...withLabelGuide(mdlFeature, guideLine),
  ...endLabel(mdlFeature, guidePoint),
  feat(dmz, {
    id: 'dmz',
    name_en: 'Demilitarized Zone (2 km each side of the line)',
    name_ko: '비무장지대 (군사분계선 남북 각 2km)',
    date: '1953-07-27',
    source: 'armistice-1953',
  }),
]);

// ── The 38th parallel, from where it meets the west coast to the east coast ──
// Crossings of lat 38° with the ring of the mainland (the polygon holding Seoul), on the peninsula.
const mainland = land.find((p) => inRing(at('seoul'), p[0]!))![0]!;
const xs: number[] = [];
for (let i = 0; i < mainland.length - 1; i++) {
  const [a, b] = [mainland[i]!, mainland[i + 1]!];
  if ((a[1] - 38) * (b[1] - 38) < 0) {
    const x = a[0] + ((38 - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
    if (x > 124 && x < 130) xs.push(x);
  }
}
const [west38, east38] = [Math.min(...xs), Math.max(...xs)];
// Vertices every quarter degree (at round longitudes) so the line can be drawn progressively.
const parallel: Position[] = [[west38, 38]];
for (let x = Math.ceil(west38 * 4) / 4; x < east38; x += 0.25) if (x > west38) parallel.push([x, 38]);
parallel.push([east38, 38]);
const parallelFeature = feat(line(parallel), {
  id: 'parallel-38',
  name_en: '38th parallel',
  name_ko: '북위 38도선',
  date: '1945-08-15',
  source: 'matray-ore',
});
write('parallel-38', [parallelFeature, ...endLabel(parallelFeature, guidePoint)]);

// ── Rivers: GSHHG/WDBII (extracted by extract-gshhg.sh), named by the towns they pass ──
const rivers = namedRivers(readGmt(new URL('../sources/gshhg-rivers.txt', import.meta.url)));
checkMouths(rivers, landOut); // each river reaches the coast this build draws
write(
  'rivers',
  rivers.map(({ river, lines, source }) =>
    feat(
      {
        type: 'MultiLineString',
        coordinates: lines
          .flatMap((l) => clipLine(l, THEATRE))
          .map((l) => roundLine(simplify(l, RIVER_TOLERANCE)))
          .filter((l) => l.length > 1),
      },
      { id: river.id, name_en: river.en, name_ko: river.ko, name_rr: river.rr, source },
    ),
  ),
);

// ── Hand-digitised history ───────────────────────────────────────────────────
const fronts = [
  feat(line(parallel), {
    id: 'front-1950-06-25',
    name_en: 'The 38th parallel when the war began, 25 June 1950',
    name_ko: '개전 당시의 38도선, 1950년 6월 25일',
    date: '1950-06-25',
    source: 'appleman-1961',
  }),
  ...FRONTS.map((f) =>
    feat(line(inTheatre(f.date, f.line)), {
      id: `front-${f.date}`,
      name_en: f.en,
      name_ko: f.ko,
      date: f.date,
      source: f.source,
    }),
  ),
];
write(
  'fronts',
  fronts.flatMap((f) => [...withLabelGuide(f, guideLine), ...endLabel(f, guidePoint)]),
);

// Each perimeter polygon: its front line (same vertices), then round the coast back to its start.
write(
  'pusan-perimeter',
  PERIMETERS.map(({ date, en, ko, coast }) => {
    const front = FRONTS.find((f) => f.date === date)!;
    const ring = polygon(inTheatre(`perimeter ${date}`, [...front.line, ...coast]));
    if (selfCrossings(ring.coordinates[0] as Position[]).length)
      throw new Error(`perimeter ${date} crosses itself`);
    // Held ground is land: cut the hand-drawn ring (which runs a little out to sea) to the coast.
    const onLand = polygonClipping.intersection(
      ring.coordinates as PcPolygon,
      landNear(ring.coordinates[0] as Position[]),
    );
    const held: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: onLand
        .filter((poly) => ringAreaKm2(poly[0] as Position[]) >= MIN_ISLAND_KM2)
        .map((poly) => poly.map((r) => roundRing(r as Position[]))),
    };
    return feat(held, {
      id: `pusan-perimeter-${date}`,
      name_en: en,
      name_ko: ko,
      date,
      source: front.source,
    });
  }),
);

write(
  'inchon',
  withUnitLabels(
    INCHON.map((f) =>
      feat(f.at ? point(inTheatre(f.id, [f.at])[0]!) : line(inTheatre(f.id, f.line!)), {
        id: f.id,
        name_en: f.en,
        name_ko: f.ko,
        ...unitOf(f.id),
        kind: f.kind,
        date: f.date,
        date_end: f.dateEnd,
        source: 'heinl-1968',
      }),
    ),
  ),
);

// Each crossing is snapped onto Natural Earth's China–North Korea border (the Yalu), so the
// arrows cross the drawn border exactly at the crossing point.
const yalu = borders.find((f) => f.properties!.id === 'border-chn-prk')!.geometry as LineString;
const crossingsOnYalu = PVA_CROSSINGS.map((c) => {
  const snap = nearestOnLine(c.at, yalu.coordinates as Position[]);
  if (snap.km > 5) throw new Error(`crossing ${c.id} is ${snap.km.toFixed(1)} km from the Yalu`);
  return { ...c, at: snap.at };
});
write('pva-crossings', [
  ...crossingsOnYalu.map((c) =>
    feat(point(inTheatre(c.id, [c.at])[0]!), {
      id: `crossing-${c.id}`,
      name_en: `Yalu crossing: ${c.en}`,
      name_ko: `압록강 도하: ${c.ko}`,
      kind: 'crossing',
      side: 'pva',
      date: '1950-10-19',
      source: 'ams-2000',
    }),
  ),
  ...withUnitLabels(
    crossingsOnYalu.map((c) =>
      feat(line(inTheatre(c.id, [c.tail, c.at, c.head])), {
        id: `arrow-${c.id}`,
        name_en: `Chinese People's Volunteers cross the Yalu: ${c.en}, 19 October 1950`,
        name_ko: `중국 인민지원군 압록강 도하: ${c.ko}, 1950년 10월 19일`,
        ...unitOf(`arrow-${c.id}`),
        kind: 'arrow',
        side: 'pva',
        group: 'pva-crossings-1950-10-19',
        date: '1950-10-19',
        source: 'ams-2000',
      }),
    ),
  ),
]);

write(
  'arrows',
  withUnitLabels(
    ARROWS.map((a: Arrow) =>
      feat(line(inTheatre(a.id, a.line)), {
        id: a.id,
        name_en: a.en,
        name_ko: a.ko,
        ...unitOf(a.id),
        side: a.side,
        group: a.group,
        date: a.date,
        date_end: a.dateEnd,
        source: a.source,
      }),
    ),
  ),
);

write(
  'places',
  PLACES.map((p) =>
    feat(point(inTheatre(p.id, [p.at])[0]!), {
      id: p.id,
      name_en: p.en,
      name_ko: p.ko,
      name_rr: p.rr,
      rank: p.rank,
      source: 'gazetteer',
    }),
  ),
);

write(
  'theatre-names',
  THEATRE_NAMES.map((n) =>
    feat(point(inTheatre(n.id, [n.at])[0]!), {
      id: n.id,
      name_en: n.en,
      name_ko: n.ko,
      kind: n.kind,
      rank: n.rank,
      source: 'names',
    }),
  ),
);

// ── Derived: fronts that morph, and the masks that keep their tint on Korean land ──
// Korea closed off along the Yalu and Tumen borders and through open water (koreaRegion.ts);
// land split by it into Korean and foreign, the sea as the rest of the box.
const borderLine = (id: string) =>
  (borders.find((f) => f.properties!.id === id)!.geometry as LineString).coordinates as Position[];
const [yaluTumen, lowerTumen] = [borderLine('border-chn-prk'), borderLine('border-prk-rus')];
if (yaluTumen.at(-1)!.join() !== lowerTumen[0]!.join())
  throw new Error('the China–North Korea border does not end where the North Korea–Russia border begins');
const region = koreaRegion([...yaluTumen, ...lowerTumen.slice(1)], THEATRE_BOX, landOut);
const { sea, foreign, korean } = masks(landOut, region, THEATRE_BOX);
const multiPolygon = (polys: Position[][][]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: polys
    .map((poly) => poly.map(roundRing).filter((r) => r.length))
    .filter((poly) => poly.length && poly[0]!.length),
});
write('masks', [
  feat(multiPolygon(sea), {
    id: 'sea-mask',
    name_en: 'Sea in the theatre',
    name_ko: '전역의 바다',
    source: 'natural-earth',
  }),
  feat(multiPolygon(foreign), {
    id: 'foreign-land',
    name_en: 'Land outside Korea in the theatre (China, Russia, Japan)',
    name_ko: '전역 안의 한반도 밖 육지 (중국, 러시아, 일본)',
    source: 'natural-earth',
  }),
]);

/**
 * The same for every front, so a client can morph any front into any other vertex by vertex.
 * `body`, vertices on the front itself: 256 keeps every original vertex within 0.5 km of the
 * resampled line (0.41 km at worst, on the 524 km November 1950 line at 2 km spacing; 192 would
 * give 0.60 km). `ends`, vertices on each extension (`head` and `tail` in the file): room for the
 * 9 legs of the way out of the Han estuary. `coastKm`: the fronts' ends lie up to 2.4 km from
 * Natural Earth's coast, on land or at sea; Korean land that near an end does not block its
 * extension.
 */
const MORPH = { ends: 12, body: 256, coastKm: 2.5 };
const morphed = [...fronts, parallelFeature, mdlFeature].map((f) => {
  const { id, date, source } = f.properties as { id: string; date: string; source: string };
  const front = (f.geometry as LineString).coordinates as Position[];
  const { coordinates, ways } = morphFront(id, front, korean, THEATRE_BOX, MORPH);
  return {
    ways: `  ${id.padEnd(17)} west end: ${ways[0]}, east end: ${ways[1]}`,
    feature: feat(
      { type: 'LineString', coordinates },
      { id, date, head: MORPH.ends, body: MORPH.body, tail: MORPH.ends, source },
    ),
  };
});
write(
  'fronts-resampled',
  morphed.map((m) => m.feature),
);
summary.push(...morphed.map((m) => m.ways));

const unused = Object.keys(ARROW_UNITS).filter((id) => !unitsUsed.has(id));
if (unused.length)
  throw new Error(`arrowUnits.ts names arrows the build does not write: ${unused.join(', ')}`);

const manifest = MANIFEST.map((m) => {
  const file = written.get(m.id);
  if (!file) throw new Error(`manifest lists ${m.id}, which the build did not write`);
  const { id, ...described } = m;
  return { id, file: `${id}.geojson`, ...file, ...described };
});
for (const name of written.keys()) {
  if (!MANIFEST.some((m) => m.id === name)) throw new Error(`${name} is missing from manifest.ts`);
}
writeFileSync(new URL('manifest.json', OUT), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(summary.join('\n'));
