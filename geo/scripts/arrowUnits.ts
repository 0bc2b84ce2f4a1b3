/**
 * Who moved along each arrow: the formation written beside it on the map (`unit_en`, `unit_ko`),
 * short, as the campaign atlases write it (a long name finds no room along a short arrow). Keyed by the arrow's feature id; an arrow the sources do not
 * let us name by formation is named by its side. Korean follows the stories' usage (중국군 제9병단,
 * 미 제10군단, 국군 제1군단, 인민군 제5사단).
 *
 * Sources: Appleman 1961 for the invasion (the order of battle of 25 June), the breakout, the
 * advance north and Inchon (with Heinl 1968 for the Marines' regiments); Appleman 1989, Montross &
 * Canzona 1957 and AMS 2000 for the second-phase offensive and Chosin; Mossman 1990 for 1951;
 * Hermes 1966 for July 1953.
 */
export interface Unit {
  en: string;
  ko: string;
  /**
   * The name at the country scale (below `SHORT_NAMES_BELOW`, src/map/layers.ts), where the full
   * one finds no room beside a short arrow: the side is left to the arrow's colour and the key,
   * as an atlas writes "24th Div." on a blue arrow. Absent where the name is short already.
   */
  short?: { en: string; ko: string };
  /**
   * Which side of its point the name tries first, where the build's rule (towards the middle of
   * the peninsula, labelGuides.ts) puts it where a town's name or another arrow stands: a
   * cartographer's hand placement, checked on the map (`storyDebug.placedLabels()`). The other
   * sides follow, as for every name.
   */
  side?: UnitSide;
}

/** `text-anchor` of a formation's name: `left` writes it to the right of its point, and so on. */
export type UnitSide = 'left' | 'right' | 'top' | 'bottom';

