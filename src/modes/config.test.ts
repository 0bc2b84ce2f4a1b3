import { describe, expect, it } from 'vitest';
import { testStory } from '../testing/fixtures.ts';
import { initialState } from '../story/initialState.ts';
import { resolveConfig } from './config.ts';

describe('resolveConfig', () => {
  it('reads the public URL parameters', () => {
    expect(resolveConfig('?step=inchon&lang=ko&mode=kiosk&story=other&debug', '')).toEqual({
      mode: 'kiosk',
      storyId: 'other',
      lang: 'ko',
      stepId: 'inchon',
      debug: true,
      warnings: [],
    });
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
    expect(initialState(story, { lang: 'ko', stepId: 'three' })).toEqual({
      lang: 'ko',
      index: 2,
      warnings: [],
    });
    expect(initialState(story, { lang: 'fr', stepId: 'nine' })).toEqual({
      lang: 'en',
      index: 0,
      warnings: ['unknown language "fr"; using "en"', 'unknown step "nine"; starting at the beginning'],
    });
  });
});
