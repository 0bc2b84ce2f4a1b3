/**
 * Vite plugin: in a build or dev server with `--mode fixtures`, src/story/fixtureStories.ts (no
 * stories) gives way to tests/fixtures/engine/stories.ts (the engine's test story and its own
 * geometry), for the browser tests (tests/e2e/fixtureStory.test.ts). In any other mode nothing
 * changes: the test story is never compiled, bundled or emitted into a reader's build.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export const FIXTURES_MODE = 'fixtures';
/** The test story's own geometry, beside it. */
export const FIXTURE_GEO = path.join('tests', 'fixtures', 'engine', 'geo', 'layers');

export function fixtureStoriesPlugin(): Plugin {
  let root = process.cwd();
  let active = false;
  return {
    name: 'story:fixture-stories',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      active = config.mode === FIXTURES_MODE;
    },
    resolveId(source, importer) {
      if (!active || !importer || !source.endsWith('/fixtureStories.ts')) return null;
      const file = path.resolve(path.dirname(importer), source);
      if (file !== path.join(root, 'src', 'story', 'fixtureStories.ts')) return null;
      return path.join(root, 'tests', 'fixtures', 'engine', 'stories.ts');
    },
  };
}
