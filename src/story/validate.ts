/**
 * Parses and validates a story file and compiles it into the {@link Story} the app receives.
 *
 * Runs at build time (Vite plugin, `npm run check:story`), so a broken story never reaches a
 * reader: it fails with the file, the line, the step id and the field, and a hint where a common
 * mistake is recognisable.
 */
import { LineCounter, parseDocument } from 'yaml';
import { micromark } from 'micromark';
import type { z } from 'zod';
import { StoryFileSchema, type Localized, type Story, type StoryFile } from './schema.ts';
import { colors } from '../tokens/tokens.ts';
import { closest } from './closest.ts';

export interface StoryIssue {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Id of the step the problem is in, when it is in a step. */
  stepId?: string;
  /** Dotted path of the field inside the step (or the story), e.g. `camera.zoom`. */
  field: string;
  message: string;
}

export class StoryError extends Error {
  constructor(readonly issues: StoryIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'StoryError';
  }
}

/** One line per issue: `stories/x.yaml:42 step "inchon" field camera.zoom: expected number`. */
export function formatIssue(i: StoryIssue): string {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  const step = i.stepId ? ` step "${i.stepId}"` : '';
  return `${where}${step} field ${i.field || '(root)'}: ${i.message}`;
}

export interface CompileOptions {
  /** Whether geo/layers/<name>.geojson exists; omit to skip the check (e.g. in unit tests). */
  geoExists?: (name: string) => boolean;
}

type Path = (string | number)[];

/**
 * Parse, validate and compile a YAML story.
 * @throws {StoryError} listing every problem found, each with file, line, step id and field.
 * @example compileStory(readFileSync(f, 'utf8'), 'stories/korean-war.yaml')
 */
export function compileStory(source: string, file: string, options: CompileOptions = {}): Story {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new StoryError(
      doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        field: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const raw: unknown = doc.toJS();

  const lineOf = (path: Path): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const issue = (path: Path, message: string): StoryIssue => {
    const stepIndex = path[0] === 'steps' && typeof path[1] === 'number' ? path[1] : undefined;
    const steps = (raw as { steps?: { id?: unknown }[] } | null)?.steps;
    const stepId = stepIndex !== undefined ? steps?.[stepIndex]?.id : undefined;
    const fieldPath = stepIndex !== undefined ? path.slice(2) : path;
    return {
      file,
      line: lineOf(path),
      stepId: stepIndex === undefined ? undefined : typeof stepId === 'string' ? stepId : `#${stepIndex + 1}`,
      field: fieldPath.join('.'),
      message,
    };
  };

  const parsed = StoryFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoryError(parsed.error.issues.map((i) => issue(i.path as Path, zodMessage(i))));
  }
  const story = parsed.data;
  const problems = crossCheck(story, options).map(([path, message]) => issue(path, message));
  if (problems.length > 0) throw new StoryError(problems);

  return {
    ...story,
    steps: story.steps.map((step) => ({ ...step, html: renderLocalized(step.text) })),
  };
}

function zodMessage(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') {
    return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return i.message;
}

/** Checks the schema cannot express: references, uniqueness, languages, the theatre. */
function crossCheck(story: StoryFile, options: CompileOptions): [Path, string][] {
  const out: [Path, string][] = [];
  const langs = story.languages;
  if (!langs.includes(story.defaultLanguage)) {
    out.push([['defaultLanguage'], `must be one of the story's languages: ${langs.join(', ')}`]);
  }
  const needLangs = (value: Localized | undefined, path: Path) => {
    if (!value) return;
    for (const l of langs) if (!value[l]) out.push([path, `missing the "${l}" text`]);
  };
  needLangs(story.title, ['title']);
  needLangs(story.subtitle, ['subtitle']);
  needLangs(story.byline, ['byline']);

  const layerIds = new Set<string>();
  story.layers.forEach((layer, i) => {
    if (layerIds.has(layer.id)) out.push([['layers', i, 'id'], `duplicate layer id "${layer.id}"`]);
    layerIds.add(layer.id);
    if (!(layer.color in colors)) {
      out.push([['layers', i, 'color'], unknown('colour token', layer.color, Object.keys(colors))]);
    }
    if (options.geoExists && !options.geoExists(layer.geo)) {
      out.push([['layers', i, 'geo'], `no file geo/layers/${layer.geo}.geojson`]);
    }
    needLangs(layer.label, ['layers', i, 'label']);
  });

  const [[tw, ts], [te, tn]] = story.theatre;
  const inside = ([lon, lat]: [number, number]) => lon >= tw && lon <= te && lat >= ts && lat <= tn;
  const stepIds = new Set<string>();
  story.steps.forEach((step, i) => {
    const at = (...rest: Path): Path => ['steps', i, ...rest];
    if (stepIds.has(step.id)) out.push([at('id'), `duplicate step id "${step.id}"`]);
    stepIds.add(step.id);
    for (const f of ['title', 'text', 'description', 'dateLabel'] as const) needLangs(step[f], at(f));
    for (const id of Object.keys(step.layers)) {
      if (!layerIds.has(id)) out.push([at('layers', id), unknown('layer', id, [...layerIds])]);
    }
    step.sources.forEach((key, j) => {
      if (!(key in story.sources)) {
        out.push([at('sources', j), unknown('source', key, Object.keys(story.sources))]);
      }
    });
    if (typeof step.date === 'object' && step.date.start > step.date.end) {
      out.push([at('date'), `start ${step.date.start} is after end ${step.date.end}`]);
    }
    for (const [cam, path] of [
      [step.camera, at('camera')],
      [step.camera.narrow, at('camera', 'narrow')],
    ] as const) {
      if (!cam) continue;
      const points = cam.bounds ?? (cam.center ? [cam.center] : []);
      if (points.some((p) => !inside(p))) out.push([path, 'camera lies outside the story theatre']);
    }
  });
  return out;
}

function unknown(what: string, value: string, known: string[]): string {
  const guess = closest(value, known);
  return `unknown ${what} "${value}"${guess ? ` — did you mean "${guess}"?` : ''}`;
}

/** Markdown → HTML. micromark escapes raw HTML and drops `javascript:` links by default. */
function renderLocalized(text: Localized): Localized {
  return Object.fromEntries(Object.entries(text).map(([lang, md]) => [lang, micromark(md)]));
}
