/**
 * Hand-digitised historical geometry, [lon, lat] WGS84. Every block names the public works
 * whose maps and narrative its vertices follow; the vertices themselves are placed on towns,
 * rivers and coasts whose positions are known (places.ts, Natural Earth). Written from
 * knowledge of those works — nothing was scanned, traced or fetched — so treat every line as
 * schematic at the scale of the sources' campaign maps.
 * Accuracy: see geo/SOURCES.md — a few km along rivers and at named towns, 5–15 km elsewhere,
 * and worse where no continuous front existed (the Taebaek mountains in Oct–Nov 1950).
 *
 * Source keys: appleman-1961, appleman-1989, mossman-1990, hermes-1966, heinl-1968, ams-2000
 * (full citations in geo/SOURCES.md).
 */
import type { Position } from './geometry.ts';
import { at } from './places.ts';

export interface Front {
  date: string;
  en: string;
  ko: string;
  source: string;
  /** West → east (for the Pusan Perimeter: from the south coast up the Naktong, then east). */
  line: Position[];
}

/**
 * Pusan Perimeter, common southern part: from the south coast near Chindong-ni, north through
 * the hills west of Masan to the Nam River, down the Nam to its mouth at the Naktong.
 * Appleman 1961 (the Pusan Perimeter chapters and maps).
 */
const MASAN_NAM: Position[] = [
  [128.47, 35.085], // south coast at Chindong-ni (just off shore)
  [128.43, 35.13],
  [128.37, 35.18], // Sobuk-san
  [128.36, 35.25], // west of Haman
  [128.37, 35.32], // Nam River
  [128.44, 35.375], // Nam–Naktong confluence, opposite Namji
];

