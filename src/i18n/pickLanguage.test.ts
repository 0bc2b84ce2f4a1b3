import { describe, expect, it } from 'vitest';
import { pickLanguage } from './pickLanguage.ts';

const story = { languages: ['en', 'ko'], defaultLanguage: 'en' } as const;
const pick = (requested: string | undefined, browser: string[]) =>
  pickLanguage({ requested, browser, ...story });

describe('pickLanguage', () => {
  it('takes the first browser language the story has, by its primary subtag', () => {
    expect(pick(undefined, ['ko-KR', 'en-US'])).toEqual({ lang: 'ko' });
    expect(pick(undefined, ['fr-FR', 'KO', 'en'])).toEqual({ lang: 'ko' });
    expect(pick(undefined, ['fr-CA', 'en-GB', 'ko'])).toEqual({ lang: 'en' });
    expect(pick(undefined, ['zh_TW', 'ko'])).toEqual({ lang: 'ko' });
  });

  it("falls back to the story's default when the browser asks for nothing the story has", () => {
    expect(pick(undefined, ['fr-FR', 'de'])).toEqual({ lang: 'en' });
    expect(pick(undefined, [])).toEqual({ lang: 'en' });
    expect(
      pickLanguage({ requested: undefined, browser: ['de'], languages: ['en', 'ko'], defaultLanguage: 'ko' }),
    ).toEqual({ lang: 'ko' });
  });

  it('lets ?lang win over the browser', () => {
    expect(pick('en', ['ko-KR'])).toEqual({ lang: 'en' });
    expect(pick('ko', ['en-US'])).toEqual({ lang: 'ko' });
  });

  it('warns about an unknown ?lang and falls back as if none was given', () => {
    expect(pick('xx', ['en-US'])).toEqual({ lang: 'en', warning: 'unknown language "xx"; using "en"' });
    expect(pick('kor', ['ko-KR'])).toEqual({ lang: 'ko', warning: 'unknown language "kor"; using "ko"' });
  });
});
