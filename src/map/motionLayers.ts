/** Ids of the sources and style layers the controller animates (shared by style and controller). */
export const MOTION_SOURCES = {
  front: 'motion:front',
  held: 'motion:held',
  heads: 'motion:heads',
  masks: 'base:masks',
} as const;

export const MOTION_LAYERS = {
  heldSouth: 'motion:held-south',
  heldNorth: 'motion:held-north',
  maskSea: 'base:mask-sea',
  maskForeign: 'base:mask-foreign',
  front: 'motion:front',
  heads: 'motion:heads',
} as const;

/** The layers shown only while a step moves the front. */
export const FRONT_LAYERS = [
  MOTION_LAYERS.heldSouth,
  MOTION_LAYERS.heldNorth,
  MOTION_LAYERS.maskSea,
  MOTION_LAYERS.maskForeign,
  MOTION_LAYERS.front,
] as const;