export const FRONTS: Front[] = [
  {
    // Appleman 1961, the perimeter as established on 4 August: the Naktong from its
    // confluence with the Nam north past Waegwan to Naktong-ni, then "through the mountains"
    // east to Yongdok on the coast (ROK 3d Division still just north of it).
    date: '1950-08-04',
    en: 'Pusan Perimeter, 4 August 1950',
    ko: '낙동강 방어선, 1950년 8월 4일',
    source: 'appleman-1961',
    line: [
      ...MASAN_NAM,
      [128.41, 35.43],
      [128.36, 35.5], // the Naktong Bulge, west of Yongsan
      [128.39, 35.57], // west of Changnyong
      [128.43, 35.64],
      [128.44, 35.72], // Hyonpung
      [128.41, 35.85], // Koryong crossing
      [128.395, 35.99], // Waegwan
      [128.38, 36.12], // east of Kumi
      [128.33, 36.24], // Sonsan
      [128.25, 36.37], // Naktong-ni
      [128.4, 36.45],
      [128.55, 36.5],
      [128.7, 36.5], // south of Andong
      [128.9, 36.47],
      [129.08, 36.46],
      [129.25, 36.45],
      [129.46, 36.44], // coast north of Yongdok
    ],
  },
  {
    // Appleman 1961, the perimeter on the eve of the breakout (15 September): the North Korean
    // September offensive had pushed the line back to the Tabu-dong hills 15 km north of Taegu,
    // taken Waegwan and Pohang; the ROK 3d Division held the Hyongsan River south of Pohang.
    date: '1950-09-15',
    en: 'Pusan Perimeter, 15 September 1950',
    ko: '낙동강 방어선, 1950년 9월 15일',
    source: 'appleman-1961',
    line: [
      ...MASAN_NAM,
      [128.41, 35.43],
      [128.42, 35.5], // North Korean bridgehead in the Bulge, Yongsan held
      [128.42, 35.57],
      [128.44, 35.64],
      [128.44, 35.72],
      [128.42, 35.85],
      [128.44, 35.94], // south-east of Waegwan, lost early September
      [128.52, 35.99],
      [128.6, 36.02], // below Ka-san and Tabu-dong
      [128.7, 36.03],
      [128.82, 36.02],
      [128.94, 36.01], // north of Yongchon
      [129.08, 36.0],
      [129.2, 35.98], // south of Kigye
      [129.32, 35.99],
      [129.41, 36.005], // mouth of the Hyongsan River, south of Pohang
    ],
  },
  {
    // Appleman 1961, the advance to the Yalu and the first Chinese intervention: the van of the
    // advance on 26 October — British 27th Brigade short of Chongju, ROK 1st Division at
    // Unsan, ROK 6th Division at Onjong (its 7th Regiment's patrol reached the Yalu at Chosan
    // that day), ROK 8th Division at Huichon; no front across the Taebaek mountains; the ROK
    // 26th Regiment meeting the Chinese at Sudong below the Chosin Reservoir; the ROK Capital
    // Division on the north-east coast near Iwon.
    date: '1950-10-26',
    en: 'UN advance, 26 October 1950 (Chosan on the Yalu reached)',
    ko: '유엔군의 북진, 1950년 10월 26일 (초산 압록강 도달)',
    source: 'appleman-1961',
    line: [
      [125.22, 39.55], // coast south-west of Kasan
      [125.35, 39.68],
      [125.5, 39.8],
      [125.65, 39.9],
      at('unsan'),
      [125.95, 40.03], // Onjong
      [126.1, 40.13],
      [126.28, 40.2], // Huichon
      [126.55, 40.15],
      [126.85, 40.1],
      [127.15, 40.1],
      [127.42, 40.14], // Sudong
      [127.7, 40.12],
      [127.95, 40.14],
      [128.25, 40.2],
      [128.68, 40.27], // coast near Iwon
    ],
  },
  {
    // Appleman 1961, the front at the start of the 24 November offensive; Appleman 1989
    // (Disaster in Korea): Eighth Army's line from the coast below Chongju past Pakchon and up
    // the Chongchon valley to Tokchon; the gap; X Corps at the Chosin Reservoir (Marines at Yudam-ni,
    // RCT 31 east of the reservoir), US 7th Division at Hyesan on the Yalu (21 Nov), ROK I Corps
    // up the north-east coast near Chongjin.
    date: '1950-11-24',
    en: 'UN high-water mark, 24 November 1950',
    ko: '유엔군 최대 진출선, 1950년 11월 24일',
    source: 'appleman-1961',
    line: [
      [125.0, 39.61], // coast south-west of Chongju
      [125.22, 39.72], // Chongju
      [125.4, 39.75],
      [125.58, 39.75], // Pakchon
      [125.75, 39.82], // Yongsan-dong
      [125.9, 39.86],
      [126.05, 39.9], // Kujang-dong, Chongchon valley
      [126.3, 39.77], // Tokchon
      [126.6, 39.9],
      [126.9, 40.2],
      [127.1, 40.5], // Yudam-ni
      [127.32, 40.55], // east of the reservoir
      [127.55, 40.78],
      [127.85, 41.1],
      [128.18, 41.41], // Hyesan
      [128.5, 41.35],
      [128.85, 41.3], // Hapsu
      [129.2, 41.45],
      [129.5, 41.65],
      [129.82, 41.76], // coast near Chongjin
    ],
  },
  {
    // Mossman 1990 (Ebb and Flow), Eighth Army on Line D after the
    // Chinese third-phase offensive, the day before Operation Thunderbolt (25 Jan 1951):
    // Pyongtaek – Ansong – Changhowon-ni – south of Wonju – Yongwol – Samchok.
    date: '1951-01-24',
    en: 'Communist high-water mark, 24 January 1951',
    ko: '공산군 최대 남진선, 1951년 1월 24일',
    source: 'mossman-1990',
    line: [
      [126.81, 36.98], // head of Asan Bay
      [126.95, 36.99],
      at('pyongtaek'),
      [127.28, 37.01], // Ansong
      [127.45, 37.06],
      [127.64, 37.12], // Changhowon-ni
      [127.8, 37.2],
      [127.95, 37.27], // south of Wonju
      [128.1, 37.22],
      [128.25, 37.2], // north of Chechon
      [128.46, 37.19], // Yongwol
      [128.65, 37.27],
      [128.85, 37.36],
      [129.0, 37.42],
      [129.21, 37.45], // coast at Samchok
    ],
  },
  {
    // Hermes 1966 (its opening situation) and Mossman 1990 (its closing one): the front when the talks
    // opened at Kaesong — the Imjin River from the Han estuary, Line Wyoming across the
    // base of the Iron Triangle (Chorwon, Kumhwa), south of Kumsong and of the Punchbowl, to
    // the east coast above Kansong.
    date: '1951-07-10',
    en: 'Front line when armistice talks opened, 10 July 1951',
    ko: '정전회담 개시 때의 전선, 1951년 7월 10일',
    source: 'hermes-1966',
    line: [
      [126.66, 37.77], // Imjin mouth, Han River estuary
      [126.7, 37.83],
      [126.745, 37.89], // Imjin crossing north of Munsan
      [126.83, 37.93],
      [126.93, 37.97], // Korangpo
      [127.02, 38.03],
      [127.08, 38.12],
      [127.14, 38.22],
      [127.21, 38.27], // north of Chorwon
      [127.33, 38.29],
      [127.45, 38.3], // north of Kumhwa
      [127.56, 38.26],
      [127.7, 38.23],
      [127.85, 38.2], // north of the Hwachon Reservoir
      [128.0, 38.21],
      [128.12, 38.23], // south rim of the Punchbowl
      [128.22, 38.28],
      [128.27, 38.38],
      [128.32, 38.48],
      [128.36, 38.55],
      [128.42, 38.575], // coast north of Kansong
    ],
  },
];

