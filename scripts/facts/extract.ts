/**
 * The numeric facts a sentence states, in English or Korean, as normalised values: the input of the
 * fact register's test (docs/history.md). Pure: text in, facts out, each with the raw words it came
 * from so a failure can quote them.
 *
 * Rules run in order and each claims the characters it matched, so a later, looser rule (a bare
 * number) never re-reads what an earlier one (a date) already took. The number 1 ("one", "first",
 * 한, 첫, a lone digit 1) is not a fact: it is a word before it is a figure ("one of the figures",
 * "the first histories"), and in Korean 한 is also "a". A 1 inside a date, a unit's designation
 * (1st Marine Division, 제1해병사단) or a larger number is kept.
 */

/** A value as the text gives it: a date may give only some of its parts ("6월", "the 25th"). */
export type FactValue =
  | { kind: 'number'; n: number }
  | { kind: 'date'; y?: number; m?: number; d?: number }
  | { kind: 'decade'; y: number }
  | { kind: 'magnitude'; n: number }
  | { kind: 'time'; h: number; min: number };

export interface Fact {
  value: FactValue;
  /** The words it came from, as written (emphasis marks removed). */
  raw: string;
}

export type Language = 'en' | 'ko';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = `(${MONTHS.join('|')})`;
const monthOf = (name: string) => MONTHS.indexOf(name) + 1;

const EN_UNITS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_ONES: Record<string, number> = { one: 1, ...EN_UNITS };
const EN_ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
/** Roman numerals as the US Army numbers its corps (I–XX); "X Corps" is the 10th. */
const ROMAN: Record<string, number> = Object.fromEntries(
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'].map(
    (r, i) => [r, i + 1],
  ),
);

/** Korean native numerals, standing alone before a counter (두 사람, 세 번째, 석 달). 한 (1) is left out. */
const KO_NATIVE: Record<string, number> = {
  두: 2,
  세: 3,
  석: 3,
  네: 4,
  넉: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열두: 12,
  스무: 20,
};
/** Korean day counts: 이틀 is two days, 나흘 four. */
const KO_DAYS: Record<string, number> = {
  이틀: 2,
  사흘: 3,
  나흘: 4,
  닷새: 5,
  엿새: 6,
  이레: 7,
  여드레: 8,
  아흐레: 9,
  열흘: 10,
};
/** 수십만 is "hundreds of thousands": the order of magnitude it names. */
const KO_MAGNITUDE: Record<string, number> = { 십만: 100_000, 만: 10_000, 천: 1000, 백: 100, 십: 10 };

const num = (n: number): FactValue => ({ kind: 'number', n });
/** A table's value for a word its pattern was built from (so always there). */
function lookup(table: Record<string, number>, word: string): number {
  const n = table[word];
  if (n === undefined) throw new Error(`no number for "${word}"`);
  return n;
}
const digits = (s: string) => Number(s.replace(/,/g, ''));
/** A bare four-digit number from 1000 to 2099 is a year. */
const yearOrNumber = (n: number, plain: boolean): FactValue =>
  plain && n >= 1000 && n < 2100 ? { kind: 'date', y: n } : num(n);

/** Korean large numbers: 8만 6천 → 86,000; 1만 5백 → 10,500; 천 → 1,000. */
function koreanNumber(man?: string, cheon?: string, baek?: string, bareCheon = false): number {
  return (
    (man ? Number(man) * 10_000 : 0) +
    (cheon !== undefined ? (cheon === '' ? 1 : Number(cheon)) * 1000 : bareCheon ? 1000 : 0) +
    (baek ? Number(baek) * 100 : 0)
  );
}

/**
 * A match's groups as the rules read them. A group that took no part in the match is undefined
 * at run time; the rules whose groups are optional test for it (`m[2] ? … : …`), the others read
 * groups their pattern always fills.
 */
type Groups = { readonly [K in 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9]: string };

interface Rule {
  re: RegExp;
  make: (m: Groups) => FactValue[];
}

/** Words-to-number for "twenty-five", "eleven"; undefined for one, which is not a fact. */
function enWords(word: string): number | undefined {
  const w = word.toLowerCase();
  const [tens = '', ones] = w.split('-');
  // "twenty-five"; else the first part of a compound ("second-phase", "two-day"), or the word itself
  if (ones !== undefined && EN_TENS[tens] && EN_ONES[ones]) return EN_TENS[tens] + EN_ONES[ones];
  return EN_UNITS[tens] ?? EN_TENS[tens] ?? EN_ORDINALS[tens];
}

const dayRange = (d1: string, d2: string | undefined, m?: number, y?: number): FactValue[] =>
  [d1, d2]
    .filter((d): d is string => d !== undefined)
    .map((d) => ({ kind: 'date', ...(y ? { y } : {}), ...(m ? { m } : {}), d: Number(d) }));

