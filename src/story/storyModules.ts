/**
 * A story as the build gives it (scripts/vite/storyPlugin.ts): `import('/stories/<id>.yaml')` is a
 * small index, the story's languages and a loader per language; each loader fetches the complete
 * story in that language (./storyIn.ts), a JSON file. A reader downloads the story once, in their
 * language.
 */
import type { Story } from './schema.ts';

/** What `import('/stories/<id>.yaml')` gives. */
export interface StoryIndex {
  languages: string[];
  defaultLanguage: string;
  load: Record<string, () => Promise<Story>>;
}

/**
 * The story in one language from its JSON file. The build checked the story; this checks only that
 * the file arrived whole, so that a bad response is reported as one rather than as a broken page.
 * Called from the story index module the build generates (scripts/vite/storyPlugin.ts).
 * @public
 */
export async function fetchStoryText(url: string): Promise<Story> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  const story = (await response.json()) as Story | null;
  if (!story || typeof story !== 'object' || !Array.isArray(story.steps))
    throw new Error(`${url} is not a story`);
  return story;
}

/** The story in a language; the same promise for a language asked for again. */
export type StoryLoader = (lang: string) => Promise<Story>;

/**
 * @example const load = storyLoader(await import('/stories/chosin.yaml')); const ko = await load('ko');
 */
export function storyLoader(index: StoryIndex): StoryLoader {
  const loading = new Map<string, Promise<Story>>();
  return (lang) => {
    let story = loading.get(lang);
    if (!story) {
      const load = index.load[lang];
      if (!load) return Promise.reject(new Error(`the story has no language "${lang}"`));
      story = load();
      // A failed load (the network, in a browser) may be tried again later.
      story.catch(() => loading.delete(lang));
      loading.set(lang, story);
    }
    return story;
  };
}
