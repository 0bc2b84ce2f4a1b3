/**
 * Pure camera helpers: how to move between steps, and the camera's public rounding.
 */

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