/**
 * The coast that closes the Pusan Perimeter polygons, a little seaward of Natural Earth's
 * coastline (the map draws land over it): from north of Yongdok down to Yongil Bay, and from
 * the south shore of Yongil Bay (east of the Hyongsan River mouth) round to Chindong-ni.
 */
const COAST_YONGDOK_POHANG: Position[] = [
  [129.47, 36.4],
  [129.45, 36.2],
  [129.44, 36.06], // Yongil Bay, north of Pohang
];
const COAST_YONGIL_CHINDONG: Position[] = [
  [129.5, 36.03], // Yongil Bay, south shore
  [129.6, 36.09], // Homi-got
  [129.58, 35.9],
  [129.5, 35.7],
  [129.46, 35.47], // Ulsan
  [129.35, 35.28],
  [129.2, 35.12],
  [129.06, 35.05], // Pusan
  [128.85, 35.0],
  [128.68, 35.06], // Chinhae
  [128.55, 35.05],
  [128.47, 35.085], // Chindong-ni, where the front lines start
];

/** The UN-held area: the front line of that date (the same vertices), closed along the coast. */
export const PERIMETERS: { date: string; en: string; ko: string; coast: Position[] }[] = [
  {
    date: '1950-08-04',
    en: 'Pusan Perimeter, 4 August 1950',
    ko: '부산 교두보, 1950년 8월 4일',
    coast: [...COAST_YONGDOK_POHANG, ...COAST_YONGIL_CHINDONG],
  },
  {
    date: '1950-09-15',
    en: 'Pusan Perimeter, 15 September 1950',
    ko: '부산 교두보, 1950년 9월 15일',
    coast: COAST_YONGIL_CHINDONG,
  },
];

type Side = 'north' | 'un' | 'pva';

export interface Arrow {
  id: string;
  group: string;
  side: Side;
  en: string;
  ko: string;
  date: string;
  /** When the head was reached, where the sources give it. */
  dateEnd?: string;
  source: string;
  /** Tail → head. */
  line: Position[];
}

/** The sea approach to Inchon through Flying Fish Channel, past Palmi-do to Wolmi-do (Heinl 1968; Appleman 1961). */
const FLYING_FISH_CHANNEL: Position[] = [
  [126.0, 37.05],
  [126.25, 37.18],
  [126.42, 37.29],
  [126.52, 37.36], // Palmi-do
  [126.56, 37.42],
  [126.585, 37.465],
  [126.597, 37.476], // Wolmi-do
];

