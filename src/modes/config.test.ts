import { describe, expect, it } from 'vitest';
import { testStory } from '../testing/fixtures.ts';
import { initialState } from '../story/initialState.ts';
import { resolveConfig } from './config.ts';

describe('resolveConfig', () => {
  it('reads the public URL parameters', () => {
    expect(resolveConfig('?step=inchon&lang=ko&mode=kiosk&story=other&debug', '', ['en-US'])).toEqual({
      mode: 'kiosk',
      storyId: 'other',
      lang: 'ko',
      browserLanguages: ['en-US'],
      stepId: 'inchon',
      progress: 0,
      debug: true,
      kioskTimes: {},
      warnings: [],
    });
  });

  it('reads the kiosk timeouts, ignoring what is not a positive number of seconds', () => {
    const c = resolveConfig('?mode=kiosk&idle=2&reset=0.5&dwell=abc', '');
    expect(c.kioskTimes).toEqual({ idleSeconds: 2, resetSeconds: 0.5 });
    expect(c.warnings).toEqual(['dwell "abc" is not a positive number of seconds; using the kiosk default']);
    expect(resolveConfig('?idle=-1&reset=', '').kioskTimes).toEqual({});
  });

  it('takes the step from the hash and falls back to web for an unknown mode', () => {
    const c = resolveConfig('?mode=cinema', '#pusan-perimeter');
    expect(c).toMatchObject({ mode: 'web', stepId: 'pusan-perimeter', storyId: 'korean-war', debug: false });
    expect(c.warnings).toEqual(['unknown mode "cinema"; using "web" (known: web, kiosk, embed, figure)']);
  });
});

describe('initialState', () => {
  const story = testStory();
  it('validates language and step against the story', () => {
    expect(initialState(story, { lang: 'ko', stepId: 'three', browserLanguages: ['en'] })).toEqual({
      lang: 'ko',
      index: 2,
      progress: 0,
      warnings: [],
    });
    expect(initialState(story, { lang: 'fr', stepId: 'nine', browserLanguages: [] })).toEqual({
      lang: 'en',
      index: 0,
      progress: 0,
      warnings: ['unknown language "fr"; using "en"', 'unknown step "nine"; starting at the beginning'],
    });
  });

  it('without ?lang, opens in the browser language when the story has it', () => {
    const state = (browserLanguages: string[]) =>
      initialState(story, { lang: undefined, stepId: undefined, browserLanguages });
    expect(state(['ko-KR', 'en-US'])).toMatchObject({ lang: 'ko', warnings: [] });
    expect(state(['de-DE'])).toMatchObject({ lang: 'en', warnings: [] });
    expect(initialState(story, { lang: 'en', stepId: undefined, browserLanguages: ['ko-KR'] }).lang).toBe(
      'en',
    );
  });
});

describe('progress', () => {
  it('reads a fraction through the step', () => {
    expect(resolveConfig('?step=pusan-perimeter&progress=0.5', '').progress).toBe(0.5);
    expect(resolveConfig('?step=x', '').progress).toBe(0);
  });
  it('in figure mode opens at the end of the step unless told', () => {
    expect(resolveConfig('?mode=figure&step=x', '').progress).toBe(1);
    expect(resolveConfig('?mode=figure&step=x&progress=0.25', '').progress).toBe(0.25);
    expect(resolveConfig('?mode=figure&progress=2', '').warnings).toEqual([
      'progress "2" is not a number from 0 to 1; using 1',
    ]);
  });
  it.each(['1.5', '-0.1', 'half', ''])('falls back to 0 with a warning for %j', (value) => {
    const config = resolveConfig(`?progress=${value}`, '');
    expect(config.progress).toBe(0);
    expect(config.warnings.join()).toMatch(/progress/);
  });
});
