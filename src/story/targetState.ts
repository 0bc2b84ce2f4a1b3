import { motionState, type MotionState } from './motion.ts';
import type { CameraBase, LayerState, Story } from './schema.ts';

export interface LayerVisual {
  visible: boolean;
  /** 0–1; meaningful only while visible. */
  opacity: number;
}

/** The complete map state of one step: everything the controller needs, nothing it must remember. */
export interface MapState {
  stepId: string;
  camera: CameraBase;
  /** Every story layer, mentioned by the step or not. */
  layers: Record<string, LayerVisual>;
  /** A step with `motion`: the front and arrow draw-in at this progress through it. */
  motion?: MotionState;
}

export interface TargetOptions {
  /** Use the step's `camera.narrow` override (phones) when it has one. */
  narrow?: boolean;
  /** Scroll progress through the step, 0–1 (default 0: the step's beginning). */
  progress?: number;
  /** Reduced motion: dated snapshots and finished arrows instead of continuous change. */
  reducedMotion?: boolean;
}

/**
 * The whole map state for step `index` (at `progress` through it), derived from the story alone. Layers the step does not
 * mention take their default from the story's layer list, so the result never depends on which
 * step came before: a deep link, a scroll back and a jump over many steps all land here.
 * The index is clamped into the story.
 * @example targetState(story, 0).layers['parallel-38'] // { visible: true, opacity: 1 }
 */
export function targetState(story: Story, index: number, options: TargetOptions = {}): MapState {
  const step = story.steps[clampIndex(story, index)]!;
  const { narrow: narrowCamera, ...wide } = step.camera;
  const camera = options.narrow && narrowCamera ? narrowCamera : wide;
  const layers: Record<string, LayerVisual> = {};
  for (const layer of story.layers) {
    layers[layer.id] = resolveLayer(step.layers[layer.id], layer.visible);
  }
  const motion = step.motion
    ? motionState(step.motion, options.progress ?? 0, options.reducedMotion ?? false)
    : undefined;
  return { stepId: step.id, camera, layers, ...(motion ? { motion } : {}) };
}

export function clampIndex(story: Story, index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(story.steps.length - 1, Math.max(0, Math.round(index)));
}

function resolveLayer(state: LayerState | undefined, byDefault: boolean): LayerVisual {
  if (state === undefined) return { visible: byDefault, opacity: 1 };
  if (typeof state === 'boolean') return { visible: state, opacity: 1 };
  return { visible: state.visible && state.opacity > 0, opacity: state.opacity };
}

/** Ids of the visible layers, sorted: the value of the map container's `data-layers`. */
export function visibleLayerIds(state: MapState): string[] {
  return Object.entries(state.layers)
    .filter(([, v]) => v.visible)
    .map(([id]) => id)
    .sort();
}
