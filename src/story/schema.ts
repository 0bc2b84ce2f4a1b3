/**
 * The story schema: the single source of the story's TypeScript types.
 *
 * A story file (YAML, see docs/authoring.md) is parsed and validated against {@link StoryFileSchema}
 * at build time; the app only ever receives a validated, compiled {@link Story}. Errors are reported
 * by {@link ./compileStory.ts} with the file, the step id and the field.
 */
import { z } from 'zod';
import type { ResolvedMotion } from './motion.ts';
import { CameraSchema, LngLatSchema } from './cameraSchema.ts';
import { MAX_ID_LENGTH, STEP_ID } from './stepId.ts';

export { CameraSchema, LngLatSchema };

/** A date with the precision the sources give: year, month or day. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)');

export const DateSpecSchema = z.union([
  IsoDateSchema,
  z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
]);

/** Text keyed by language code, e.g. `{ en: "…", ko: "…" }`. Completeness is checked per story. */
export const LocalizedSchema = z.record(
  z
    .string()
    .regex(
      /^[a-z]{2}$/,
      'language keys are two-letter codes such as en, ko (quote text that contains commas or colons)',
    ),
  z.string().trim().min(1),
);

/** Ids and keys that end up in URLs and element ids. */
const kebab = (message: string) => z.string().regex(/^[a-z0-9][a-z0-9-]*$/, message);

/** `true`/`false` or `{ opacity }` (0–1). A layer a step does not mention takes its default. */
export const LayerStateSchema = z.union([
  z.boolean(),
  z.strictObject({
    visible: z.boolean().default(true),
    opacity: z.number().min(0).max(1).default(1),
  }),
]);

export const LayerKindSchema = z.enum(['line', 'fill', 'circle', 'label', 'arrow']);

/** A geo file's name: geo/layers/<name>.geojson. */
const GeoNameSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'geo file names are lower-case kebab-case');

/** The head drawn at an arrow's tip: the sides differ by shape as well as colour (src/map/arrowhead.ts). */
export const ArrowheadSchema = z.enum(['triangle', 'double']);

/** A side of the conflict: how the map draws its arrows and the ground it holds. */
export const SideSchema = z.strictObject({
  id: kebab('side ids are lower-case kebab-case'),
  /** Colour token from src/tokens/tokens.ts: the tint of the ground it holds. */
  color: z.string(),
  arrowhead: ArrowheadSchema,
  /** Legend entry for the ground it holds behind a moving front. */
  label: LocalizedSchema,
});

/**
 * The moving front: its dated lines, the masks that cut the held ground to the land fought over,
 * and which side holds the ground on either side of the line.
 */
export const FrontSchema = z.strictObject({
  /** Dated front lines resampled to matching vertex counts; a step's `motion.front` names them. */
  geo: GeoNameSchema,
  /**
   * Polygons drawn over the held ground: `id: sea-mask` in the sea's colour, `id: foreign-land` in
   * the land's (land in the theatre that is not fought over).
   */
  masks: GeoNameSchema,
  /** Side ids: who holds the ground south of the line, and who north. */
  holds: z.strictObject({ south: z.string(), north: z.string() }),
});

/** A story layer: one GeoJSON file from geo/layers, drawn one way. */
export const LayerSchema = z
  .strictObject({
    id: kebab('layer ids are lower-case kebab-case'),
    /** File name in geo/layers/ without `.geojson`. */
    geo: GeoNameSchema,
    kind: LayerKindSchema,
    /** Only features whose `properties.id` or `properties.group` is listed (default: all). */
    features: z.array(z.string()).min(1).optional(),
    /** Colour token from src/tokens/tokens.ts. */
    color: z.string(),
    /** Id of the side the layer shows (one of the story's `sides`); an arrow needs one for its head. */
    side: z.string().optional(),
    dashed: z.boolean().default(false),
    width: z.number().min(0.5).max(12).default(2),
    /** Shown by default, before any step says otherwise. */
    visible: z.boolean().default(false),
    /** Legend entry; also used in the map description. */
    label: LocalizedSchema,
    /**
     * Text written along a line or outline, beside it: the features' `name_<lang>` (a river, the
     * 38th parallel), or their `date` in the reader's language (a dated front).
     */
    lineLabel: z.enum(['name', 'date']).optional(),
  })
  .refine((layer) => !layer.lineLabel || layer.kind === 'line' || layer.kind === 'fill', {
    path: ['lineLabel'],
    message: 'only a line or fill layer has a line to write along',
  });