const EN_RULES: Rule[] = [
  // "25 June 1950", "13–15 February", "3 and 4 December", "25–28 September 1950"
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:\\s*(?:–|-|and|to)\\s*(\\d{1,2}))?\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    make: (m) => dayRange(m[1], m[2], monthOf(m[3]), m[4] ? Number(m[4]) : undefined),
  },
  // "June 1952", then a month on its own ("in November"): capitalised names only, so "may" is a verb.
  {
    re: new RegExp(`\\b${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    make: (m) => [{ kind: 'date', ...(m[2] ? { y: Number(m[2]) } : {}), m: monthOf(m[1]) }],
  },
  // "the 25th", "the 27th and 28th": days of a month already named. Not "the 38th parallel".
  {
    re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+and\s+\d+(?:st|nd|rd|th)\s+[A-Z])(?:\s+and\s+(\d{1,2})(?:st|nd|rd|th)\b)?(?!\s+(?:[A-Z]|parallel))/g,
    make: (m) => dayRange(m[1], m[2]),
  },
  // "the 1970s"
  { re: /\b(\d{3}0)s\b/g, make: (m) => [{ kind: 'decade', y: Number(m[1]) }] },
  // "10 a.m."
  {
    re: /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.m\./g,
    make: (m) => [{ kind: 'time', h: (Number(m[1]) % 12) + (m[3] === 'p' ? 12 : 0), min: Number(m[2] ?? 0) }],
  },
  // A model's name, not a number: T-34, B-29, MiG-15.
  { re: /\b[A-Za-z]+-\d+(?:s\b|\b)/g, make: () => [] },
  // "X Corps", "IX Corps"
  {
    re: /\b([IVX]+)\s+Corps\b/g,
    make: (m) => {
      const n = ROMAN[m[1]];
      return n ? [num(n)] : [];
    },
  },
  // "2 million", "two million", "a million"
  {
    re: /\b(\d+(?:\.\d+)?|[A-Za-z]+)\s+million\b/g,
    make: (m) => {
      const n = /\d/.test(m[1]) ? Number(m[1]) : m[1].toLowerCase() === 'a' ? 1 : enWords(m[1]);
      return n === undefined ? [] : [num(n * 1_000_000)];
    },
  },
  // "24th Infantry Division", "38th parallel", "5th and 7th Marines"
  { re: /\b(\d+)(?:st|nd|rd|th)\b/g, make: (m) => [num(Number(m[1]))] },
  // "−20 °C", "86,000", "1950", "2.5"
  {
    re: /(?<![\w.,])(−|-(?=\d))?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/g,
    make: (m) => {
      const n = digits(m[2]);
      if (m[1]) return [num(-n)];
      const v = yearOrNumber(n, !m[2].includes(','));
      return v.kind === 'number' && n === 1 ? [] : [v];
    },
  },
  // Orders of magnitude: "hundreds of thousands", "tens of thousands", "thousands", "several hundred"
  {
    re: /\b(hundreds of thousands|tens of thousands|thousands|hundreds|(?:a few|several) hundred|dozens|decades)\b/gi,
    make: (m) => {
      const w = m[1].toLowerCase();
      const n = w.startsWith('hundreds of')
        ? 100_000
        : w.startsWith('tens of')
          ? 10_000
          : w === 'thousands'
            ? 1000
            : w === 'dozens' || w === 'decades'
              ? 10
              : 100;
      return [{ kind: 'magnitude', n }];
    },
  },
  {
    re: /\ba (thousand|hundred|dozen)\b/gi,
    make: (m) => [num({ thousand: 1000, hundred: 100, dozen: 12 }[m[1].toLowerCase()]!)],
  },
  // "two", "Sixteen", "twenty-one", "second", "Eighth Army"
  {
    re: /\b([A-Za-z]+(?:-[a-z]+)?)\b/g,
    make: (m) => {
      const n = enWords(m[1]);
      return n === undefined ? [] : [num(n)];
    },
  },
];

const KO_RULES: Rule[] = [
  // "1970–80년대", "1970년대"
  {
    re: /(\d{3}0)(?:\s*[–-]\s*(\d0))?년대/g,
    make: (m) => [
      { kind: 'decade', y: Number(m[1]) },
      ...(m[2] ? [{ kind: 'decade' as const, y: Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]) }] : []),
    ],
  },
  // "1950년 6월 25일", "2월 13–15일", "1951년 4–6월", "1948년". A day count (11일 뒤, 닷새) is not a date.
  {
    re: /(?:(\d{4})년\s*)?(?:(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?월\s*)?(?:(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?일(?!\s*(?:뒤|후|동안|만에|간|째|안에|이내)))?/g,
    make: (m) => {
      const { 1: y, 2: m1, 3: m2, 4: d1, 5: d2 } = m;
      if (!y && !m1 && !d1) return [];
      const year = y ? { y: Number(y) } : {};
      if (d1) return dayRange(d1, d2, m1 ? Number(m1) : undefined, y ? Number(y) : undefined);
      if (m1) return [m1, m2].filter((x) => x).map((x) => ({ kind: 'date' as const, ...year, m: Number(x) }));
      return [{ kind: 'date', ...year }];
    },
  },
  // "4·3", "6·25", "1·4 후퇴": month·day, how Korean names its dates of history.
  { re: /(\d{1,2})·(\d{1,2})(?!\d)/g, make: (m) => [{ kind: 'date', m: Number(m[1]), d: Number(m[2]) }] },
  // "오전 10시"
  {
    re: /(오전|오후)\s*(\d{1,2})시(?!간)(?:\s*(\d{1,2})분)?/g,
    make: (m) => [
      { kind: 'time', h: (Number(m[2]) % 12) + (m[1] === '오후' ? 12 : 0), min: Number(m[3] ?? 0) },
    ],
  },
  { re: /\b[A-Za-z]+-\d+(?:s\b|\b)/g, make: () => [] },
  // "제1해병사단", "제24보병사단", "제8군": a unit's number, 1 included
  { re: /제(\d+)/g, make: (m) => [num(Number(m[1]))] },
  // "8만 6천", "1만 7천 5백", "4천", "약 천 명"
  {
    re: /(?:(\d+)만(?:\s*(\d*)천)?(?:\s*(\d+)백)?|(\d+)천(?:\s*(\d+)백)?|(?<=^|[\s(약])(천)(?=\s))/g,
    make: (m) => [
      num(m[1] ? koreanNumber(m[1], m[2], m[3]) : m[4] ? koreanNumber(undefined, m[4], m[5]) : 1000),
    ],
  },
  // "수십만", "수만", "수천", "수백", "몇백", "수십": orders of magnitude
  {
    re: /(?:수|몇)(십만|만|천|백|십)/g,
    make: (m) => [{ kind: 'magnitude', n: lookup(KO_MAGNITUDE, m[1]) }],
  },
  // "영하 20도"
  { re: /영하\s*(\d+)/g, make: (m) => [num(-Number(m[1]))] },
  // "36,574", "160km", "제24보병사단", "5–6개"
  {
    re: /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/g,
    make: (m) => {
      const n = digits(m[1]);
      const v = yearOrNumber(n, !m[1].includes(','));
      return v.kind === 'number' && n === 1 ? [] : [v];
    },
  },
  {
    re: new RegExp(`(${Object.keys(KO_DAYS).join('|')})`, 'g'),
    make: (m) => [num(lookup(KO_DAYS, m[1]))],
  },
  {
    re: new RegExp(`(?<=^|[\\s(])(${Object.keys(KO_NATIVE).join('|')})(?=\\s+[가-힣])`, 'g'),
    make: (m) => [num(lookup(KO_NATIVE, m[1]))],
  },
];

/**
 * Markdown emphasis (**bold**, *italic*) is not text: removed before anything is read. Runs of
 * white space become one space, since a YAML block breaks lines anywhere ("tens of↵thousands").
 */
const plain = (text: string) => text.replace(/\*+/g, '').replace(/\s+/g, ' ');

/**
 * The numeric facts in `text`, in reading order.
 * @example extractFacts('Seoul fell on 28 June 1950.', 'en') // [{ value: { kind: 'date', y: 1950, m: 6, d: 28 }, raw: '28 June 1950' }]
 * @example extractFacts('약 8만 6천 명', 'ko') // [{ value: { kind: 'number', n: 86000 }, raw: '8만 6천' }]
 */
export function extractFacts(text: string, language: Language): Fact[] {
  const source = plain(text);
  const taken: [number, number][] = [];
  const found: { at: number; fact: Fact }[] = [];
  for (const rule of language === 'en' ? EN_RULES : KO_RULES) {
    for (const m of source.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start || taken.some(([a, b]) => start < b && a < end)) continue;
      const values = rule.make(m as unknown as Groups);
      taken.push([start, end]);
      for (const value of values) found.push({ at: start, fact: { value, raw: m[0].trim() } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fact);
}

/**
 * A value as one string, for messages and for comparing languages.
 * @example valueKey({ kind: 'date', m: 6, d: 25 }) === '--06-25'
 */
export function valueKey(v: FactValue): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (v.kind) {
    case 'number':
      return String(v.n);
    case 'decade':
      return `${v.y}s`;
    case 'magnitude':
      return `~${v.n}s`;
    case 'time':
      return `${pad(v.h)}:${pad(v.min)}`;
    case 'date':
      // 1950-06-25, 1950-06, 1950; without a year --06-25, --06; a day alone ---25
      if (v.y) return [String(v.y), ...(v.m ? [pad(v.m)] : []), ...(v.d ? [pad(v.d)] : [])].join('-');
      return v.m ? `--${pad(v.m)}${v.d ? `-${pad(v.d)}` : ''}` : `---${pad(v.d ?? 0)}`;
  }
}
