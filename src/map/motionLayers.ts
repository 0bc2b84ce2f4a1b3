/** Ids of the sources and style layers the controller animates (shared by style and controller). */

/**
 * The moving front is drawn twice over, in slots `a` and `b`: one shows, the other is hidden. A
 * smooth frame rewrites the slot on show; a reduced-motion snapshot goes into the hidden slot and
 * the two crossfade.
 */
export const SLOTS = ['a', 'b'] as const;
export type Slot = (typeof SLOTS)[number];

export const MOTION_SOURCES = {
  /** Per slot: the held ground either side (polygons, `side`) and the front itself (line). */
  front: (slot: Slot) => `motion:front-${slot}`,
  heads: 'motion:heads',
  masks: 'base:masks',
} as const;

export const MOTION_LAYERS = {
  heldSouth: (slot: Slot) => `motion:held-south-${slot}`,
  heldNorth: (slot: Slot) => `motion:held-north-${slot}`,
  front: (slot: Slot) => `motion:front-${slot}`,
  maskSea: 'base:mask-sea',
  maskForeign: 'base:mask-foreign',
  heads: 'motion:heads',
} as const;

/** The layers shown only while a step moves the front. */
export const FRONT_LAYERS = [
  ...SLOTS.flatMap((s) => [MOTION_LAYERS.heldSouth(s), MOTION_LAYERS.heldNorth(s), MOTION_LAYERS.front(s)]),
  MOTION_LAYERS.maskSea,
  MOTION_LAYERS.maskForeign,
];
