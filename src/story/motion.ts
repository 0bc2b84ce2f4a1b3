/**
 * Time on the map: a step that spans a period may move a front line through dated positions and
 * draw arrows in as the reader scrolls through it. This module turns scroll progress into the pure
 * motion state that {@link ./targetState.ts} returns; resolveMotion.ts checks a step's `motion`
 * against the story and the geometry and resolves each keyframe's date.
 *
 * It imports nothing from schema.ts: the schema imports {@link ResolvedMotion} from here.
 */
import { between, dayAt, dayIso, isoDay } from '../motion/keyframes.ts';

/** A dated position of the front, resolved at build time. */
export interface FrontKeyframe {
  line: string;
  date: string;
}

export interface ResolvedMotion {
  /** At least two keyframes in date order. */
  front?: FrontKeyframe[];
  /** Arrow layers that draw in from tail to head over the step. */
  draw?: string[];
  /** The period the step scrolls through. */
  span: { start: string; end: string };
}

/** One feature of a geo file as the checks see it: its id, and its group, date and geometry type. */
export interface GeoFeature {
  id: string;
  date?: string;
  /** `properties.group`: a layer's `features:` may name a group instead of each id. */
  group?: string;
  /** GeoJSON geometry type, e.g. `LineString`. */
  type?: string;
}

/** The features of a geo file, or undefined when it cannot be read (unit tests). */
export type GeoFeatures = (name: string) => GeoFeature[] | undefined;

/** The motion part of a step's map state. */
export interface MotionState {
  /** Scroll progress through the step, 0–1. */
  progress: number;
  /** The date shown (ISO, YYYY-MM-DD). */
  date: string;
  /** The front at `date`: between keyframe lines `from` and `to`, `t` of the way. */
  front?: { from: string; to: string; t: number };
  /** Arrow layer id → drawn fraction, 0–1. */
  draw: Record<string, number>;
}

/** Share of the step's scroll over which arrows draw in; they are complete before the step ends. */
const DRAW_SPAN = 0.75;

/**
 * Motion state at `progress` through the step. Under reduced motion the period is shown as
 * discrete dated snapshots (the dated line nearest the moment) and arrows in their final form.
 * @example motionState(motion, 0.5, false).date // the middle of the step's period
 */
export function motionState(motion: ResolvedMotion, progress: number, reduced: boolean): MotionState {
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  let day = dayAt(motion.span.start, motion.span.end, p);
  const draw: Record<string, number> = {};
  for (const id of motion.draw ?? []) draw[id] = reduced ? 1 : Math.min(1, p / DRAW_SPAN);
  let front: MotionState['front'];
  if (motion.front) {
    const keyframes = motion.front.map((k) => ({ date: k.date, value: k.line }));
    if (reduced) {
      // Discrete dated snapshots: the dated line nearest the moment (the earlier on a tie).
      let nearest = keyframes[0]!;
      for (const k of keyframes) {
        if (Math.abs(isoDay(k.date) - day) < Math.abs(isoDay(nearest.date) - day)) nearest = k;
      }
      day = isoDay(nearest.date);
      front = { from: nearest.value, to: nearest.value, t: 0 };
    } else {
      const { from, to, t } = between(keyframes, day);
      front = { from, to, t: round(t) };
    }
  }
  return { progress: round(p), date: dayIso(day), ...(front ? { front } : {}), draw };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