export const SourceSchema = z.strictObject({
  author: z.string().min(1),
  title: z.string().min(1),
  year: z.union([z.number().int(), z.string()]).optional(),
  publisher: z.string().optional(),
  // A link readers follow: http(s) only (`javascript:` and `data:` are URLs too).
  url: z.url({ protocol: /^https?$/, error: 'source url must be an http(s) address' }).optional(),
  note: z.string().optional(),
  /**
   * How a cite under a step names this source, e.g. `Shen 2000`. Default: the author's surname and
   * the year, or the author and a short title ({@link ./citation.ts}).
   */
  short: z.string().trim().min(1).optional(),
});

/**
 * A figure the sources give differently (a unit's strength, a count of refugees): shown under the
 * step as a range, with the sources that disagree.
 */
export const ContestedSchema = z.strictObject({
  /** What is counted, e.g. "Task Force Smith's strength". */
  what: LocalizedSchema,
  /** The range the sources give, e.g. "about 400–540 men". */
  range: LocalizedSchema,
  /** Why they differ, when known. */
  note: LocalizedSchema.optional(),
  /** Keys into the story's `sources`. */
  sources: z.array(z.string()).min(2, 'a contested figure cites the sources that disagree (at least two)'),
});

/** A dated position of the front: a line of the story's `front.geo`, and its date if not the line's own. */
export const FrontKeyframeSchema = z.strictObject({
  line: z.string().min(1),
  date: IsoDateSchema.optional(),
});

/**
 * Time on the map within a step: the front moves through dated lines and arrows draw in as the
 * reader scrolls through the step's period (see ./motion.ts).
 */
export const MotionSchema = z.strictObject({
  /**
   * Dated positions of the front, in date order: lines of the story's `front.geo`. A
   * keyframe's date defaults to its line's; give one to reuse a line for another day.
   */
  front: z.array(FrontKeyframeSchema).min(2, 'a moving front needs at least two keyframes').optional(),
  /** Arrow layers (shown by the step) that draw in from tail to head. */
  draw: z.array(z.string()).min(1).optional(),
  /** The period scrolled through; default: the step's date range. */
  span: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).optional(),
});

export const StepSchema = z
  .strictObject({
    id: z
      .string()
      .max(MAX_ID_LENGTH, `step ids are at most ${MAX_ID_LENGTH} characters`)
      .regex(STEP_ID, 'step ids are lower-case kebab-case (used in URLs and embed messages)'),
    date: DateSpecSchema,
    /** Display override for the date, e.g. "summer 1949". */
    dateLabel: LocalizedSchema.optional(),
    title: LocalizedSchema,
    /**
     * A shorter title for the timeline, where the full one does not fit its box; per language, only
     * where needed (a language without one falls back to no name on a box too small for the title).
     */
    short: LocalizedSchema.optional(),
    /** Markdown. Rendered at build time; raw HTML is escaped. */
    text: LocalizedSchema,
    /** What the map shows, in words, for people who cannot see it. */
    description: LocalizedSchema,
    camera: CameraSchema,
    layers: z.record(z.string(), LayerStateSchema).default({}),
    /** Keys into the story's `sources`. */
    sources: z.array(z.string()).min(1, 'every step needs at least one source'),
    /** Figures the sources disagree on, shown under the text. */
    contested: z.array(ContestedSchema).optional(),
    motion: MotionSchema.optional(),
  })
  .superRefine((step, ctx) => {
    for (const [lang, short] of Object.entries(step.short ?? {})) {
      const title = step.title[lang];
      if (title === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['short', lang],
          message: `short has ${lang} but title does not`,
        });
      } else if ([...short].length >= [...title].length) {
        ctx.addIssue({
          code: 'custom',
          path: ['short', lang],
          message: `short must be shorter than the title ("${title}")`,
        });
      }
    }
  });

