import type { Box } from './geometry.ts';

/**
 * The story's `theatre` (stories/korean-war.yaml, [[122.5, 32.5], [132.5, 43.5]]): the frame
 * the morphing fronts are extended to and the masks cover. Wider than build.ts's THEATRE, which
 * only bounds the hand-digitised vertices. geo/morph.test.ts checks the two files agree.
 */
export const THEATRE_BOX: Box = [122.5, 32.5, 132.5, 43.5];
