/**
 * Vite plugin: `stories/<id>.yaml` → a validated, compiled story (a small index module and a JSON
 * file per language), with the timeline events of `stories/<id>.events.yaml` when that file exists.
 *
 * A broken story or events file stops the build (and shows in the dev server's overlay) with file,
 * line, step or event id and field. Geo layer references are checked against geo/layers/ on disk.
 * In the dev server, editing, creating or deleting the events file reloads the story.
 *
 * The story module is an index (`languages`, `defaultLanguage`, and `load`, a loader per
 * language). Each language is a JSON file of its own, the complete story in that language, so a
 * reader downloads only the language they read (src/story/storyIn.ts, src/story/storyModules.ts).
 * JSON, not a JavaScript module: the text is data, and a browser parses it as JSON for a fraction
 * of what it spends to parse and compile the same object as script. A build emits it as a hashed
 * asset (`assets/<id>.<lang>-<hash>.json`); the dev server serves it under `DEV_TEXTS`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { identity } from '../../src/identity.ts';
import type { Story } from '../../src/story/schema.ts';
import { storyIn } from '../../src/story/storyIn.ts';
import { StoryError } from '../../src/story/compileStory.ts';
import { eventsFileOf, isEventsFile, readStory, storyFileOf } from '../storyFiles.ts';

const STORY = /\/stories\/[^/]+\.ya?ml$/;
/** Where the dev server serves a story in one language: `<DEV_TEXTS><story file>?lang=<code>`. */
const DEV_TEXTS = '@story-text/';
/** The module that fetches a language's JSON (src/story/storyModules.ts). */
const FETCH_TEXT = `import { fetchStoryText } from ${JSON.stringify('/src/story/storyModules.ts')};`;
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * Live preview in the dev server: an edited story (or events file) replaces the story module in
 * place, and main.ts mounts the app again on the same step and language, without reloading the
 * page. (`import.meta.hot` is undefined in a build, which drops this code.)
 */
const HOT = `if (import.meta.hot) {
  import.meta.hot.accept((next) => {
    if (next) dispatchEvent(new CustomEvent(${JSON.stringify(identity.event('story-update'))}, { detail: next }));
  });
}`;

export function storyPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let build = false;
  const cache = new Map<string, { key: string; story: Story }>();
  return {
    name: 'story:story',
    configResolved(config) {
      root = config.root;
      base = config.base;
      build = config.command === 'build';
    },
    configureServer(server) {
      // A new events file: compile the story beside it again (an existing one is watched above).
      server.watcher.on('add', (file) => {
        if (!isEventsFile(file)) return;
        const story = storyFileOf(file);
        for (const mod of server.moduleGraph.getModulesByFile(story) ?? []) {
          server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
      // The story in one language, compiled from the file on disk (a build emits it instead).
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        const prefix = `${base}${DEV_TEXTS}`;
        if (!url.pathname.startsWith(prefix)) return next();
        const file = path.resolve(root, decodeURIComponent(url.pathname.slice(prefix.length)));
        const lang = url.searchParams.get('lang') ?? '';
        try {
          if (!STORY.test(file) || !file.startsWith(root + path.sep) || !existsSync(file))
            throw new Error(`no story at ${path.relative(root, file)}`);
          const story = compile(file, readFileSync(file, 'utf8'));
          if (!story.languages.includes(lang))
            throw new Error(`${path.relative(root, file)} has no language "${lang}"`);
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(storyIn(story, lang)));
        } catch (error) {
          res.statusCode = 404;
          res.end(error instanceof Error ? error.message : String(error));
        }
      });
    },
    transform(code, id) {
      if (!STORY.test(id)) return null;
      if (isEventsFile(id)) {
        throw new Error(
          `${path.relative(root, id)} is read with its story: import stories/<story id>.yaml instead`,
        );
      }
      // Watched before compiling, so that fixing a broken events file reloads the story too. Only
      // an existing file: Vite's dev server treats a watched file as an import that must resolve.
      const events = eventsFileOf(id);
      if (existsSync(events)) this.addWatchFile(events);
      const story = compile(id, code);
      const loaders = story.languages.map((lang) => {
        const text = JSON.stringify(storyIn(story, lang));
        const url = build
          ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `${path.basename(id).replace(/\.ya?ml$/, '')}.${lang}.json`, source: text })}`
          : JSON.stringify(
              `${base}${DEV_TEXTS}${encodeURIComponent(path.relative(root, id))}?lang=${lang}&v=${hash(text)}`,
            );
        return `${JSON.stringify(lang)}: () => fetchStoryText(${url})`;
      });
      return {
        code: [
          FETCH_TEXT,
          `export const languages = ${JSON.stringify(story.languages)};`,
          `export const defaultLanguage = ${JSON.stringify(story.defaultLanguage)};`,
          `export const load = {${loaders.join(', ')}};`,
          HOT,
        ].join('\n'),
        map: null,
      };
    },
  };

  /** The compiled story; the same sources (story and events) are compiled once. */
  function compile(id: string, source: string): Story {
    const file = path.relative(root, id);
    const events = eventsFileOf(id);
    const key = `${source}\0${existsSync(events) ? readFileSync(events, 'utf8') : ''}`;
    const hit = cache.get(id);
    if (hit?.key === key) return hit.story;
    try {
      const story = readStory(file, { root, source });
      cache.set(id, { key, story });
      return story;
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      // One line per problem, and no stack: the author needs the place, not our call chain.
      const clean = new Error(`invalid story\n${error.message}`);
      clean.stack = clean.message;
      throw clean;
    }
  }
}
