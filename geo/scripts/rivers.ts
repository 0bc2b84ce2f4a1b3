/**
 * Rivers the story needs, named.
 *
 * GSHHG/WDBII river segments carry no names, so each river is identified by the towns it must
 * pass: the connected systems of segments (chained through shared end points) that come within
 * {@link NEAR_KM} of a river's checkpoints are that river, and every checkpoint must then lie
 * within {@link MUST_KM} of it, or the build fails. Two rivers WDBII does not have at this
 * resolution — the Chongchon and the Nam — are hand-digitised after the maps in Appleman (1961).
 */
import { readFileSync } from 'node:fs';
import { nearestOnLine, type Position } from './geometry.ts';

const NEAR_KM = 4;
const MUST_KM = 6;

export interface River {
  id: string;
  en: string;
  ko: string;
  rr: string;
  /** Towns the river must pass, [lon, lat]. */
  checkpoints: Position[];
  /** Hand-digitised course (mouth last) where WDBII has no such river. */
  course?: Position[];
}

export const RIVERS: River[] = [
  {
    id: 'yalu',
    en: 'Yalu',
    ko: '압록강',
    rr: 'Amnokgang',
    // Sinuiju, Manpo, Hyesanjin.
    checkpoints: [
      [124.4, 40.1],
      [126.29, 41.145],
      [128.18, 41.4],
    ],
  },
  {
    id: 'taedong',
    en: 'Taedong',
    ko: '대동강',
    rr: 'Daedonggang',
    checkpoints: [[125.754, 39.032]], // Pyongyang
  },
  {
    id: 'imjin',
    en: 'Imjin',
    ko: '임진강',
    rr: 'Imjingang',
    // The mouth below Munsan; Chongok.
    checkpoints: [
      [126.69, 37.8],
      [127.07, 38.1],
    ],
  },
  {
    id: 'han',
    en: 'Han',
    ko: '한강',
    rr: 'Hangang',
    // Seoul; Yangpyong.
    checkpoints: [
      [126.98, 37.53],
      [127.49, 37.49],
    ],
  },
  {
    id: 'naktong',
    en: 'Naktong',
    ko: '낙동강',
    rr: 'Nakdonggang',
    // Waegwan; Andong (Korea); the mouth west of Pusan.
    checkpoints: [
      [128.399, 35.992],
      [128.73, 36.56],
      [128.95, 35.15],
    ],
  },
  {
    id: 'chongchon',
    en: 'Chongchon',
    ko: '청천강',
    rr: 'Cheongcheongang',
    checkpoints: [
      [126.27, 40.17],
      [125.66, 39.62],
    ], // Huichon, Anju
    // From the Myohyang mountains past Huichon, Kujang and Kaechon to Korea Bay below Anju.
    course: [
      [126.6, 40.55],
      [126.45, 40.35],
      [126.27, 40.17],
      [126.17, 40.02],
      [126.08, 39.86],
      [125.97, 39.72],
      [125.88, 39.63],
      [125.75, 39.6],
      [125.66, 39.61],
      [125.57, 39.58],
      [125.45, 39.55],
    ],
  },
  {
    id: 'nam',
    en: 'Nam',
    ko: '남강',
    rr: 'Namgang',
    checkpoints: [
      [128.08, 35.18],
      [128.47, 35.39],
    ], // Chinju; the Naktong confluence at Namji
    course: [
      [127.75, 35.45],
      [127.88, 35.35],
      [128.0, 35.2],
      [128.08, 35.18],
      [128.2, 35.27],
      [128.26, 35.32],
      [128.38, 35.37],
      [128.47, 35.39],
    ],
  },
];

/** Segments of a `gmt coast -M` dump. */
export function parseGmt(text: string): Position[][] {
  const segments: Position[][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) segments.push([]);
    else if (!line.startsWith('#') && segments.length) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) segments.at(-1)!.push([x!, y!]);
    }
  }
  return segments.filter((s) => s.length > 1);
}

/** Connected systems of segments: segments sharing an end point belong together. */
export function systems(segments: Position[][]): Position[][][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seen = new Map<string, number>();
  segments.forEach((s, i) => {
    for (const p of [s[0]!, s.at(-1)!]) {
      const key = `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
      const j = seen.get(key);
      if (j === undefined) seen.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Position[][]>();
  segments.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()];
}

const kmTo = (p: Position, lines: Position[][]) => Math.min(...lines.map((l) => nearestOnLine(p, l).km));

/** Each river's lines: the WDBII systems near its checkpoints, or its hand-digitised course. */
export function namedRivers(gmtText: string): { river: River; lines: Position[][]; source: string }[] {
  const all = systems(parseGmt(gmtText));
  return RIVERS.map((river) => {
    const lines = river.course
      ? [river.course]
      : all.filter((sys) => river.checkpoints.some((c) => kmTo(c, sys) < NEAR_KM)).flat();
    for (const c of river.checkpoints) {
      const d = lines.length ? kmTo(c, lines) : Infinity;
      if (d > MUST_KM) throw new Error(`river ${river.id} passes ${d.toFixed(1)} km from [${c.join(', ')}]`);
    }
    return { river, lines, source: river.course ? 'appleman-1961' : 'gshhg' };
  });
}

export const readGmt = (url: URL): string => readFileSync(url, 'utf8');
