/**
 * A compiled story split by language, so that a reader downloads the text of the language they
 * read and not the others: the story's structure (steps, cameras, layers, dates, sources) with
 * every text emptied, and for each language a tree holding only that language's texts. The build
 * writes them as separate modules (scripts/vite/storyPlugin.ts); the app merges a language's tree
 * into the story before it shows that language (src/story/storyTexts.ts).
 */
import type { Story } from './schema.ts';

/** A language's texts: the story's shape, pruned to the branches that hold text. */
export type TextTree = unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text per language (`{ en: '…', ko: '…' }`): a non-empty object of strings keyed by language. */
function isLocalized(value: unknown, languages: ReadonlySet<string>): value is Record<string, string> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => languages.has(k) && typeof v === 'string');
}

interface Split {
  base: Json;
  /** Per language, the pruned subtree; absent where the branch holds no text. */
  texts: Map<string, Json>;
}

function split(value: Json, languages: ReadonlySet<string>): Split {
  if (isLocalized(value, languages)) {
    const texts = new Map<string, Json>(
      Object.entries(value).map(([lang, text]) => [lang, { [lang]: text }]),
    );
    return { base: {}, texts };
  }
  if (Array.isArray(value)) {
    const parts = value.map((item) => split(item, languages));
    const texts = new Map<string, Json>();
    for (const lang of languages) {
      // Items without text stay as null, so that the others keep their index.
      if (parts.some((p) => p.texts.has(lang)))
        texts.set(
          lang,
          parts.map((p) => p.texts.get(lang) ?? null),
        );
    }
    return { base: parts.map((p) => p.base), texts };
  }
  if (isRecord(value)) {
    const base: Record<string, Json> = {};
    const texts = new Map<string, Record<string, Json>>();
    for (const [key, item] of Object.entries(value as Record<string, Json>)) {
      const part = split(item, languages);
      base[key] = part.base;
      for (const [lang, tree] of part.texts) {
        if (!texts.has(lang)) texts.set(lang, {});
        texts.get(lang)![key] = tree;
      }
    }
    return { base, texts };
  }
  return { base: value, texts: new Map() };
}

/**
 * The story without its texts, and each language's texts.
 * @example splitByLanguage(story).texts.ko // { title: { ko: '…' }, steps: [{ title: { ko: '…' }, … }, …], … }
 */
export function splitByLanguage(story: Story): { base: Story; texts: Record<string, TextTree> } {
  const { base, texts } = split(story as unknown as Json, new Set(story.languages));
  return {
    base: base as unknown as Story,
    texts: Object.fromEntries(story.languages.map((lang) => [lang, texts.get(lang) ?? {}])),
  };
}

/** Writes a language's texts into the story, where {@link splitByLanguage} took them from. */
export function mergeTexts(target: unknown, texts: TextTree): void {
  if (Array.isArray(texts)) {
    if (!Array.isArray(target)) return;
    texts.forEach((tree, i) => {
      if (tree !== null) mergeTexts(target[i], tree);
    });
  } else if (isRecord(texts) && isRecord(target)) {
    for (const [key, tree] of Object.entries(texts)) {
      if (typeof tree === 'string') target[key] = tree;
      else mergeTexts(target[key], tree);
    }
  }
}
