/**
 * Vite plugin: `stories/*.yaml` → a validated, compiled story module (`export default {…}`).
 *
 * A broken story stops the build (and shows in the dev server's overlay) with file, line, step id
 * and field. Geo layer references are checked against geo/layers/ on disk.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileStory, StoryError } from '../../src/story/validate.ts';

export function geoExists(root: string): (name: string) => boolean {
  return (name) => existsSync(path.join(root, 'geo', 'layers', `${name}.geojson`));
}

export function storyPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'korean-war:story',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      if (!/\/stories\/[^/]+\.ya?ml$/.test(id)) return null;
      const file = path.relative(root, id);
      try {
        const story = compileStory(code, file, { geoExists: geoExists(root) });
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
