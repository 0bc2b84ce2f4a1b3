/**
 * Story files on disk: which files in stories/ are stories, where a story's events file is, and
 * compiling a story together with its events and the geo layers it names. Used by the Vite plugin,
 * `npm run check:story` and the tests, so all three read a story the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileStory } from '../src/story/compileStory.ts';
import type { GeoFeatures } from '../src/story/motion.ts';
import type { Story } from '../src/story/schema.ts';

/** `stories/<id>.events.yaml`: a story's timeline events, read with the story, never on its own. */
const EVENTS_FILE = /\.events\.ya?ml$/;

export function isEventsFile(file: string): boolean {
  return EVENTS_FILE.test(file);
}

/**
 * The events file beside a story file (it need not exist).
 * @example eventsFileOf('stories/korean-war.yaml') === 'stories/korean-war.events.yaml'
 */
export function eventsFileOf(storyFile: string): string {
  return storyFile.replace(/\.(ya?ml)$/, '.events.$1');
}

/**
 * The story a file belongs to: itself, or for an events file the story beside it.
 * @example storyFileOf('stories/korean-war.events.yaml') === 'stories/korean-war.yaml'
 */
export function storyFileOf(file: string): string {
  return file.replace(EVENTS_FILE, (m) => m.replace('.events', ''));
}

/** Story files in `dir` (relative paths as `dir/<name>.yaml`), events files left out. */
export function storyFiles(dir = 'stories'): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !isEventsFile(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * The folders a story's geo files are looked up in: `geo/layers/` beside the story's `stories/`
 * folder, then the project's `geo/layers/` (the base map). Both are the same for a story in
 * stories/; a test story elsewhere (tests/fixtures/engine/) brings its own geometry.
 */
function geoDirs(root: string, storyFile: string): string[] {
  const own = path.join(path.dirname(path.dirname(storyFile)), 'geo', 'layers');
  const base = path.join(root, 'geo', 'layers');
  return own === base ? [base] : [own, base];
}

/** The file of geo layer `name` in the first of `dirs` that has it. */
const geoFile = (dirs: string[], name: string) =>
  dirs.map((dir) => path.join(dir, `${name}.geojson`)).find((file) => existsSync(file));

/** Feature ids, groups, dates and geometry types of geo layer `name` (undefined if absent). */
function geoFeatures(dirs: string[]): GeoFeatures {
  return (name) => {
    const file = geoFile(dirs, name);
    if (!file) return undefined;
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      features?: {
        properties?: { id?: unknown; date?: unknown; group?: unknown; label_of?: unknown } | null;
        geometry?: { type?: unknown } | null;
      }[];
    };
    if (!Array.isArray(json.features)) return undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return json.features.flatMap(({ properties: p, geometry }) => {
      const id = text(p?.id);
      // A label guide (geo/scripts/labelGuides.ts) belongs to its line or arrow; no layer names it.
      if (!id || p?.label_of !== undefined) return [];
      const [date, group, type] = [text(p?.date), text(p?.group), text(geometry?.type)];
      return [{ id, ...(date ? { date } : {}), ...(group ? { group } : {}), ...(type ? { type } : {}) }];
    });
  };
}

/**
 * Compile a story file with its events file (if there is one), checking the geo layers it names.
 * @param source the story's text, when the caller already has it (Vite passes the module's code)
 * @throws {StoryError} as {@link compileStory}
 */
export function readStory(
  file: string,
  { root = process.cwd(), source }: { root?: string; source?: string } = {},
): Story {
  const absolute = path.resolve(root, file);
  // Messages name files as the author knows them: relative to the project, if inside it.
  const label = (f: string) => (path.relative(root, f).startsWith('..') ? f : path.relative(root, f));
  const dirs = geoDirs(root, absolute);
  const eventsFile = eventsFileOf(absolute);
  const events = existsSync(eventsFile)
    ? { source: readFileSync(eventsFile, 'utf8'), file: label(eventsFile) }
    : undefined;
  return compileStory(source ?? readFileSync(absolute, 'utf8'), label(absolute), {
    geoExists: (name) => geoFile(dirs, name) !== undefined,
    geoFeatures: geoFeatures(dirs),
    events,
  });
}
