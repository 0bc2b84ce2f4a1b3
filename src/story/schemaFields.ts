/**
 * The field names of each part of the story schema, read from the zod objects themselves: for
 * "did you mean" hints on misspelt fields, and for the test that docs/authoring.md describes every
 * field the schema has.
 */
import {
  CameraSchema,
  ContestedSchema,
  EventSchema,
  FrontKeyframeSchema,
  FrontSchema,
  LayerSchema,
  LayerStateSchema,
  MotionSchema,
  SideSchema,
  SourceSchema,
  StepSchema,
  StoryFileSchema,
} from './schema.ts';

export const SCHEMA_FIELDS = {
  story: Object.keys(StoryFileSchema.shape),
  side: Object.keys(SideSchema.shape),
  front: Object.keys(FrontSchema.shape),
  layer: Object.keys(LayerSchema.shape),
  source: Object.keys(SourceSchema.shape),
  step: Object.keys(StepSchema.shape),
  camera: Object.keys(CameraSchema.shape),
  layerState: Object.keys(LayerStateSchema.options[1].shape),
  contested: Object.keys(ContestedSchema.shape),
  motion: Object.keys(MotionSchema.shape),
  frontKeyframe: Object.keys(FrontKeyframeSchema.shape),
  event: Object.keys(EventSchema.shape),
} as const satisfies Record<string, readonly string[]>;

/** Every field name the schema knows, once. */
export const ALL_FIELDS: readonly string[] = [...new Set(Object.values(SCHEMA_FIELDS).flat())];
