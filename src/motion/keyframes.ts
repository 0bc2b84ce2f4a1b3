/**
 * Which two dated positions a moment falls between, and how far: the morph of a front line is a
 * walk through its dated keyframes, paced by the calendar rather than by the keyframe count, so a
 * week of movement takes as much scrolling as any other week.
 */

export interface Keyframe<T> {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  value: T;
}

export interface Between<T> {
  from: T;
  to: T;
  /** 0 at `from`, 1 at `to`. */
  t: number;
  /** Days since 1970-01-01 (UTC) of the moment asked for. */
  day: number;
}

const DAY_MS = 86_400_000;

/** Days since the epoch (UTC) of an ISO date; `YYYY-MM` is the 1st of the month. */
export function isoDay(iso: string): number {
  const [y, m = '01', d = '01'] = iso.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function dayIso(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day reached at `progress` (0–1, clamped) through `[start, end]`.
 * @example dayIso(dayAt('1950-08-04', '1950-09-15', 0.5)) // '1950-08-25'
 */
export function dayAt(start: string, end: string, progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  const a = isoDay(start);
  return a + (isoDay(end) - a) * p;
}

/**
 * The keyframes around `day` (keyframes sorted by date, at least one). Before the first or after
 * the last, the nearest keyframe is returned with `t` 0 or 1.
 */
export function between<T>(keyframes: readonly Keyframe<T>[], day: number): Between<T> {
  if (keyframes.length === 0) throw new Error('between(): no keyframes');
  const days = keyframes.map((k) => isoDay(k.date));
  for (let i = 1; i < days.length; i++) {
    if (days[i]! < days[i - 1]!) throw new Error(`keyframes out of date order at ${keyframes[i]!.date}`);
  }
  const first = keyframes[0]!;
  const last = keyframes.at(-1)!;
  if (day <= days[0]!) return { from: first.value, to: first.value, t: 0, day };
  if (day >= days.at(-1)!) return { from: last.value, to: last.value, t: 1, day };
  let i = 1;
  while (days[i]! < day) i++;
  const d0 = days[i - 1]!;
  const d1 = days[i]!;
  return {
    from: keyframes[i - 1]!.value,
    to: keyframes[i]!.value,
    t: d1 === d0 ? 1 : (day - d0) / (d1 - d0),
    day,
  };
}