export const ARROW_UNITS: Record<string, Unit> = {
  // 25 June 1950: the KPA's divisions on each axis.
  'invasion-1950-06-ongjin': {
    en: 'KPA 3rd Border Constabulary Bde',
    ko: '인민군 제3경비여단',
    short: { en: '3rd Bde', ko: '제3경비여단' },
  },
  'invasion-1950-06-kaesong': {
    en: 'KPA 1st, 6th Div.',
    ko: '인민군 제1·6사단',
    short: { en: '1st, 6th Div.', ko: '제1·6사단' },
  },
  // Above its point: Kaesong's name and the Kaesong column's take both sides.
  'invasion-1950-06-uijongbu': {
    en: 'KPA 3rd, 4th Div., 105th Armored Bde',
    ko: '인민군 제3·4사단, 제105전차여단',
    side: 'bottom',
    short: { en: '3rd, 4th Div., 105th Bde', ko: '제3·4사단, 제105여단' },
  },
  'invasion-1950-06-chunchon': {
    en: 'KPA 2nd, 7th Div.',
    ko: '인민군 제2·7사단',
    short: { en: '2nd, 7th Div.', ko: '제2·7사단' },
  },
  'invasion-1950-06-east-coast': {
    en: 'KPA 5th Division',
    ko: '인민군 제5사단',
    short: { en: '5th Div.', ko: '제5사단' },
  },
  'inchon-1950-09-15': { en: 'X Corps', ko: '미 제10군단' },
  'breakout-1950-09-taejon': {
    en: 'US 24th Division',
    ko: '미 제24사단',
    short: { en: '24th Div.', ko: '제24사단' },
  },
  'breakout-1950-09-osan': {
    en: 'Task Force Lynch',
    ko: '린치 특수임무부대',
    short: { en: 'TF Lynch', ko: '린치 부대' },
  },
  'un-advance-1950-10-pyongyang': {
    en: 'US I Corps',
    ko: '미 제1군단',
    short: { en: 'I Corps', ko: '제1군단' },
  },
  'un-advance-1950-10-chongchon': {
    en: 'US I Corps',
    ko: '미 제1군단',
    short: { en: 'I Corps', ko: '제1군단' },
  },
  'un-advance-1950-10-chosan': {
    en: 'ROK 6th Division',
    ko: '국군 제6사단',
    short: { en: 'ROK 6th Div.', ko: '국군 제6사단' },
  },
  'un-advance-1950-10-east-coast': { en: 'ROK I Corps', ko: '국군 제1군단' },
  'un-advance-1950-10-chosin': {
    en: '1st Marine Division',
    ko: '미 제1해병사단',
    short: { en: '1st Mar. Div.', ko: '제1해병사단' },
  },
  'un-advance-1950-10-hyesan': {
    en: 'US 7th Division',
    ko: '미 제7사단',
    short: { en: '7th Div.', ko: '제7사단' },
  },
  // The second-phase offensive: the 13th Army Group against Eighth Army in the west, the 9th
  // against X Corps at Chosin.
  'pva-offensive-1950-11-chongchon': {
    en: 'Chinese 13th Army Group',
    ko: '중국군 제13병단',
    short: { en: '13th Army Gp', ko: '제13병단' },
  },
  'pva-offensive-1950-11-tokchon': {
    en: 'Chinese 13th Army Group',
    ko: '중국군 제13병단',
    short: { en: '13th Army Gp', ko: '제13병단' },
  },
  // Above its point, where the attacks came from: the heads at Yudam-ni and Hagaru-ri and
  // Hagaru-ri's name take the other sides.
  'pva-offensive-1950-11-chosin-west': {
    en: 'Chinese 9th Army Group',
    ko: '중국군 제9병단',
    side: 'bottom',
    short: { en: '9th Army Gp', ko: '제9병단' },
  },
  'pva-offensive-1950-11-chosin-east': {
    en: 'Chinese 9th Army Group',
    ko: '중국군 제9병단',
    side: 'bottom',
    short: { en: '9th Army Gp', ko: '제9병단' },
  },
  'pva-offensive-1951-01-seoul': { en: 'Chinese and KPA', ko: '중국군·인민군' },
  'pva-offensive-1951-01-south': { en: 'Chinese and KPA', ko: '중국군·인민군' },
  'pva-offensive-1951-01-wonju': {
    en: 'KPA II and V Corps',
    ko: '인민군 제2·5군단',
    short: { en: 'KPA II, V Corps', ko: '인민군 제2·5군단' },
  },
  'hungnam-1950-12': {
    en: 'X Corps, by sea',
    ko: '미 제10군단, 해상 철수',
    short: { en: 'X Corps', ko: '제10군단' },
  },
  'chosin-breakout-1950-12': {
    en: '1st Marine Division',
    ko: '미 제1해병사단',
    short: { en: '1st Mar. Div.', ko: '제1해병사단' },
  },
  'un-counteroffensive-1951-seoul': { en: 'Eighth Army', ko: '미 제8군' },
  'un-counteroffensive-1951-central': { en: 'Eighth Army', ko: '미 제8군' },
  'pva-offensive-1951-04-imjin': {
    en: 'Chinese People’s Volunteers',
    ko: '중국 인민지원군',
    short: { en: 'Chinese', ko: '중국군' },
  },
  'pva-offensive-1951-04-kapyong': {
    en: 'Chinese People’s Volunteers',
    ko: '중국 인민지원군',
    short: { en: 'Chinese', ko: '중국군' },
  },
  'pva-offensive-1951-04-soyang': {
    en: 'Chinese People’s Volunteers',
    ko: '중국 인민지원군',
    short: { en: 'Chinese', ko: '중국군' },
  },
  'pva-offensive-1953-07': {
    en: 'Chinese 20th Army Group',
    ko: '중국군 제20병단',
    short: { en: '20th Army Gp', ko: '제20병단' },
  },
  // Inchon (Heinl 1968).
  'advance-inchon-kimpo': { en: '5th Marines', ko: '미 제5해병연대' },
  'advance-kimpo-seoul': { en: '5th Marines', ko: '미 제5해병연대' },
  'advance-inchon-yongdungpo': { en: '1st Marines', ko: '미 제1해병연대' },
  // 19 October 1950: the 13th Army Group's armies over the Yalu (AMS 2000).
  'arrow-andong': {
    en: 'Chinese 13th Army Group',
    ko: '중국군 제13병단',
    short: { en: '13th Army Gp', ko: '제13병단' },
  },
  'arrow-changdian': {
    en: 'Chinese 13th Army Group',
    ko: '중국군 제13병단',
    short: { en: '13th Army Gp', ko: '제13병단' },
  },
  'arrow-jian': {
    en: 'Chinese 13th Army Group',
    ko: '중국군 제13병단',
    short: { en: '13th Army Gp', ko: '제13병단' },
  },
};
