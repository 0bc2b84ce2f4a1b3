/**
 * The layer manifest: for every file in geo/layers/, what it is, how it was made and from what.
 * `build.ts` writes it out as geo/layers/manifest.json next to the layers, adding the file name,
 * the feature count and the dates the features carry; a test checks that manifest and files
 * match one to one. Source keys are explained in geo/SOURCES.md.
 */
export interface LayerManifest {
  id: string;
  title: { en: string; ko: string };
  method: string;
  sources: string[];
  licence: string;
  /** Where sources disagree, what we chose. */
  disagreements?: string[];
}

const NE = 'Natural Earth: public domain';
const OWN = 'Hand-digitised for this project from the cited works; released with the project';

export const MANIFEST: LayerManifest[] = [
  {
    id: 'land',
    title: { en: 'Land', ko: '육지' },
    method:
      'Natural Earth 1:10m land (world-atlas 2.0.2), clipped to lon 114–142, lat 27–48, islands under 1 km² dropped, Douglas–Peucker 0.002°; round Inchon (lon 125.9–127.3, lat 36.8–37.95) replaced by the GSHHG full-resolution shoreline, closed into polygons and merged with polygon-clipping (Douglas–Peucker 0.0002°, islets down to 0.02 km²).',
    sources: ['natural-earth', 'gshhg'],
    licence: 'Natural Earth: public domain; GSHHG: GNU LGPL',
    disagreements: [
      'Both datasets show present-day coasts: reclaimed land at Inchon (Songdo, the airport on Yongjong-do) did not exist in 1950.',
    ],
  },
  {
    id: 'borders',
    title: { en: 'International borders', ko: '국경' },
    method:
      'Arcs shared by pairs of countries in Natural Earth 1:10m admin-0 (topojson mesh), without the inter-Korean line.',
    sources: ['natural-earth'],
    licence: NE,
  },
  {
    id: 'mdl-1953',
    title: { en: 'Military Demarcation Line and Demilitarized Zone', ko: '군사분계선과 비무장지대' },
    method:
      'The inter-Korean arc of Natural Earth 1:10m admin-0, which follows the MDL on land; the DMZ as a band 2 km each side.',
    sources: ['natural-earth', 'armistice-1953'],
    licence: NE,
    disagreements: [
      'Natural Earth passes about 1.25 km south of the Panmunjom Joint Security Area, which lies on the line: a generalisation of the 1:10m data.',
      'No line is drawn on the Han River estuary, where the agreement sets none (Article I, para. 5).',
    ],
  },
  {
    id: 'parallel-38',
    title: { en: '38th parallel', ko: '북위 38도선' },
    method:
      'Latitude 38°N between the westernmost and easternmost crossings of the Korean mainland in Natural Earth.',
    sources: ['matray-ore', 'natural-earth'],
    licence: NE,
  },
  {
    id: 'fronts',
    title: { en: 'Front lines', ko: '전선' },
    method:
      'Hand-digitised on named towns, rivers and coasts from the campaign maps and narrative of the cited histories.',
    sources: ['appleman-1961', 'appleman-1989', 'mossman-1990', 'hermes-1966'],
    licence: OWN,
    disagreements: [
      'October–November 1950: the UN advance was columns on roads with no continuous front across the Taebaek range; the lines join the furthest points held and are schematic.',
      'August 1950: the perimeter moved daily; the lines follow the dated positions in Appleman rather than later summary maps, which draw a smoother rectangle.',
    ],
  },
  {
    id: 'pusan-perimeter',
    title: { en: 'Pusan Perimeter', ko: '부산 교두보' },
    method:
      'The perimeter front of each date closed a little out to sea round the south-east coast, then intersected with Natural Earth land (polygon-clipping), so only held ground is shaded.',
    sources: ['appleman-1961'],
    licence: OWN,
  },
  {
    id: 'inchon',
    title: { en: 'Inchon landing', ko: '인천 상륙' },
    method:
      'Beaches, airfield and the channel approach from the landing histories; advance lines to Kimpo and Seoul.',
    sources: ['heinl-1968', 'appleman-1961'],
    licence: OWN,
  },
  {
    id: 'pva-crossings',
    title: { en: 'Chinese crossings of the Yalu', ko: '중국 인민지원군의 압록강 도하' },
    method:
      'Crossing points snapped onto the Natural Earth China–North Korea border; arrows from the Chinese bank into Korea.',
    sources: ['ams-2000', 'appleman-1989'],
    licence: OWN,
    disagreements: [
      'The Chinese official history dates the main crossings to the night of 19 October 1950; some Western accounts place advance elements across a few days earlier. The layer carries the 19 October date.',
    ],
  },
  {
    id: 'arrows',
    title: { en: 'Movements', ko: '부대 이동' },
    method: 'Schematic movement arrows drawn tail → head along the roads and corridors the histories name.',
    sources: ['appleman-1961', 'appleman-1989', 'mossman-1990', 'heinl-1968', 'ams-2000'],
    licence: OWN,
  },
  {
    id: 'rivers',
    title: { en: 'Rivers', ko: '강' },
    method:
      'GSHHG/WDBII full-resolution permanent rivers (extracted with GMT by geo/scripts/extract-gshhg.sh): each river is the shortest path through the segment graph from its mouth to its source, bridging reservoir gaps only where it must, and checked against the towns it passes; the Chongchon and the Nam, missing from WDBII, hand-digitised.',
    sources: ['gshhg', 'appleman-1961'],
    licence: 'GSHHG: GNU LGPL; hand-digitised courses released with the project',
    disagreements: [
      'WDBII draws the Sup’ung reservoir on the Yalu as a lake: the line crosses it straight. The Han is the main (South Han) stem; the North Han is not drawn.',
    ],
  },
  {
    id: 'fronts-resampled',
    title: { en: 'Front lines, resampled to morph', ko: '전선 (변형 보간용 재표본)' },
    method:
      'Every front, the 38th parallel and the armistice line, oriented west → east, extended at both ends through water to the edge of the theatre box (lon 122.5–132.5, lat 32.5–43.5) and resampled to the same vertex count: 12 on the extension before the line (`head`), 256 on the line itself (`body`, evenly spaced by arc length, end points unchanged, every original vertex within 0.5 km), 12 after it (`tail`). An extension is a straight line due W/S/N (E/N/S) or on along the end segment where that stays off Korean land beyond 2.5 km from the end; otherwise the shortest way by sea to where such a line is clear, pulled tight (estuaries and island belts), its corners kept. Derived from fronts, parallel-38, mdl-1953, land and borders; no new source.',
    sources: [
      'appleman-1961',
      'appleman-1989',
      'mossman-1990',
      'hermes-1966',
      'matray-ore',
      'natural-earth',
      'gshhg',
    ],
    licence:
      'Derived from the hand-digitised fronts (released with the project) and Natural Earth (public domain); extensions routed against the land layer (GSHHG round Inchon: GNU LGPL)',
    disagreements: [
      'The extensions are a drawing device, not history: they say nothing about who held the sea or the islands.',
      'front-1950-06-25 and parallel-38 are the same line, kept under both ids (dates 1950-06-25 and 1945-08-15).',
    ],
  },
  {
    id: 'masks',
    title: { en: 'Sea and foreign-land masks', ko: '바다와 국외 육지 마스크' },
    method:
      'The theatre box (lon 122.5–132.5, lat 32.5–43.5) minus all land (sea-mask), and the land in the box outside Korea (foreign-land): Korea closed off by the Natural Earth China–North Korea and North Korea–Russia borders and hand-placed lines through open water (the Yalu estuary, south-east from the Tumen mouth, the Korea Strait), checked to touch no land; polygon-clipping. Coasts are the land layer’s own vertices.',
    sources: ['natural-earth', 'gshhg'],
    licence: 'Natural Earth: public domain; GSHHG: GNU LGPL',
  },
  {
    id: 'places',
    title: { en: 'Places', ko: '지명' },
    method:
      'Town positions from public gazetteers, to about 0.01°; war-era McCune–Reischauer spelling (name_en), Revised Romanization (name_rr) and Hangul (name_ko).',
    sources: ['gazetteer'],
    licence: OWN,
  },
  {
    id: 'theatre-names',
    title: { en: 'Names of seas, countries and ranges', ko: '바다·나라·산맥 이름' },
    method:
      'Points placed by hand where each name is written (the middle of its text, in open water or open land at the country scale), not the position of a feature; kind sea, country or range. Names after the naming policy in docs/history.md.',
    sources: ['names'],
    licence: OWN,
  },
];
