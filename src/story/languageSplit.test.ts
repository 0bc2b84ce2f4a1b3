import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/storyFiles.ts';
import { mergeTexts, splitByLanguage } from './languageSplit.ts';
import { languageLoader } from './storyTexts.ts';

const story = readStory('stories/korean-war.yaml');
const copy = <T>(value: T): T => structuredClone(value);

describe('splitByLanguage', () => {
  const { base, texts } = splitByLanguage(story);

  it('leaves no text in the structure, and keeps everything else', () => {
    expect(base.steps[0]!.title).toEqual({});
    expect(base.steps[0]!.html).toEqual({});
    expect(base.title).toEqual({});
    expect(base.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
    expect(base.steps.map((s) => s.camera)).toEqual(story.steps.map((s) => s.camera));
    expect(base.languages).toEqual(story.languages);
    expect(JSON.stringify(base)).not.toMatch(/[가-힣]/);
  });

  it('gives each language only its own texts', () => {
    expect(JSON.stringify(texts.en)).not.toMatch(/[가-힣]/);
    expect(JSON.stringify(texts.ko)).toMatch(/[가-힣]/);
    expect(JSON.stringify(texts.ko)).not.toContain('"en":');
  });

  it('merges back to the story, one language or all', () => {
    const en = copy(base);
    mergeTexts(en, texts.en);
    expect(en.steps[3]!.title).toEqual({ en: story.steps[3]!.title.en });
    expect(en.events[0]!.title).toEqual({ en: story.events[0]!.title.en });
    mergeTexts(en, texts.ko);
    expect(en).toEqual(story);
  });

  it('keeps array positions for items without text', () => {
    const { base: b, texts: t } = splitByLanguage({
      ...story,
      steps: [],
      theatre: story.theatre,
      languages: ['en', 'ko'],
      events: [story.events[0]!],
    });
    const merged = copy(b);
    mergeTexts(merged, t.ko);
    expect(merged.events[0]!.title).toEqual({ ko: story.events[0]!.title.ko });
    expect(merged.theatre).toEqual(story.theatre);
  });
});

describe('languageLoader', () => {
  it('loads a language once, and rejects an unknown one', async () => {
    const { base, texts } = splitByLanguage(story);
    let loads = 0;
    const module = {
      default: copy(base),
      texts: Object.fromEntries(
        Object.entries(texts).map(([lang, tree]) => [
          lang,
          () => (loads++, Promise.resolve({ default: tree })),
        ]),
      ),
    };
    const load = languageLoader(module);
    await Promise.all([load('ko'), load('ko')]);
    expect(loads).toBe(1);
    expect(module.default.steps[0]!.title.ko).toBe(story.steps[0]!.title.ko);
    expect(module.default.steps[0]!.title.en).toBeUndefined();
    await expect(load('fr')).rejects.toThrow(/no language "fr"/);
  });

  it('tries a failed language again', async () => {
    let attempts = 0;
    const load = languageLoader({
      default: copy(splitByLanguage(story).base),
      texts: {
        en: () =>
          ++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: {} }),
      },
    });
    await expect(load('en')).rejects.toThrow('offline');
    await expect(load('en')).resolves.toBeUndefined();
  });
});
