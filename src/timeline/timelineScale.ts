import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dateExtent } from '../story/formatDate.ts';
import type { Step } from '../story/schema.ts';

export interface TimelineMark {
  index: number;
  id: string;
  /** Left edge and width in pixels (width 0 for a single day). */
  x: number;
  width: number;
}

/**
 * A UTC time scale over the story's whole span (padded by a month each side) and one mark per step.
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
  const marks = steps.map((step, index) => {
    const [a, b] = extents[index]!;
    return { index, id: step.id, x: scale(a), width: Math.max(0, scale(b) - scale(a)) };
  });
  return { scale, marks };
}
