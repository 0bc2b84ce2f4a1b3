/**
 * Stories beyond stories/, and their geo files: none in a reader's build. The test build
 * (`vite build --mode fixtures`) puts tests/fixtures/engine/stories.ts in this module's place
 * (scripts/vite/fixtureStoriesPlugin.ts), so the browser tests can run the engine on a story of
 * other geography without it, or its files, ever shipping.
 */
import type { StoryIndex } from './storyModules.ts';

/** Story file path (`/…/stories/<id>.yaml`) → its module, as main.ts's glob of stories/. */
export const fixtureStories: Record<string, () => Promise<StoryIndex>> = {};

/** Geo file path (`/…/geo/layers/<name>.geojson`) → its URL, as geoUrls.ts's glob of geo/layers/. */
export const fixtureGeo: Record<string, string> = {};
