/**
 * Time on the map: a step that spans a period may move a front line through dated positions and
 * draw arrows in as the reader scrolls through it. This module checks a step's `motion` against the
 * story and the geometry, resolves each keyframe's date, and turns scroll progress into the pure
 * motion state that {@link ./targetState.ts} returns.
 */
import { between, dayAt, dayIso, isoDay } from '../motion/keyframes.ts';
import { unknownReference } from './closest.ts';
import type { LayerDef, StepFile } from './schema.ts';
import type { Path } from './yamlSource.ts';

/** The geo file whose lines the front moves through, resampled to matching vertex counts. */
export const MORPH_GEO = 'fronts-resampled';

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

/**
 * Check a step's motion and resolve it. Problems are returned as [path, message] with the path
 * relative to the step (e.g. `['motion', 'front', 1, 'line']`).
 */
export function resolveMotion(
  step: StepFile,
  layers: readonly LayerDef[],
  geoFeatures: GeoFeatures | undefined,
): { motion?: ResolvedMotion; problems: [Path, string][] } {
  const spec = step.motion;
  if (!spec) return { problems: [] };
  const problems: [Path, string][] = [];
  const span = spec.span ?? (typeof step.date === 'object' ? step.date : undefined);
  if (!span) {
    problems.push([['motion'], 'motion needs a period: give the step date: { start, end } or motion.span']);
  } else if (span.start > span.end && !spec.span) {
    // The step's own dates run backwards: reported once, on its date field.
  } else if (span.start >= span.end) {
    problems.push([
      ['motion', 'span'],
      `the period must run forward: ${span.start} is not before ${span.end}`,
    ]);
  }

  let front: FrontKeyframe[] | undefined;
  if (spec.front) {
    const features = geoFeatures?.(MORPH_GEO);
    const known = features?.map((f) => f.id) ?? [];
    front = [];
    spec.front.forEach((k, i) => {
      const feature = features?.find((f) => f.id === k.line);
      if (features && !feature) {
        problems.push([
          ['motion', 'front', i, 'line'],
          unknownReference('line', k.line, known, `geo/layers/${MORPH_GEO}.geojson`),
        ]);
        return;
      }
      const date = k.date ?? feature?.date;
      if (!date) {
        problems.push([['motion', 'front', i, 'date'], `no date for "${k.line}": give date: 'YYYY-MM-DD'`]);
        return;
      }
      const previous = front!.at(-1);
      if (previous && date < previous.date) {
        problems.push([
          ['motion', 'front', i, 'date'],
          `${date} comes before the previous keyframe (${previous.date}); keep keyframes in date order`,
        ]);
      }
      front!.push({ line: k.line, date });
    });
  }

  spec.draw?.forEach((id, i) => {
    const layer = layers.find((l) => l.id === id);
    const path: Path = ['motion', 'draw', i];
    if (!layer) {
      problems.push([
        path,
        unknownReference(
          'layer',
          id,
          layers.map((l) => l.id),
        ),
      ]);
    } else if (layer.kind !== 'arrow') {
      problems.push([path, `only arrow layers draw in; "${id}" is a ${layer.kind} layer`]);
    } else if (!shown(step.layers[id], layer.visible)) {
      problems.push([path, `"${id}" draws in, so the step must show it: add layers: { ${id}: true }`]);
    }
  });

  if (problems.length > 0 || !span) return { problems };
  return {
    motion: { span, ...(front ? { front } : {}), ...(spec.draw ? { draw: spec.draw } : {}) },
    problems,
  };
}

function shown(state: StepFile['layers'][string] | undefined, byDefault: boolean): boolean {
  if (state === undefined) return byDefault;
  if (typeof state === 'boolean') return state;
  return state.visible && state.opacity > 0;
}

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
