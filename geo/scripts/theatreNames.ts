/**
 * Names of the theatre: the seas, the strait, the neighbouring countries and the two ranges the
 * story talks about. Each point is where the name is written (the middle of its text), placed by
 * hand to sit in open water or open land at the country scale, not a feature's position. The
 * names follow the naming policy in docs/history.md: English as in the period's English-language
 * sources, with the Korean name where the two differ; Korean as Korean readers write them today;
 * the USSR, not Russia, for 1950–1953.
 */
import type { Position } from './geometry.ts';

export interface TheatreName {
  id: string;
  en: string;
  ko: string;
  /** How the map writes it: water in blue, countries in spaced capitals, ranges in brown. */
  kind: 'sea' | 'country' | 'range';
  /** 1 largest. */
  rank: 1 | 2;
  at: Position;
}

export const THEATRE_NAMES: TheatreName[] = [
  { id: 'yellow-sea', en: 'Yellow Sea', ko: '황해', kind: 'sea', rank: 1, at: [124.25, 36.0] },
  { id: 'east-sea', en: 'Sea of Japan (East Sea)', ko: '동해', kind: 'sea', rank: 1, at: [130.6, 38.9] },
  { id: 'korea-bay', en: 'Korea Bay', ko: '서한만', kind: 'sea', rank: 2, at: [124.0, 39.2] },
  { id: 'korea-strait', en: 'Korea Strait', ko: '대한해협', kind: 'sea', rank: 2, at: [128.75, 34.45] },
  { id: 'china', en: 'China', ko: '중국', kind: 'country', rank: 1, at: [125.0, 42.3] },
  { id: 'ussr', en: 'USSR', ko: '소련', kind: 'country', rank: 1, at: [131.1, 42.75] },
  { id: 'japan', en: 'Japan', ko: '일본', kind: 'country', rank: 1, at: [131.0, 34.15] },
  { id: 'taebaek', en: 'Taebaek Mountains', ko: '태백산맥', kind: 'range', rank: 2, at: [128.75, 37.35] },
  { id: 'nangnim', en: 'Nangnim Mountains', ko: '낭림산맥', kind: 'range', rank: 2, at: [126.85, 40.45] },
];