const arrow =
  (group: string, side: Side, en: string, ko: string, source: string, date: string) =>
  (
    suffix: string,
    line: Position[],
    more: { en?: string; ko?: string; date?: string; dateEnd?: string } = {},
  ): Arrow => ({
    id: suffix ? `${group}-${suffix}` : group,
    group,
    side,
    en: more.en ?? en,
    ko: more.ko ?? ko,
    date: more.date ?? date,
    ...(more.dateEnd ? { dateEnd: more.dateEnd } : {}),
    source,
    line,
  });

// Appleman 1961, the North Korean attack across the parallel, 25–28 June 1950.
const invasion = arrow(
  'invasion-1950-06',
  'north',
  'North Korean invasion, 25 June 1950',
  '북한군의 남침, 1950년 6월 25일',
  'appleman-1961',
  '1950-06-25',
);
// Appleman 1961, the breakout from the perimeter and the link-up of 26 September.
const breakout = arrow(
  'breakout-1950-09',
  'un',
  'Eighth Army breakout from the Pusan Perimeter',
  '낙동강 방어선 돌파',
  'appleman-1961',
  '1950-09-16',
);
// Appleman 1961, the crossing of the parallel and the pursuit to the Yalu.
const unAdvance = arrow(
  'un-advance-1950-10',
  'un',
  'UN advance north of the 38th parallel',
  '유엔군의 북진',
  'appleman-1961',
  '1950-10-09',
);
// Appleman 1989 (Disaster in Korea); AMS 2000 for the Chinese side.
const second = arrow(
  'pva-offensive-1950-11',
  'pva',
  'Chinese second-phase offensive, November 1950',
  '중국군 제2차 공세, 1950년 11월',
  'appleman-1989',
  '1950-11-25',
);
// Mossman 1990; AMS 2000 for the Chinese side.
const third = arrow(
  'pva-offensive-1951-01',
  'pva',
  'Chinese third-phase offensive, New Year 1951',
  '중국군 제3차 공세, 1951년 1월',
  'mossman-1990',
  '1950-12-31',
);

// Mossman 1990: Ridgway's counteroffensive, Operations Thunderbolt (from 25 January), Roundup,
// Killer (21 February) and Ripper (7 March), to Seoul (14–15 March) and Line Idaho near the parallel.
const ridgway = arrow(
  'un-counteroffensive-1951',
  'un',
  'UN counteroffensive under Ridgway, 25 January – 31 March 1951',
  '리지웨이의 유엔군 반격, 1951년 1월 25일 – 3월 31일',
  'mossman-1990',
  '1951-01-25',
);
// Mossman 1990; AMS 2000: the fifth-phase (spring) offensive, first impulse from 22 April, second
// from 16 May 1951.
const spring = arrow(
  'pva-offensive-1951-04',
  'pva',
  'Chinese spring offensive, 22 April 1951',
  '중국군 춘계 공세, 1951년 4월 22일',
  'mossman-1990',
  '1951-04-22',
);

