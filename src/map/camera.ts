/**
 * Pure camera helpers: how to move between steps, when a move has arrived, and the camera's public
 * rounding.
 */
import { durations } from '../tokens/tokens.ts';

export type Transition = 'fly' | 'ease' | 'cut';

export interface CameraValue {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * How to move from step `from` to step `to`. Neighbouring steps fly; a jump over several steps uses
 * a short ease (never a queue of flights); the first view, a refit of the same step (resize,
 * rotation) and reduced motion cut.
 * @example chooseTransition(2, 3, false) === 'fly'
 */
export function chooseTransition(from: number | undefined, to: number, reducedMotion: boolean): Transition {
  if (from === undefined || from === to || reducedMotion) return 'cut';
  return Math.abs(to - from) === 1 ? 'fly' : 'ease';
}

/**
 * The move to make, given the one asked for and the moves before it. A flight asked for while our
 * last move is under way, or less than a flight's time after it started, becomes a short ease: the
 * reader is going through the steps faster than flights (a fling, a settle that corrects it, keys
 * held down), and a flight would arrive a second and a half after they stopped. Asked for less
 * than a short ease's time after the last move started, it is a cut: moves are coming faster than
 * even an ease could show. A reader who reads gets flights.
 * @param sinceMs time since the last animated move started
 * @param underWay a move of ours is still going
 * @example paceTransition('fly', 5_000, false) === 'fly'
 */
export function paceTransition(transition: Transition, sinceMs: number, underWay: boolean): Transition {
  if (transition !== 'cut' && sinceMs < durations.jumpMs) return 'cut';
  if (transition === 'fly' && (underWay || sinceMs < durations.flightMs)) return 'ease';
  return transition;
}

/** The camera has arrived (to well under a pixel at story zooms). */
export function cameraArrived(a: CameraValue, b: CameraValue): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01 &&
    Math.abs(a.bearing - b.bearing) < 0.1 &&
    Math.abs(a.pitch - b.pitch) < 0.1
  );
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** The camera as published in `data-camera`: center to 5 decimals, the rest to 2. */
export function roundCamera(c: CameraValue): CameraValue {
  return {
    center: [round(c.center[0], 5), round(c.center[1], 5)],
    zoom: round(c.zoom, 2),
    bearing: round(c.bearing, 2),
    pitch: round(c.pitch, 2),
  };
}
