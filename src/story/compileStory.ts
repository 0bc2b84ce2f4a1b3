/**
 * Parses and validates a story file and compiles it into the {@link Story} the app receives.
 *
 * Runs at build time (Vite plugin, `npm run check:story`), so a broken story never reaches a
 * reader: it fails with the file, the line, the step id and the field, and a hint where a common
 * mistake is recognisable.
 */
import { micromark } from 'micromark';
import { StoryFileSchema, type Localized, type Story, type StoryEvent, type StoryFile } from './schema.ts';
import { colors } from '../tokens/tokens.ts';
import { shortCites } from './citation.ts';
import { closest, unknownReference } from './closest.ts';
import { compileEvents } from './compileEvents.ts';
import { checkLayerFeatures } from './layerFeatures.ts';
import { missingLanguages, schemaProblems } from './authorWording.ts';
import type { GeoFeatures } from './motion.ts';
import { resolveMotion } from './resolveMotion.ts';
import { checkSides, withArrowheads } from './sides.ts';
import { StoryError, type StoryIssue } from './storyError.ts';
import { readYaml, type Path } from './yamlSource.ts';

export { formatIssue, StoryError, type StoryIssue } from './storyError.ts';

export interface CompileOptions {
  /** Whether geo/layers/<name>.geojson exists; omit to skip the check (e.g. in unit tests). */
  geoExists?: (name: string) => boolean;
  /** The story's timeline events file (`stories/<story id>.events.yaml`), when it has one. */
  events?: { source: string; file: string };
  /** Feature ids and dates of a geo layer file; omit to skip the check (keyframes then need dates). */
  geoFeatures?: GeoFeatures;
}

/** Element ids the page uses besides the steps' own (see components/Sources.svelte). */
const RESERVED_STEP_ID = /^(sources|sources-title|source-.*|story-text)$/;

/**
 * Parse, validate and compile a YAML story (and its events file, if given).
 * @throws {StoryError} listing every problem found, each with file, line, step (or event) id and field.
 * @example compileStory(readFileSync(f, 'utf8'), 'stories/chosin.yaml')
 */
export function compileStory(source: string, file: string, options: CompileOptions = {}): Story {
  const { raw, lineOf } = readYaml(source, file);
  // A problem inside a step or a layer names it by id, and its field relative to it.
  const idAt = (list: 'steps' | 'layers', index: number): string => {
    const id = (raw as Record<string, { id?: unknown }[] | undefined> | null)?.[list]?.[index]?.id;
    return typeof id === 'string' ? id : `#${index + 1}`;
  };
  const issue = (path: Path, message: string): StoryIssue => {
    const [list, index] = path;
    const inList = (list === 'steps' || list === 'layers') && typeof index === 'number';
    return {
      file,
      line: lineOf(path),
      ...(inList ? { [list === 'steps' ? 'stepId' : 'layerId']: idAt(list, index) } : {}),
      field: (inList ? path.slice(2) : path).join('.'),
      message,
    };
  };

  const parsed = StoryFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoryError(schemaProblems(parsed.error.issues).map(([path, message]) => issue(path, message)));
  }
  const story = parsed.data;
  const problems = crossCheck(story, options).map(([path, message]) => issue(path, message));
  let events: StoryEvent[] = [];
  if (options.events) {
    const compiled = compileEvents(options.events.source, options.events.file, story);
    problems.push(...compiled.issues);
    events = compiled.events;
  }
  if (problems.length > 0) throw new StoryError(problems);

  const cites = shortCites(story.sources);
  return {
    ...story,
    layers: withArrowheads(story),
    sources: Object.fromEntries(
      Object.entries(story.sources).map(([key, s]) => [key, { ...s, short: cites[key]! }]),
    ),
    steps: story.steps.map((step) => {
      // The step's motion as written gives way to the resolved one (keyframe dates filled in), and
      // its Markdown to the HTML rendered from it (the app never needs the Markdown).
      const { motion: _written, text: _markdown, ...rest } = step;
      const { motion } = resolveMotion(step, story.layers, options.geoFeatures, story.front?.geo);
      return { ...rest, html: renderLocalized(step.text), ...(motion ? { motion } : {}) };
    }),
    events,
  };
}