export const ARROWS: Arrow[] = [
  invasion(
    'ongjin',
    [
      [125.55, 38.1], // north of the parallel
      [125.47, 38.0],
      [125.4, 37.95], // towards Ongjin
    ],
    { en: 'North Korean attack on the Ongjin peninsula, 25 June 1950', ko: '옹진반도 공격, 1950년 6월 25일' },
  ),
  invasion(
    'kaesong',
    [
      [126.56, 38.1], // north of the parallel
      at('kaesong'),
      [126.7, 37.9], // Imjin crossing
      at('munsan'),
      [126.88, 37.7],
      [126.96, 37.6], // Seoul
    ],
    { dateEnd: '1950-06-28' },
  ),
  invasion(
    'uijongbu',
    [
      [127.21, 38.3], // Chorwon
      [127.07, 38.1], // Yonchon
      [127.06, 37.9], // Tongduchon
      [127.05, 37.74], // Uijongbu
      [126.99, 37.61], // Seoul
    ],
    { dateEnd: '1950-06-28' },
  ),
  invasion('chunchon', [
    [127.72, 38.15], // Hwachon
    at('chunchon'),
    [127.89, 37.69], // Hongchon
    [127.94, 37.38], // Wonju
  ]),
  invasion('east-coast', [
    [128.62, 38.1], // Yangyang
    [128.9, 37.76], // Kangnung
    [129.13, 37.48], // towards Samchok
  ]),
  {
    id: 'inchon-1950-09-15',
    group: 'inchon-1950-09-15',
    side: 'un',
    en: 'Inchon landing, 15 September 1950',
    ko: '인천 상륙 작전, 1950년 9월 15일',
    date: '1950-09-15',
    dateEnd: '1950-09-15',
    source: 'heinl-1968',
    line: [[125.6, 36.85], ...FLYING_FISH_CHANNEL, [126.612, 37.478]], // ends at Red Beach
  },
  breakout(
    'taejon',
    [
      [128.45, 35.94], // south-east of Waegwan
      at('waegwan'),
      [128.11, 36.12], // Kumchon
      [127.78, 36.17], // Yongdong
      [127.6, 36.3], // Okchon
      at('taejon'),
    ],
    {
      en: 'Breakout: US 24th Division to Taejon, 16–28 September 1950',
      ko: '낙동강 돌파: 미 제24사단 대전 진격, 1950년 9월 16–28일',
      dateEnd: '1950-09-28',
    },
  ),
  breakout(
    'osan',
    [
      [128.6, 36.05], // Tabu-dong
      [128.3, 36.35], // Naktong-ni
      [128.16, 36.42], // Sangju
      [127.73, 36.49], // Poun
      [127.49, 36.64], // Chongju
      [127.15, 36.81], // Chonan
      at('osan'),
    ],
    {
      en: 'Breakout: Task Force Lynch (1st Cavalry Division) to the link-up with X Corps near Osan, 22–26 September 1950',
      ko: '낙동강 돌파: 린치 특수임무부대, 오산 부근 제10군단과 연결, 1950년 9월 22–26일',
      dateEnd: '1950-09-26',
    },
  ),
  unAdvance(
    'pyongyang',
    [
      at('kaesong'),
      [126.5, 38.16], // Kumchon (Hwanghae)
      [125.76, 38.51], // Sariwon
      [125.77, 38.67], // Hwangju
      [125.75, 39.0], // Pyongyang
    ],
    {
      en: 'UN advance from Kaesong to Pyongyang, 9–19 October 1950',
      ko: '개성에서 평양으로, 1950년 10월 9–19일',
      dateEnd: '1950-10-19',
    },
  ),
  unAdvance(
    'chongchon',
    [
      [125.75, 39.06], // Pyongyang
      [125.65, 39.41], // Sukchon
      [125.6, 39.6], // Sinanju, the Chongchon crossing
      [125.22, 39.7], // Chongju
      [124.8, 39.92], // Chonggo-dong, the farthest point short of Sinuiju
    ],
    {
      en: 'UN advance across the Chongchon towards Sinuiju, 20 October – 1 November 1950',
      ko: '청천강을 건너 신의주 방향으로, 1950년 10월 20일 – 11월 1일',
    },
  ),
  unAdvance(
    'chosan',
    [
      [125.95, 39.45], // Sunchon
      [126.03, 39.88], // Kujang-dong
      [126.28, 40.17], // Huichon
      [126.15, 40.45],
      [125.95, 40.65],
      at('chosan'),
    ],
    {
      en: 'ROK 6th Division to the Yalu at Chosan, 26 October 1950',
      ko: '국군 제6사단, 초산 압록강 도달, 1950년 10월 26일',
      dateEnd: '1950-10-26',
    },
  ),
  unAdvance(
    'east-coast',
    [
      [128.6, 38.08], // Yangyang, across the parallel on 1 October
      [128.5, 38.3], // Kansong
      [128.36, 38.52],
      [128.25, 38.66], // Kosong
      [128.1, 38.77],
      [127.9, 38.9], // Tongchon
      [127.75, 39.05],
      [127.6, 39.1],
      at('wonsan'),
      [127.36, 39.2],
      [127.33, 39.29], // Munchon
      [127.27, 39.43], // Kowon
      [127.28, 39.57], // Yonghung
      [127.38, 39.73], // Chongpyong
      at('hamhung'),
    ],
    {
      en: 'ROK I Corps up the east coast to Wonsan (10 Oct) and Hamhung (17 Oct 1950)',
      ko: '국군 제1군단, 동해안을 따라 원산(10월 10일)과 함흥(10월 17일)으로',
      dateEnd: '1950-10-17',
    },
  ),
  unAdvance(
    'chosin',
    [
      at('hamhung'),
      [127.45, 40.03],
      [127.42, 40.14], // Sudong
      [127.38, 40.22], // Chinhung-ni
      [127.31, 40.29], // Koto-ri
      [127.25, 40.38], // Hagaru-ri
      [127.1, 40.48], // Yudam-ni
    ],
    {
      en: 'X Corps to the Chosin Reservoir, November 1950',
      ko: '미 제10군단, 장진호로, 1950년 11월',
    },
  ),
  unAdvance(
    'hyesan',
    [
      [128.33, 40.08], // Pukchong, inland from the Iwon landing (29 October)
      [128.2, 40.5],
      [128.15, 40.82], // Pungsan
      [128.29, 41.08], // Kapsan
      [128.18, 41.38], // Hyesan
    ],
    {
      en: 'US 7th Division to the Yalu at Hyesan, 21 November 1950',
      ko: '미 제7사단, 혜산 압록강 도달, 1950년 11월 21일',
      dateEnd: '1950-11-21',
    },
  ),
  second(
    'chongchon',
    [
      [125.85, 40.2],
      at('unsan'),
      [125.8, 39.81], // Yongbyon
      [125.66, 39.62], // Anju
      [125.75, 39.1], // Pyongyang, re-entered 6 December
    ],
    { dateEnd: '1950-12-06' },
  ),
  second('tokchon', [
    [126.35, 40.1],
    [126.3, 39.75], // Tokchon, where the ROK II Corps broke
    [126.05, 39.55], // round the flank of the Chongchon line
    [125.93, 39.43], // Sunchon
  ]),
  second(
    'chosin-west',
    [
      [126.95, 40.75],
      [127.05, 40.55], // Yudam-ni
      [127.2, 40.42], // towards Hagaru-ri
    ],
    { date: '1950-11-27' },
  ),
  second(
    'chosin-east',
    [
      [127.4, 40.72],
      [127.33, 40.55], // RCT 31 east of the reservoir
      [127.27, 40.42], // towards Hagaru-ri
    ],
    { date: '1950-11-27' },
  ),
  third(
    'seoul',
    [
      [126.95, 38.05], // across the Imjin on New Year's Eve
      [126.95, 37.88],
      [127.05, 37.74], // Uijongbu
      [126.99, 37.6], // Seoul, abandoned 4 January
    ],
    { dateEnd: '1951-01-04' },
  ),
  third('south', [[126.98, 37.52], at('suwon'), at('osan'), [127.08, 37.03]], {
    en: 'Chinese third-phase offensive beyond Seoul to the 37th parallel, January 1951',
    ko: '중국군 제3차 공세, 서울 이남 북위 37도선까지, 1951년 1월',
  }),
  third('wonju', [[127.73, 38.0], at('chunchon'), [127.89, 37.69], [127.95, 37.38]], {
    en: 'North Korean and Chinese drive on Wonju, January 1951',
    ko: '북한군과 중국군의 원주 공격, 1951년 1월',
  }),
  {
    // Mossman 1990; Appleman 1990 (Escaping the Trap): some 105,000 troops,
    // 98,000 civilians, 17,500 vehicles shipped from Hungnam, 15–24 December; most to Pusan.
    id: 'hungnam-1950-12',
    group: 'hungnam-1950-12',
    side: 'un',
    en: 'Evacuation by sea from Hungnam to Pusan, 15–24 December 1950',
    ko: '흥남 철수, 1950년 12월 15–24일',
    date: '1950-12-15',
    dateEnd: '1950-12-24',
    source: 'mossman-1990',
    line: [
      [127.64, 39.8], // Hungnam harbour
      [127.95, 39.6],
      [128.6, 38.95],
      [129.3, 38.05],
      [129.62, 37.3],
      [129.72, 36.4],
      [129.62, 35.55],
      [129.3, 35.1],
      [129.07, 35.08], // Pusan harbour
    ],
  },
  {
    // Mossman 1990; Montross & Canzona 1957; Appleman 1990 (Escaping the Trap): the Marines and
    // the survivors of RCT 31 from Yudam-ni (1 December) through Hagaru-ri (6–7 December), Koto-ri
    // and the Funchilin Pass (the bridge dropped by air, 9 December) to Hamhung and the Hungnam
    // perimeter (11 December). The same vertices as the advance arrow, in reverse.
    id: 'chosin-breakout-1950-12',
    group: 'chosin-breakout-1950-12',
    side: 'un',
    en: 'X Corps breaks out from the Chosin Reservoir to Hungnam, 1–11 December 1950',
    ko: '장진호에서 흥남으로의 철수, 1950년 12월 1–11일',
    date: '1950-12-01',
    dateEnd: '1950-12-11',
    source: 'mossman-1990',
    line: [
      at('yudam-ni'),
      at('hagaru-ri'),
      at('koto-ri'),
      at('funchilin-pass'),
      [127.38, 40.22], // Chinhung-ni
      [127.42, 40.14], // Sudong
      [127.45, 40.03],
      at('hamhung'),
      [127.6, 39.86], // the Hungnam perimeter
    ],
  },
  ridgway(
    'seoul',
    [
      [127.08, 37.03], // the January line south of Osan
      at('osan'),
      at('suwon'),
      [126.93, 37.5], // the Han at Yongdungpo
      [126.99, 37.6], // Seoul, retaken 14–15 March
      [126.92, 37.9], // Line Idaho, end of March
    ],
    { dateEnd: '1951-03-31' },
  ),
  ridgway(
    'central',
    [
      [128.2, 37.13], // Chechon
      [127.95, 37.38], // Wonju
      at('hoengsong'),
      [127.83, 37.69], // Hongchon
      at('chunchon'), // taken 19 March
      [127.75, 38.05],
    ],
    { dateEnd: '1951-03-31' },
  ),
  spring(
    'imjin',
    [
      [126.9, 38.12],
      [126.95, 37.95], // across the Imjin (the Gloucesters' stand, 22–25 April)
      [127.0, 37.8],
      [126.98, 37.7], // held on the No Name Line north of Seoul
    ],
    { dateEnd: '1951-04-30' },
  ),
  spring(
    'kapyong',
    [
      [127.72, 38.15], // Hwachon
      [127.6, 37.98],
      at('kapyong'), // held at Kapyong, 22–25 April
    ],
    { dateEnd: '1951-04-25' },
  ),
  spring(
    'soyang',
    [
      [128.2, 38.1], // across the Soyang
      [128.25, 37.9],
      [128.3, 37.72], // Hyon-ni towards Hajinbu, halted by 20 May
    ],
    {
      en: 'Chinese spring offensive, second impulse, 16 May 1951',
      ko: '중국군 춘계 공세 제2단계, 1951년 5월 16일',
      date: '1951-05-16',
      dateEnd: '1951-05-20',
    },
  ),
  {
    // Hermes 1966: the last Chinese offensive against the Kumsong salient, 13–20 July 1953.
    id: 'pva-offensive-1953-07',
    group: 'pva-offensive-1953-07',
    side: 'pva',
    en: 'Last Chinese offensive, against the Kumsong salient, 13 July 1953',
    ko: '중국군의 마지막 공세, 금성 돌출부, 1953년 7월 13일',
    date: '1953-07-13',
    dateEnd: '1953-07-20',
    source: 'hermes-1966',
    line: [
      [127.6, 38.6],
      [127.6, 38.44], // Kumsong
      [127.56, 38.33], // the line south of the Kumsong River
    ],
  },
];

