/**
 * Gazetteer of the places the story names, [lon, lat] WGS84 to about 0.01° (~1 km).
 *
 * Source key `gazetteer`: positions of the town centres (or, for Kimpo, the airfield; for
 * Chorwon and Kumhwa, the 1950 towns, which lay further north than today's county seats and
 * were destroyed in the war) as given by public gazetteers (GeoNames, the Korean place-name
 * entries of Wikipedia/Encyclopedia of Korean Culture). Written down from that knowledge, not
 * downloaded: check against GeoNames before relying on a position closer than ~1 km.
 *
 * name_en: the McCune–Reischauer-era spellings the war's English literature uses (Pusan, not
 * Busan; Chorwon, not Cheorwon). name_rr: the modern Revised Romanization (Busan, Cheorwon).
 * name_ko: current Hangul. rank: 1 capital or major city,
 * 2 city, 3 town or site.
 */
import type { Position } from './geometry.ts';

export interface Place {
  id: string;
  en: string;
  ko: string;
  /** Revised Romanization (the modern official spelling), e.g. Busan for Pusan. */
  rr: string;
  rank: 1 | 2 | 3;
  at: Position;
}

export const PLACES: Place[] = [
  { id: 'seoul', en: 'Seoul', ko: '서울', rr: 'Seoul', rank: 1, at: [126.978, 37.566] },
  { id: 'pyongyang', en: 'Pyongyang', ko: '평양', rr: 'Pyeongyang', rank: 1, at: [125.754, 39.032] },
  { id: 'pusan', en: 'Pusan', ko: '부산', rr: 'Busan', rank: 1, at: [129.04, 35.115] },
  { id: 'taegu', en: 'Taegu', ko: '대구', rr: 'Daegu', rank: 2, at: [128.601, 35.871] },
  { id: 'taejon', en: 'Taejon', ko: '대전', rr: 'Daejeon', rank: 2, at: [127.42, 36.33] },
  { id: 'inchon', en: 'Inchon', ko: '인천', rr: 'Incheon', rank: 2, at: [126.625, 37.472] },
  { id: 'kaesong', en: 'Kaesong', ko: '개성', rr: 'Gaeseong', rank: 2, at: [126.554, 37.971] },
  { id: 'wonsan', en: 'Wonsan', ko: '원산', rr: 'Wonsan', rank: 2, at: [127.443, 39.153] },
  { id: 'hamhung', en: 'Hamhung', ko: '함흥', rr: 'Hamheung', rank: 2, at: [127.536, 39.918] },
  { id: 'sinuiju', en: 'Sinuiju', ko: '신의주', rr: 'Sinuiju', rank: 2, at: [124.4, 40.1] },
  {
    id: 'andong',
    en: 'Andong (Dandong)',
    ko: '안둥(단둥)',
    rr: 'Dandong (Andong)',
    rank: 2,
    at: [124.38, 40.13],
  },
  { id: 'chunchon', en: 'Chunchon', ko: '춘천', rr: 'Chuncheon', rank: 2, at: [127.73, 37.881] },
  { id: 'wonju', en: 'Wonju', ko: '원주', rr: 'Wonju', rank: 2, at: [127.945, 37.342] },
  { id: 'suwon', en: 'Suwon', ko: '수원', rr: 'Suwon', rank: 2, at: [127.015, 37.28] },
  { id: 'masan', en: 'Masan', ko: '마산', rr: 'Masan', rank: 2, at: [128.572, 35.2] },
  { id: 'pohang', en: 'Pohang', ko: '포항', rr: 'Pohang', rank: 2, at: [129.365, 36.035] },
  { id: 'hungnam', en: 'Hungnam', ko: '흥남', rr: 'Heungnam', rank: 3, at: [127.618, 39.832] },
  { id: 'waegwan', en: 'Waegwan', ko: '왜관', rr: 'Waegwan', rank: 3, at: [128.399, 35.992] },
  { id: 'wolmi-do', en: 'Wolmi-do', ko: '월미도', rr: 'Wolmido', rank: 3, at: [126.597, 37.476] },
  { id: 'kimpo', en: 'Kimpo', ko: '김포', rr: 'Gimpo', rank: 3, at: [126.79, 37.56] },
  { id: 'osan', en: 'Osan', ko: '오산', rr: 'Osan', rank: 3, at: [127.07, 37.15] },
  { id: 'panmunjom', en: 'Panmunjom', ko: '판문점', rr: 'Panmunjeom', rank: 3, at: [126.677, 37.956] },
  {
    id: 'chosin-reservoir',
    en: 'Chosin Reservoir',
    ko: '장진호',
    rr: 'Jangjin Lake',
    rank: 3,
    at: [127.23, 40.47],
  },
  { id: 'manpo', en: 'Manpo', ko: '만포', rr: 'Manpo', rank: 3, at: [126.29, 41.145] },
  { id: 'chosan', en: 'Chosan', ko: '초산', rr: 'Chosan', rank: 3, at: [125.8, 40.82] },
  { id: 'hyesan', en: 'Hyesanjin', ko: '혜산진', rr: 'Hyesan', rank: 3, at: [128.18, 41.4] },
  { id: 'hagaru-ri', en: 'Hagaru-ri', ko: '하갈우리', rr: 'Hagaru-ri', rank: 3, at: [127.25, 40.38] },
  // The Chosin Reservoir battlefield (the Chosin story): Yudam-ni at the west arm of the reservoir,
  // Koto-ri on the plateau's edge, the Funchilin Pass (Hwangchoryong) on the road down to
  // Chinhung-ni; the same vertices as the X Corps arrows in historical.ts.
  { id: 'yudam-ni', en: 'Yudam-ni', ko: '유담리', rr: 'Yudam-ri', rank: 3, at: [127.1, 40.48] },
  { id: 'koto-ri', en: 'Koto-ri', ko: '고토리', rr: 'Goto-ri', rank: 3, at: [127.31, 40.29] },
  {
    id: 'funchilin-pass',
    en: 'Funchilin Pass',
    ko: '황초령',
    rr: 'Hwangchoryeong',
    rank: 3,
    at: [127.35, 40.25],
  },
  { id: 'kunu-ri', en: 'Kunu-ri', ko: '군우리', rr: 'Gunu-ri', rank: 3, at: [125.93, 39.6] },
  { id: 'unsan', en: 'Unsan', ko: '운산', rr: 'Unsan', rank: 3, at: [125.82, 39.96] },
  { id: 'chipyong-ni', en: 'Chipyong-ni', ko: '지평리', rr: 'Jipyeong-ri', rank: 3, at: [127.633, 37.474] },
  { id: 'chorwon', en: 'Chorwon', ko: '철원', rr: 'Cheorwon', rank: 3, at: [127.21, 38.24] },
  { id: 'kumhwa', en: 'Kumhwa', ko: '김화', rr: 'Gimhwa', rank: 3, at: [127.44, 38.27] },
  { id: 'pyongtaek', en: 'Pyongtaek', ko: '평택', rr: 'Pyeongtaek', rank: 3, at: [127.09, 36.99] },
  { id: 'samchok', en: 'Samchok', ko: '삼척', rr: 'Samcheok', rank: 3, at: [129.165, 37.44] },
  { id: 'yongdok', en: 'Yongdok', ko: '영덕', rr: 'Yeongdeok', rank: 3, at: [129.365, 36.415] },
  { id: 'munsan', en: 'Munsan', ko: '문산', rr: 'Munsan', rank: 3, at: [126.785, 37.856] },
  { id: 'ongjin', en: 'Ongjin', ko: '옹진', rr: 'Ongjin', rank: 3, at: [125.36, 37.933] },
  { id: 'kapyong', en: 'Kapyong', ko: '가평', rr: 'Gapyeong', rank: 3, at: [127.51, 37.831] },
  { id: 'hoengsong', en: 'Hoengsong', ko: '횡성', rr: 'Hoengseong', rank: 3, at: [127.985, 37.49] },
  { id: 'pyonggang', en: 'Pyonggang', ko: '평강', rr: 'Pyeonggang', rank: 3, at: [127.29, 38.41] },
  { id: 'kumsong', en: 'Kumsong', ko: '금성', rr: 'Geumseong', rank: 3, at: [127.6, 38.44] },
  { id: 'koje-do', en: 'Koje-do', ko: '거제도', rr: 'Geojedo', rank: 3, at: [128.62, 34.88] },
];

/** Look up a place's position by id (so the historical lines can reuse the same vertices). */
export function at(id: string): Position {
  const p = PLACES.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p.at;
}
