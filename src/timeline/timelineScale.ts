import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dateExtent } from '../story/formatDate.ts';
import type { Step } from '../story/schema.ts';

export interface TimelineMark {
  index: number;
  id: string;
  /** Left edge and width in pixels (width 0 for a single day). */
  x: number;
  width: number;
  /** Row, so that overlapping periods stay apart and each mark can be clicked. */
  lane: number;
}

/** Marks are at least this wide on screen, so a single day can be hit with a finger. */
export const MIN_MARK_PX = 10;

/**
 * A UTC time scale over the story's whole span (padded by a month each side) and one mark per step,
 * in rows (`lane`) so that no mark hides another.
 * @example timelineMarks(steps, 600).marks[0].x // pixels from the left
 */
export function timelineMarks(
  steps: readonly Step[],
  width: number,
): { scale: ScaleTime<number, number>; marks: TimelineMark[] } {
  const extents = steps.map((s) => dateExtent(s.date));
  const first = Math.min(...extents.map(([a]) => +a));
  const last = Math.max(...extents.map(([, b]) => +b));
  const month = 31 * 24 * 3600 * 1000;
  const scale = scaleUtc()
    .domain([new Date(first - month), new Date(last + month)])
    .range([0, Math.max(1, width)]);
  const laneEnds: number[] = [];
  const marks = steps.map((step, index) => {
    const [a, b] = extents[index]!;
    const x = scale(a);
    const width = Math.max(0, scale(b) - scale(a));
    // First row whose last mark ends before this one starts (steps are in story order).
    let lane = laneEnds.findIndex((end) => end <= x);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = x + Math.max(MIN_MARK_PX, width) + 2;
    return { index, id: step.id, x, width, lane };
  });
  return { scale, marks };
}
