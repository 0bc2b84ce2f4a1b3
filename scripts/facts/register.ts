/**
 * A story's fact register, `stories/facts/<story id>.yaml`: every number and date its steps state,
 * each with where in its sources it comes from (docs/history.md). This file is the register's
 * schema and the rule for when a value read from a text is a fact of the register.
 */
import { z } from 'zod';
import type { FactValue } from './extract.ts';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MAGNITUDES = {
  tens: 10,
  hundreds: 100,
  thousands: 1000,
  'tens of thousands': 10_000,
  'hundreds of thousands': 100_000,
} as const;

/** One value: a number, a date (YYYY, YYYY-MM, YYYY-MM-DD), a decade (1970s), an order of magnitude, a time of day. */
const PointSchema = z.union([
  z.number(),
  z.string().regex(DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD, quoted'),
  z.string().regex(/^\d{3}0s$/),
  z.enum(Object.keys(MAGNITUDES) as [keyof typeof MAGNITUDES, ...(keyof typeof MAGNITUDES)[]]),
  z.string().regex(/^\d{2}:\d{2}$/),
]);
export type Point = z.infer<typeof PointSchema>;

const SourceRefSchema = z.strictObject({
  /** A key of the story's `sources`. */
  id: z.string().min(1),
  /**
   * Where in the work: page, chapter, document or table, as precisely as is known. A location not
   * yet checked against the work says so: `unchecked: …` (never a guessed page).
   */
  loc: z.string().min(1),
  /** What this source says, when it differs (one end of a contested range). */
  says: z.string().optional(),
});

const FactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
  /** What the value is, in a few English words. */
  what: z.string().min(1),
  /** A value, or a range: a contested figure, or a period given by its first and last day. */
  value: z.union([PointSchema, z.strictObject({ from: PointSchema, to: PointSchema })]),
  /** Steps whose texts state it; none for a fact only the timeline shows (then `event` is required). */
  steps: z.array(z.string()).default([]),
  sources: z.array(SourceRefSchema).min(1),
  /** The timeline event (stories/<id>.events.yaml) this turning point is; its date must be the fact's. */
  event: z.string().optional(),
  note: z.string().optional(),
});
export type RegisterFact = z.infer<typeof FactSchema>;

export const RegisterSchema = z.array(FactSchema);

/** The points of a value: itself, or both ends of a range. */
export function pointsOf(fact: RegisterFact): { end: '' | 'from' | 'to'; point: Point }[] {
  const v = fact.value;
  return typeof v === 'object'
    ? [
        { end: 'from', point: v.from },
        { end: 'to', point: v.to },
      ]
    : [{ end: '', point: v }];
}

/**
 * Whether a value read from a text is this point. A date matches when every part the text gives
 * agrees ("6월" is 1952-06; "the 25th" is 1950-11-25), and the point has every part the text gives.
 * @example pointMatches({ kind: 'date', m: 6 }, '1952-06') === true
 */
export function pointMatches(v: FactValue, point: Point): boolean {
  switch (v.kind) {
    case 'number':
      return point === v.n;
    case 'decade':
      return point === `${v.y}s`;
    case 'magnitude':
      return typeof point === 'string' && MAGNITUDES[point as keyof typeof MAGNITUDES] === v.n;
    case 'time':
      return point === `${String(v.h).padStart(2, '0')}:${String(v.min).padStart(2, '0')}`;
    case 'date': {
      const m = typeof point === 'string' ? DATE.exec(point) : null;
      if (!m) return false;
      const [y, mo, d] = [m[1], m[2], m[3]].map((p) => (p === undefined ? undefined : Number(p)));
      return [
        [v.y, y],
        [v.m, mo],
        [v.d, d],
      ].every(([text, fact]) => text === undefined || text === fact);
    }
  }
}

/**
 * How many parts the point has that the text does not give: 0 for '1948' read as "1948", 1 for
 * '1945-08' read as "8월". Of several facts a value matches, the one with the fewest is meant.
 */
export function extraParts(v: FactValue, point: Point): number {
  if (v.kind !== 'date' || typeof point !== 'string') return 0;
  const m = DATE.exec(point);
  if (!m) return 0;
  return [
    v.y === undefined,
    m[2] !== undefined && v.m === undefined,
    m[3] !== undefined && v.d === undefined,
  ].filter(Boolean).length;
}
