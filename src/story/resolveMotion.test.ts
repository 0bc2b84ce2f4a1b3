import { describe, expect, it } from 'vitest';
import { compileObject, storyObject } from '../testing/fixtures.ts';
import type { GeoFeatures } from './motion.ts';
import { resolveMotion } from './resolveMotion.ts';
import { StoryError, compileStory } from './compileStory.ts';
import { stringify } from 'yaml';

describe('resolveMotion (through compileStory)', () => {
  const problems = (edit: (s: ReturnType<typeof storyObject>) => void, geoFeatures?: GeoFeatures) => {
    const s = storyObject();
    edit(s);
    try {
      compileStory(stringify(s), 'stories/test.yaml', { geoFeatures });
      return [];
    } catch (e) {
      return (e as StoryError).issues.map((i) => `${i.stepId} ${i.field}: ${i.message}`);
    }
  };
  const motionOf = (s: ReturnType<typeof storyObject>) => s.steps[1]!.motion as Record<string, unknown>;
  const geo: GeoFeatures = (name) =>
    name === 'fronts-resampled'
      ? [
          { id: 'front-1950-08-04', date: '1950-08-04' },
          { id: 'front-1950-09-15', date: '1950-09-15' },
          { id: 'parallel-38', date: '1945-08-15' },
        ]
      : undefined;

  it('fills in keyframe dates from the geometry', () => {
    const s = storyObject();
    motionOf(s).front = [{ line: 'front-1950-08-04' }, { line: 'front-1950-09-15' }];
    const story = compileStory(stringify(s), 'x.yaml', { geoFeatures: geo });
    expect(story.steps[1]!.motion).toEqual({
      span: { start: '1950-08-04', end: '1950-09-15' },
      front: [
        { line: 'front-1950-08-04', date: '1950-08-04' },
        { line: 'front-1950-09-15', date: '1950-09-15' },
      ],
      draw: ['push'],
    });
  });
  it('names a misspelt line with a guess', () => {
    expect(
      problems((s) => {
        motionOf(s).front = [{ line: 'front-1950-08-04' }, { line: 'front-1950-09-51' }];
      }, geo),
    ).toEqual([
      'two motion.front.1.line: unknown line "front-1950-09-51" in geo/layers/fronts-resampled.geojson — did you mean "front-1950-09-15"?',
    ]);
  });
  it('needs dates in order, a period, and arrow layers the step shows', () => {
    expect(
      problems((s) => {
        motionOf(s).front = [
          { line: 'a', date: '1950-09-01' },
          { line: 'b', date: '1950-08-01' },
        ];
      }),
    ).toEqual([
      'two motion.front.1.date: 1950-08-01 comes before the previous keyframe (1950-09-01); keep keyframes in date order',
    ]);
    expect(
      problems((s) => {
        s.steps[1]!.date = '1950-08-04' as never;
      }),
    ).toEqual(['two motion: motion needs a period: give the step date: { start, end } or motion.span']);
    expect(
      problems((s) => {
        motionOf(s).draw = ['mdl', 'pusj'];
        s.steps[1]!.layers = { places: false };
      }),
    ).toEqual([
      'two motion.draw.0: only arrow layers draw in; "mdl" is a line layer',
      'two motion.draw.1: unknown layer "pusj" — did you mean "push"?',
    ]);
    expect(
      problems((s) => {
        s.steps[1]!.layers = { places: false };
      }),
    ).toEqual(['two motion.draw.0: "push" draws in, so the step must show it: add layers: { push: true }']);
  });
  it('asks for a date when the geometry cannot give one', () => {
    expect(
      problems((s) => {
        motionOf(s).front = [{ line: 'x' }, { line: 'y', date: '1950-09-01' }];
      }),
    ).toEqual(['two motion.front.0.date: no date for "x": give date: \'YYYY-MM-DD\'']);
  });
  it('leaves steps without motion alone', () => {
    expect(compileObject(storyObject()).steps[0]!.motion).toBeUndefined();
    expect(resolveMotion(compileObject(storyObject()).steps[0] as never, [], undefined)).toEqual({
      problems: [],
    });
  });
});
