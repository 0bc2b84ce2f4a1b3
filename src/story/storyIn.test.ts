import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/storyFiles.ts';
import { storyIn } from './storyIn.ts';

/**
 * The oracle, independent of storyIn's list of fields: anything shaped like a text (a non-empty
 * object of strings keyed only by the story's languages), wherever it is, at its path.
 */
function texts(value: unknown, languages: readonly string[], path = ''): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  if (typeof value !== 'object' || value === null) return found;
  const entries = Object.entries(value);
  if (
    !Array.isArray(value) &&
    entries.length > 0 &&
    entries.every(([k, v]) => languages.includes(k) && typeof v === 'string')
  ) {
    found.set(path, value as Record<string, string>);
    return found;
  }
  for (const [key, item] of entries) {
    for (const [p, t] of texts(item, languages, `${path}/${key}`)) found.set(p, t);
  }
  return found;
}

/** The story without its texts: what must not differ between languages. */
const structure = (story: unknown, languages: readonly string[]): string =>
  JSON.stringify(story, function (_key, value: unknown) {
    return texts(value, languages).get('') ? undefined : value;
  });

describe.each([
  'stories/korean-war.yaml',
  'stories/chosin.yaml',
  'tests/fixtures/engine/stories/peninsula.yaml',
])('storyIn(%s)', (file) => {
  const story = readStory(file);
  const all = texts(story, story.languages);

  it.each(story.languages)('in %s holds every text of the story in that language, and no other', (lang) => {
    const one = storyIn(story, lang);
    const kept = texts(one, story.languages);
    // A text the story gives in some languages only (a step's short title) is absent in others.
    const inLang = [...all].filter(([, text]) => text[lang] !== undefined);
    expect([...kept.keys()]).toEqual(inLang.map(([path]) => path));
    for (const [path, text] of inLang) expect(kept.get(path), path).toEqual({ [lang]: text[lang] });
  });

  it.each(story.languages)('in %s keeps everything else as it is', (lang) => {
    expect(structure(storyIn(story, lang), story.languages)).toBe(structure(story, story.languages));
  });
});

it('refuses a language the story does not have', () => {
  expect(() => storyIn(readStory('stories/chosin.yaml'), 'fr')).toThrow(/no language "fr"/);
});
