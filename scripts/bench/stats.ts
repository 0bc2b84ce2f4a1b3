/**
 * Reading the probe's records (probe.ts) into figures: the phases between the driver's marks, the
 * frame lengths inside them, whose code a long script was, and the quantiles reported.
 */
import type { Probe } from './probe.ts';

/** A span of page time, [start, end) in `performance.now()` milliseconds. */
export type Range = [number, number];

/**
 * The time ranges between marks named `from` and the next `to`.
 * @example ranges({ marks: [{ name: 'a', t: 1 }, { name: 'b', t: 5 }] }, 'a', 'b') // [[1, 5]]
 */
export function ranges(probe: Pick<Probe, 'marks'>, from: string, to: string): Range[] {
  const out: Range[] = [];
  let open: number | undefined;
  for (const m of probe.marks) {
    if (m.name === from) open = m.t;
    else if (m.name === to && open !== undefined) {
      out.push([open, m.t]);
      open = undefined;
    }
  }
  return out;
}

export const inside = (t: number, rs: Range[]): boolean => rs.some(([a, b]) => t >= a && t < b);

/** Frame lengths (ms between animation frames) of frames that ended inside `rs` and not in `not`. */
export function frameTimes(probe: Pick<Probe, 'raf'>, rs: Range[], not: Range[] = []): number[] {
  const out: number[] = [];
  for (let k = 1; k < probe.raf.length; k++) {
    const t = probe.raf[k]!;
    if (inside(t, rs) && !inside(t, not)) out.push(t - probe.raf[k - 1]!);
  }
  return out;
}

/**
 * Whose code a script of a long animation frame is: MapLibre's chunk, the app's (served from
 * `base`), or neither.
 */
export function owner(url: string, base: string): 'maplibre' | 'app' | 'other' {
  if (!url.startsWith(base)) return 'other';
  return /\/assets\/maplibre-gl[^/]*$/.test(url) ? 'maplibre' : 'app';
}

/** The value at quantile `q` (0–1) of `values`, lower of the two around it; NaN for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
export const median = (values: number[]): number => quantile(values, 0.5);
/** The largest of `values`, 0 for none (no long task is a longest task of 0 ms). */
export const max = (values: number[]): number => (values.length ? Math.max(...values) : 0);