/** Inchon–Seoul (Heinl 1968; Appleman 1961, the Inchon landing and the battle for Seoul). */
export interface InchonFeature {
  id: string;
  kind: 'beach' | 'site' | 'approach' | 'advance';
  en: string;
  ko: string;
  date: string;
  dateEnd?: string;
  at?: Position;
  line?: Position[];
}

export const INCHON: InchonFeature[] = [
  {
    id: 'green-beach',
    kind: 'beach',
    en: 'Green Beach, Wolmi-do',
    ko: '녹색 해안, 월미도',
    date: '1950-09-15',
    at: at('wolmi-do'),
  },
  {
    id: 'red-beach',
    kind: 'beach',
    en: 'Red Beach, Inchon sea wall',
    ko: '적색 해안, 인천 시가지 앞 안벽',
    date: '1950-09-15',
    at: [126.612, 37.478],
  },
  {
    id: 'blue-beach',
    kind: 'beach',
    en: 'Blue Beach, south of Inchon',
    ko: '청색 해안, 인천 남쪽',
    date: '1950-09-15',
    at: [126.638, 37.452],
  },
  {
    id: 'kimpo-airfield',
    kind: 'site',
    en: 'Kimpo airfield (taken 17–18 September)',
    ko: '김포 비행장 (9월 17–18일 점령)',
    date: '1950-09-18',
    at: at('kimpo'),
  },
  {
    id: 'seoul',
    kind: 'site',
    en: 'Seoul (recaptured 27–28 September)',
    ko: '서울 (9월 27–28일 수복)',
    date: '1950-09-28',
    at: at('seoul'),
  },
  {
    id: 'flying-fish-channel',
    kind: 'approach',
    en: 'Approach through Flying Fish Channel',
    ko: '비어수도를 통한 접근',
    date: '1950-09-15',
    line: FLYING_FISH_CHANNEL,
  },
  {
    id: 'advance-inchon-kimpo',
    kind: 'advance',
    en: '5th Marines, Inchon to Kimpo airfield, 16–18 September',
    ko: '미 제5해병연대, 인천에서 김포 비행장으로, 9월 16–18일',
    date: '1950-09-16',
    dateEnd: '1950-09-18',
    line: [[126.625, 37.475], [126.7, 37.5], [126.75, 37.53], at('kimpo')],
  },
  {
    id: 'advance-kimpo-seoul',
    kind: 'advance',
    en: 'Across the Han at Haengju into Seoul, 20–28 September',
    ko: '행주에서 한강을 건너 서울로, 9월 20–28일',
    date: '1950-09-20',
    dateEnd: '1950-09-28',
    line: [at('kimpo'), [126.82, 37.6], [126.9, 37.59], [126.96, 37.575]],
  },
  {
    id: 'advance-inchon-yongdungpo',
    kind: 'advance',
    en: '1st Marines along the Inchon–Seoul road via Yongdungpo, 16–28 September',
    ko: '미 제1해병연대, 경인가도를 따라 영등포를 거쳐 서울로, 9월 16–28일',
    date: '1950-09-16',
    dateEnd: '1950-09-28',
    line: [
      [126.64, 37.465],
      [126.72, 37.48],
      [126.8, 37.49],
      [126.905, 37.517],
      [126.97, 37.555],
    ],
  },
];

/**
 * Chinese People's Volunteers crossing the Yalu on the night of 19 October 1950: the 13th Army
 * Group at Andong (Dandong)–Sinuiju, Changdian Hekou (opposite Chongsong) and Ji'an–Manpo.
 * AMS 2000 (抗美援朝战争史); Appleman 1989. Crossing points to ~5 km, snapped onto the Yalu.
 */
export const PVA_CROSSINGS: {
  id: string;
  en: string;
  ko: string;
  tail: Position;
  at: Position;
  head: Position;
}[] = [
  {
    id: 'andong',
    en: 'Andong (Dandong) – Sinuiju',
    ko: '안둥(단둥) – 신의주',
    tail: [124.33, 40.18],
    at: [124.395, 40.11],
    head: [124.62, 39.97],
  },
  {
    id: 'changdian',
    en: 'Changdian Hekou – Chongsong',
    ko: '창뎬허커우 – 청성',
    tail: [124.82, 40.53],
    at: [124.88, 40.45],
    head: [125.05, 40.3],
  },
  {
    id: 'jian',
    en: "Ji'an – Manpo",
    ko: '지안 – 만포',
    tail: [126.19, 41.2],
    at: [126.25, 41.15],
    head: [126.45, 40.95],
  },
];
