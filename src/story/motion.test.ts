import { describe, expect, it } from 'vitest';
import { compileObject, storyObject } from '../testing/fixtures.ts';
import { motionState, resolveMotion, type GeoFeatures, type ResolvedMotion } from './motion.ts';
import { StoryError, compileStory } from './validate.ts';
import { stringify } from 'yaml';

const motion: ResolvedMotion = {
  span: { start: '1950-08-04', end: '1950-09-15' },
  front: [
    { line: 'a', date: '1950-08-04' },
    { line: 'b', date: '1950-08-25' },
    { line: 'c', date: '1950-09-15' },
  ],
  draw: ['push'],
};

describe('motionState', () => {
  it('starts on the first dated line with the arrows undrawn', () => {
    expect(motionState(motion, 0, false)).toEqual({
      progress: 0,
      date: '1950-08-04',
      front: { from: 'a', to: 'a', t: 0 },
      draw: { push: 0 },
    });
  });
  it('is half-way through the period at half the scroll, on the second keyframe', () => {
    const m = motionState(motion, 0.5, false);
    expect(m.date).toBe('1950-08-25');
    expect(m.front).toEqual({ from: 'a', to: 'b', t: 1 });
    expect(m.draw.push).toBeCloseTo(0.5 / 0.75, 4);
  });
  it('interpolates between keyframes by the calendar', () => {
    const m = motionState(motion, 0.25, false);
    expect(m.date).toBe('1950-08-15'); // 10.5 days in, rounded to the nearest day
    expect(m.front!.from).toBe('a');
    expect(m.front!.t).toBeCloseTo(10.5 / 21, 3);
  });
  it('ends on the last line with the arrows complete', () => {
    expect(motionState(motion, 1, false)).toMatchObject({
      date: '1950-09-15',
      front: { from: 'c', to: 'c' },
      draw: { push: 1 },
    });
  });
  it('moves forward monotonically with progress', () => {
    let lastDay = '';
    let lastDraw = -1;
    for (let p = 0; p <= 1; p += 0.05) {
      const m = motionState(motion, p, false);
      expect(m.date >= lastDay).toBe(true);
      expect(m.draw.push!).toBeGreaterThanOrEqual(lastDraw);
      lastDay = m.date;
      lastDraw = m.draw.push!;
    }
  });
  it('under reduced motion shows dated snapshots and finished arrows', () => {
    expect(motionState(motion, 0.1, true)).toEqual({
      progress: 0.1,
      date: '1950-08-04',
      front: { from: 'a', to: 'a', t: 0 },
      draw: { push: 1 },
    });
    expect(motionState(motion, 0.3, true)).toMatchObject({
      date: '1950-08-25',
      front: { from: 'b', to: 'b' },
    });
    expect(motionState(motion, 0.6, true).front).toEqual({ from: 'b', to: 'b', t: 0 });
    expect(motionState(motion, 1, true).front).toEqual({ from: 'c', to: 'c', t: 0 });
  });
  it('clamps progress outside 0–1', () => {
    expect(motionState(motion, -1, false).progress).toBe(0);
    expect(motionState(motion, Number.NaN, false).progress).toBe(0);
    expect(motionState(motion, 3, false).progress).toBe(1);
  });
});

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
