/**
 * Loading a story's texts one language at a time (see ./languageSplit.ts): the story module holds
 * the structure and a loader per language; a language is merged into the story once, before the
 * app first shows it.
 */
import { mergeTexts, type TextTree } from './languageSplit.ts';
import type { Story } from './schema.ts';

/** What `import('/stories/<id>.yaml')` gives (scripts/vite/storyPlugin.ts). */
export interface StoryModule {
  default: Story;
  texts: Record<string, () => Promise<{ default: TextTree }>>;
}

/** Loads a language's texts into the story; resolves at once for a language already there. */
export type LanguageLoader = (lang: string) => Promise<void>;

/**
 * @example const load = languageLoader(await import('/stories/chosin.yaml')); await load('ko');
 */
export function languageLoader({ default: story, texts }: StoryModule): LanguageLoader {
  const loading = new Map<string, Promise<void>>();
  return (lang) => {
    let done = loading.get(lang);
    if (!done) {
      const load = texts[lang];
      if (!load) return Promise.reject(new Error(`the story has no language "${lang}"`));
      done = load().then(({ default: tree }) => mergeTexts(story, tree));
      // A failed load (the network, in a browser) may be tried again later.
      done.catch(() => loading.delete(lang));
      loading.set(lang, done);
    }
    return done;
  };
}
