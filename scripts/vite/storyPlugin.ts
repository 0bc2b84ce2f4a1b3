/**
 * Vite plugin: `stories/<id>.yaml` → a validated, compiled story module (`export default {…}`),
 * with the timeline events of `stories/<id>.events.yaml` when that file exists.
 *
 * A broken story or events file stops the build (and shows in the dev server's overlay) with file,
 * line, step or event id and field. Geo layer references are checked against geo/layers/ on disk.
 * In the dev server, editing, creating or deleting the events file reloads the story.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { StoryError } from '../../src/story/validate.ts';
import { eventsFileOf, isEventsFile, readStory, storyFileOf } from '../storyFiles.ts';

export { geoExists } from '../storyFiles.ts';

export function storyPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'korean-war:story',
    configResolved(config) {
      root = config.root;
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
    },
    transform(code, id) {
      if (!/\/stories\/[^/]+\.ya?ml$/.test(id)) return null;
      const file = path.relative(root, id);
      if (isEventsFile(id)) {
        throw new Error(`${file} is read with its story: import stories/<story id>.yaml instead`);
      }
      // Watched before compiling, so that fixing a broken events file reloads the story too. Only
      // an existing file: Vite's dev server treats a watched file as an import that must resolve.
      const events = eventsFileOf(id);
      if (existsSync(events)) this.addWatchFile(events);
      try {
        const story = readStory(file, { root, source: code });
        return { code: `export default ${JSON.stringify(story)};`, map: null };
      } catch (error) {
        if (!(error instanceof StoryError)) throw error;
        // One line per problem, and no stack: the author needs the place, not our call chain.
        const clean = new Error(`invalid story\n${error.message}`);
        clean.stack = clean.message;
        throw clean;
      }
    },
  };
}