/** Checks the schema cannot express: references, uniqueness, languages, the theatre. */
function crossCheck(story: StoryFile, options: CompileOptions): [Path, string][] {
  const out: [Path, string][] = [];
  const langs = story.languages;
  if (!langs.includes(story.defaultLanguage)) {
    out.push([['defaultLanguage'], `must be one of the story's languages: ${langs.join(', ')}`]);
  }
  const needLangs = (value: Localized | undefined, path: Path) => {
    for (const message of missingLanguages(value, langs)) out.push([path, message]);
  };
  needLangs(story.title, ['title']);
  needLangs(story.subtitle, ['subtitle']);
  needLangs(story.byline, ['byline']);
  const [[tw, ts], [te, tn]] = story.theatre;
  const theatreOk = tw < te && ts < tn;
  if (!theatreOk) {
    out.push([
      ['theatre'],
      'theatre must be [[west, south], [east, north]] with west < east and south < north',
    ]);
  }

  const layerIds = new Set<string>();
  story.layers.forEach((layer, i) => {
    if (layerIds.has(layer.id)) out.push([['layers', i, 'id'], `duplicate layer id "${layer.id}"`]);
    layerIds.add(layer.id);
    if (!(layer.color in colors)) {
      out.push([['layers', i, 'color'], unknownReference('colour token', layer.color, Object.keys(colors))]);
    }
    if (options.geoExists && !options.geoExists(layer.geo)) {
      out.push([['layers', i, 'geo'], `no file geo/layers/${layer.geo}.geojson`]);
    } else {
      const features = options.geoFeatures?.(layer.geo);
      if (features) {
        for (const [path, message] of checkLayerFeatures(layer, features))
          out.push([['layers', i, ...path], message]);
      }
    }
    needLangs(layer.label, ['layers', i, 'label']);
  });

  out.push(...checkSides(story, options.geoExists));

  const sourceKeys = Object.keys(story.sources);
  const cited = new Set<string>();
  const cite = (key: string, path: Path) => {
    if (key in story.sources) return cited.add(key);
    out.push([path, unknownReference('source', key, sourceKeys)]);
    // A misspelt key is reported once, above, not again as an uncited source.
    const guess = closest(key, sourceKeys);
    if (guess) cited.add(guess);
  };

  const inside = ([lon, lat]: [number, number]) => lon >= tw && lon <= te && lat >= ts && lat <= tn;
  const stepIds = new Set<string>();
  story.steps.forEach((step, i) => {
    const at = (...rest: Path): Path => ['steps', i, ...rest];
    if (stepIds.has(step.id)) out.push([at('id'), `duplicate step id "${step.id}"`]);
    stepIds.add(step.id);
    if (RESERVED_STEP_ID.test(step.id)) {
      out.push([at('id'), `step id "${step.id}" is reserved for the page (the sources list)`]);
    }
    for (const f of ['title', 'text', 'description', 'dateLabel'] as const) needLangs(step[f], at(f));
    for (const id of Object.keys(step.layers)) {
      if (!layerIds.has(id)) out.push([at('layers', id), unknownReference('layer', id, [...layerIds])]);
    }
    step.sources.forEach((key, j) => cite(key, at('sources', j)));
    step.contested?.forEach((figure, k) => {
      for (const f of ['what', 'range', 'note'] as const) needLangs(figure[f], at('contested', k, f));
      figure.sources.forEach((key, j) => cite(key, at('contested', k, 'sources', j)));
    });
    for (const [path, message] of resolveMotion(step, story.layers, options.geoFeatures, story.front?.geo)
      .problems) {
      out.push([at(...path), message]);
    }
    if (typeof step.date === 'object' && step.date.start > step.date.end) {
      out.push([at('date'), `start ${step.date.start} is after end ${step.date.end}`]);
    }
    for (const [cam, path] of [
      [step.camera, at('camera')],
      [step.camera.narrow, at('camera', 'narrow')],
    ] as const) {
      if (!cam) continue;
      const points = cam.bounds ?? (cam.center ? [cam.center] : []);
      if (theatreOk && points.some((p) => !inside(p))) {
        const what = cam.bounds ? `bounds ${json(cam.bounds)} reach` : `center ${json(cam.center)} lies`;
        out.push([path, `camera ${what} outside the story theatre ${json(story.theatre)}`]);
      }
    }
  });

  // A source nobody cites is a dead reference in the sources list: cite it or remove it.
  for (const key of sourceKeys) {
    if (!cited.has(key)) {
      out.push([['sources', key], `source "${key}" is not cited by any step or contested figure`]);
    }
  }
  return out;
}

/** A coordinate or box as an author writes it in YAML: `[[124, 38], [130, 42]]`. */
const json = (value: unknown) => JSON.stringify(value).replace(/,/g, ', ');

/** Markdown → HTML. micromark escapes raw HTML and drops `javascript:` links by default. */
function renderLocalized(text: Localized): Localized {
  return Object.fromEntries(Object.entries(text).map(([lang, md]) => [lang, micromark(md)]));
}
