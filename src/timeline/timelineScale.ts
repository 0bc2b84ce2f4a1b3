/**
 * Pure layout of the timeline: a time scale that gives crowded periods room, the step marks and
 * event dots placed in rows so none hides another, year ticks and year labels that fit, and the
 * order the keyboard walks through them. Everything is in pixels for a given width.
 */
import { bisectRight } from 'd3-array';
import { utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { dateExtent } from '../story/formatDate.ts';
import type { DateSpec } from '../story/schema.ts';

/** Step marks are at least this wide, so that a single day can be hit with a finger. */
export const MIN_MARK_PX = 10;
/**
 * Neighbouring events in a row keep this far apart (their hit areas, 10 px wide in app.css, may
 * overlap by a pixel or two).
 */
export const EVENT_GAP_PX = 8;
/** Height of a step's box: room for its name in the timeline's 11 px type. */
export const MARK_PX = 15;
/** Height of one row of step marks, and of one row of events. */
const ROW_PX = MARK_PX + 2;
const EVENT_ROW_PX = 9;
/** Room above the first row. */
const TOP_PX = 5;
/** The axis: its line, year ticks and labels. */
const AXIS_PX = 22;
/** Least room between two year labels. */
const LABEL_GAP = 6;
/** How far a label may reach past the ends of the axis (into the timeline's padding). */
const LABEL_OVERHANG = 12;
/** Share of the width spread by time alone; the rest goes where the steps and events are. */
const TIME_SHARE = 0.3;
/** Most of the item-driven share one piece of the scale can take. */
const MAX_PIECE = 0.1;

export interface StepMark {
  /** Index of the step in the story. */
  index: number;
  id: string;
  /** Where the step's dates start and how long they last, in pixels (width 0 for a single day). */
  x: number;
  width: number;
  /** The mark as drawn: at least {@link MIN_MARK_PX} wide, a short one centred on its dates. */
  left: number;
  drawWidth: number;
  /** Row, so that overlapping periods stay apart and each mark can be clicked. */
  lane: number;
  /** Top edge in pixels. */
  y: number;
}

export interface EventMark {
  /** Index of the event in the story's events. */
  index: number;
  id: string;
  /** Index of the step it belongs to. */
  step: number;
  /** Centre in pixels. */
  x: number;
  lane: number;
  /** Centre in pixels. */
  y: number;
}

export interface YearLabel {
  year: number;
  /** Centre of the year's band on the axis. */
  x: number;
  text: string;
}

/** A mark or an event: what the arrow keys move between, in date order. */
export type TimelineItem = { kind: 'step'; index: number } | { kind: 'event'; index: number };

/**
 * A piecewise-linear map from UTC dates to pixels (d3's `scaleUtc` with a polylinear domain, less
 * its interpolators and tick formats, which the timeline does not use): breakpoints in `domain()`,
 * their pixels in `range()`, extended past the ends along the first and last piece.
 */
export interface TimeScale {
  (date: Date): number;
  domain(): Date[];
  range(): number[];
}

/** @example piecewiseScale([a, b], [0, 100])(midpoint) === 50 */
export function piecewiseScale(domain: readonly Date[], range: readonly number[]): TimeScale {
  const xs = domain.map(Number);
  const ys = [...range];
  const scale = (date: Date) => {
    if (xs.length < 2) return ys[0] ?? 0;
    const i = Math.min(Math.max(bisectRight(xs, +date) - 1, 0), xs.length - 2);
    const [x0, x1, y0, y1] = [xs[i]!, xs[i + 1]!, ys[i]!, ys[i + 1]!];
    return x1 === x0 ? y0 : y0 + ((+date - x0) / (x1 - x0)) * (y1 - y0);
  };
  scale.domain = () => xs.map((t) => new Date(t));
  scale.range = () => [...ys];
  return scale;
}

export interface TimelineLayout {
  scale: TimeScale;
  marks: StepMark[];
  events: EventMark[];
  /** x of each 1 January inside the span. */
  ticks: number[];
  labels: YearLabel[];
  /** y of the axis line. */
  axisY: number;
  /** Total height in pixels. */
  height: number;
  /** Keyboard order: every mark and event by date (a step before the events that start with it). */
  order: TimelineItem[];
}

export interface TimelineStep {
  id: string;
  date: DateSpec;
}

export interface TimelineEvent {
  id: string;
  date: string;
  /** Index of its step. */
  step: number;
}

const DAY = 24 * 3600 * 1000;
const MONTH = 31 * DAY;

/** Piece lengths to choose from, in months: the shortest that leaves at most MAX_PIECES pieces. */
const PIECE_MONTHS = [1, 2, 3, 6, 12, 24, 60, 120, 600];
const MAX_PIECES = 120;

function pieceInterval(lo: number, hi: number): TimeInterval {
  const months = (hi - lo) / (30.44 * DAY);
  const k = PIECE_MONTHS.find((m) => months / m <= MAX_PIECES) ?? PIECE_MONTHS.at(-1)!;
  return k < 12 ? utcMonth.every(k)! : utcYear.every(k / 12)!;
}

/**
 * A piecewise-linear UTC scale over the story's span (padded by a month each side). The span is cut
 * at calendar boundaries (months for a story of up to ten years, longer pieces for longer ones; 1
 * January is always a breakpoint, so year ticks stay exact) and each piece gets a share of the width
 * that blends its length in time ({@link TIME_SHARE}) with how many steps and events fall in it. A
 * story of 1945–1953 whose steps crowd into 1950–51 gets room there; a story whose steps are spread
 * evenly gets a nearly linear scale.
 * @param spans each step's first and last day, and each event's day twice
 * @example densityScale(spans, 358)(new Date('1950-06-25')) // pixels from the left
 */
export function densityScale(spans: readonly (readonly [Date, Date])[], width: number): TimeScale {
  const w = Math.max(1, width);
  const instants = spans.flatMap(([a, b]) => [+a, +b]);
  if (instants.length === 0) return piecewiseScale([new Date(0), new Date(DAY)], [0, w]);
  const lo = Math.min(...instants) - MONTH;
  const hi = Math.max(...instants) + MONTH;
  const inner = pieceInterval(lo, hi)
    .range(new Date(lo + 1), new Date(hi))
    .map(Number);
  const bounds = [lo, ...inner, hi];
  const pieces = bounds.length - 1;

  // How much of each item falls in each piece: a day all in one, a period spread by overlap.
  const counts = new Array<number>(pieces).fill(0);
  for (const [a, b] of spans) {
    const [start, end] = [+a, +b];
    for (let i = 0; i < pieces; i++) {
      const [p0, p1] = [bounds[i]!, bounds[i + 1]!];
      if (end - start < DAY) {
        if (start >= p0 && (start < p1 || i === pieces - 1)) counts[i]! += 1;
      } else {
        counts[i]! += Math.max(0, Math.min(end, p1) - Math.max(start, p0)) / (end - start);
      }
    }
  }
  // Spread each piece's count a little onto its neighbours, so that the scale changes pace
  // gradually; and no piece takes more than MAX_PIECE of the share that follows the items, so that
  // one crowded month cannot squeeze everything else.
  const smooth = counts.map((c, i) => (counts[i - 1] ?? c) / 4 + c / 2 + (counts[i + 1] ?? c) / 4);
  const total = smooth.reduce((s, c) => s + c, 0) || 1;
  const density = smooth.map((c) => Math.min(c / total, MAX_PIECE));
  const densityTotal = density.reduce((s, d) => s + d, 0) || 1;
  const range = [0];
  for (let i = 0; i < pieces; i++) {
    const time = (bounds[i + 1]! - bounds[i]!) / (hi - lo);
    const share = TIME_SHARE * time + (1 - TIME_SHARE) * (density[i]! / densityTotal);
    range.push(range[i]! + share * w);
  }
  range[pieces] = w; // no rounding drift at the right edge
  return piecewiseScale(
    bounds.map((t) => new Date(t)),
    range,
  );
}

/** Rough width of a year label in the timeline's 11 px type (digits are about 6.5 px). */
export function labelWidth(text: string): number {
  return text.length * 7;
}

/**
 * Year ticks (every 1 January inside the domain) and year labels, each centred in its year's band.
 * The widest years are labelled first; a label that would touch one already placed is tried in its
 * short form ('51) and otherwise left out, so labels never overlap, however narrow the quiet years
 * get, and the crowded years always keep theirs.
 */
export function yearAxis(scale: TimeScale): { ticks: number[]; labels: YearLabel[] } {
  const domain = scale.domain();
  const [lo, hi] = [domain[0]!, domain.at(-1)!];
  const [left, right] = [scale(lo), scale(hi)];
  const ticks = utcYear.range(new Date(+lo + 1), hi).map((d) => scale(d));
  const bands: { year: number; x: number; band: number }[] = [];
  for (let year = lo.getUTCFullYear(); year <= hi.getUTCFullYear(); year++) {
    const x0 = scale(new Date(Math.max(+lo, Date.UTC(year, 0, 1))));
    const x1 = scale(new Date(Math.min(+hi, Date.UTC(year + 1, 0, 1))));
    bands.push({ year, x: (x0 + x1) / 2, band: x1 - x0 });
  }
  const placed: YearLabel[] = [];
  const fits = (x: number, text: string) => {
    const half = labelWidth(text) / 2;
    if (x - half < left - LABEL_OVERHANG || x + half > right + LABEL_OVERHANG) return false;
    return placed.every((p) => Math.abs(p.x - x) >= half + labelWidth(p.text) / 2 + LABEL_GAP);
  };
  for (const { year, x, band } of [...bands].sort((a, b) => b.band - a.band || a.year - b.year)) {
    // A label may spread past its band a little, never more than its own half-width past it.
    const candidates = [String(year), `’${String(year).slice(2)}`].filter((t) => band >= labelWidth(t) / 2);
    const text = candidates.find((t) => fits(x, t));
    if (text) placed.push({ year, x, text });
  }
  return { ticks, labels: placed.sort((a, b) => a.year - b.year) };
}

/** First row whose last occupant ends at or before `start`; opens a new row if none. */
function placeInRow(rowEnds: number[], start: number, end: number): number {
  let lane = rowEnds.findIndex((e) => e <= start);
  if (lane === -1) lane = rowEnds.push(0) - 1;
  rowEnds[lane] = end;
  return lane;
}

/**
 * The whole timeline for `width` pixels: scale, marks (steps, in rows from the top), events (in
 * rows just above the axis), year ticks and labels, height, and keyboard order.
 * @example timelineLayout(story.steps, [], 600).marks[0].x // pixels from the left
 */
export function timelineLayout(
  steps: readonly TimelineStep[],
  events: readonly TimelineEvent[],
  width: number,
): TimelineLayout {
  const stepSpans = steps.map((s) => dateExtent(s.date));
  const eventDates = events.map((e) => dateExtent(e.date)[0]);
  const scale = densityScale([...stepSpans, ...eventDates.map((d) => [d, d] as const)], width);

  const markEnds: number[] = [];
  const marks = steps.map((step, index) => {
    const [a, b] = stepSpans[index]!;
    const x = scale(a);
    const w = Math.max(0, scale(b) - x);
    const drawWidth = Math.max(MIN_MARK_PX, w);
    const left = x + w / 2 - drawWidth / 2;
    const lane = placeInRow(markEnds, left, left + drawWidth + 2);
    return { index, id: step.id, x, width: w, left, drawWidth, lane, y: TOP_PX + lane * ROW_PX };
  });
  const eventEnds: number[] = [];
  const placed = events.map((event, index) => {
    const x = scale(eventDates[index]!);
    const lane = placeInRow(eventEnds, x, x + EVENT_GAP_PX);
    return { index, id: event.id, step: event.step, x, lane };
  });
  const stepRows = Math.max(1, markEnds.length);
  const eventRows = eventEnds.length;
  const axisY = TOP_PX + stepRows * ROW_PX + eventRows * EVENT_ROW_PX + 2;
  // Event row 0 sits on the axis, further rows above it, like a dot plot.
  const eventMarks = placed.map((e) => ({ ...e, y: axisY - 2 - (e.lane + 0.5) * EVENT_ROW_PX }));

  const starts: [TimelineItem, number][] = [
    ...stepSpans.map(([a], index): [TimelineItem, number] => [{ kind: 'step', index }, +a]),
    ...eventDates.map((d, index): [TimelineItem, number] => [{ kind: 'event', index }, +d]),
  ];
  const rank = (item: TimelineItem) => (item.kind === 'step' ? 0 : 1);
  const order = starts
    .sort(([a, ta], [b, tb]) => ta - tb || rank(a) - rank(b) || a.index - b.index)
    .map(([item]) => item);

  return {
    scale,
    marks,
    events: eventMarks,
    ...yearAxis(scale),
    axisY,
    height: axisY + AXIS_PX,
    order,
  };
}