export const StoryFileSchema = z.strictObject({
  /** `?story=<id>` names it: the same rule as a step id (config.ts reads it with `isId`). */
  id: z.string().max(MAX_ID_LENGTH).regex(STEP_ID),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  defaultLanguage: z.string().regex(/^[a-z]{2}$/),
  title: LocalizedSchema,
  subtitle: LocalizedSchema.optional(),
  byline: LocalizedSchema.optional(),
  /** [[west, south], [east, north]]: every camera must stay inside. */
  theatre: z.tuple([LngLatSchema, LngLatSchema]),
  /** The sides of the conflict; layers and the front name them by id. */
  sides: z.array(SideSchema).min(1, 'a story declares its sides (at least one)'),
  /** Needed by a step whose motion moves the front. */
  front: FrontSchema.optional(),
  layers: z.array(LayerSchema).min(1),
  sources: z.record(kebab('source keys are lower-case kebab-case (used in links)'), SourceSchema),
  steps: z.array(StepSchema).min(1),
});

/**
 * One dated event on the timeline, from the optional `stories/<story id>.events.yaml` beside the
 * story. Activating it moves the story to `step`.
 */
export const EventSchema = z.strictObject({
  id: kebab('event ids are lower-case kebab-case'),
  date: IsoDateSchema,
  title: LocalizedSchema,
  /** Id of the step the event belongs to. */
  step: z.string(),
});

/** The events file: a list of events in date order. */
export const EventsFileSchema = z.array(EventSchema);

export type LngLat = z.infer<typeof LngLatSchema>;
export type DateSpec = z.infer<typeof DateSpecSchema>;
export type Localized = z.infer<typeof LocalizedSchema>;
export type CameraSpec = z.infer<typeof CameraSchema>;
export type CameraBase = Omit<CameraSpec, 'narrow'>;
export type LayerState = z.infer<typeof LayerStateSchema>;
export type LayerKind = z.infer<typeof LayerKindSchema>;
export type Arrowhead = z.infer<typeof ArrowheadSchema>;
export type Side = z.infer<typeof SideSchema>;
export type Front = z.infer<typeof FrontSchema>;
/** A layer as the app receives it: an arrow layer carries its side's head. */
export type LayerDef = z.infer<typeof LayerSchema> & { arrowhead?: Arrowhead };
export type Source = z.infer<typeof SourceSchema>;
export type Contested = z.infer<typeof ContestedSchema>;
/** A timeline event (named so as not to shadow the DOM's `Event`). */
export type StoryEvent = z.infer<typeof EventSchema>;
export type StepFile = z.infer<typeof StepSchema>;
export type StoryFile = z.infer<typeof StoryFileSchema>;

/** A step as the app receives it: Markdown already rendered to safe HTML per language. */
export type Step = Omit<StepFile, 'motion' | 'text'> & {
  html: Localized;
  /** Checked against the story and the geometry, keyframe dates resolved. */
  motion?: ResolvedMotion;
};

/** A source as the app receives it: `short` always set (see {@link ./citation.ts}). */
export type CompiledSource = Source & { short: string };

/**
 * A compiled story: validated, cross-checked, Markdown rendered, short cites resolved, and the
 * events of its `.events.yaml` (empty without one).
 */
export type Story = Omit<StoryFile, 'steps' | 'sources' | 'layers'> & {
  layers: LayerDef[];
  steps: Step[];
  sources: Record<string, CompiledSource>;
  events: StoryEvent[];
};
