import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readStory } from '../../scripts/storyFiles.ts';
import { compileObject, issuesOf, storyObject } from '../testing/fixtures.ts';
import { compileStory, StoryError, type StoryIssue } from './compileStory.ts';

type StoryObject = ReturnType<typeof storyObject>;

/** The test story's arrow layer (`push`, of side `blue`). */
const arrow = (s: StoryObject) => s.layers.find((l) => l.id === 'push') as Record<string, unknown>;

describe('sides and front', () => {
  it('compile into the story, each arrow carrying its side’s head', () => {
    const s = storyObject();
    s.sides[0]!.arrowhead = 'double';
    const story = compileObject(s);
    expect(story.sides.map((side) => side.id)).toEqual(['blue', 'red']);
    expect(story.front?.holds).toEqual({ south: 'blue', north: 'red' });
    expect(story.layers.find((l) => l.id === 'push')).toMatchObject({ side: 'blue', arrowhead: 'double' });
    expect(story.layers.find((l) => l.id === 'places')).not.toHaveProperty('arrowhead');
  });

  it('are required: a story without sides names the field', () => {
    const s: Partial<StoryObject> = storyObject();
    delete s.sides;
    let issues: StoryIssue[] = [];
    try {
      compileStory(stringify(s), 'stories/no-sides.yaml');
    } catch (e) {
      if (!(e instanceof StoryError)) throw e;
      issues = e.issues;
    }
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'stories/no-sides.yaml',
        field: 'sides',
        message: 'missing field "sides"',
      }),
    ]);
  });

  it('reject a layer naming an unknown side, with file, line, layer and field', () => {
    const [issue, ...rest] = issuesOf((s) => {
      arrow(s).side = 'bleu';
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      file: 'stories/test.yaml',
      layerId: 'push',
      field: 'side',
      message: 'unknown side "bleu" — did you mean "blue"?',
    });
    expect(issue!.line).toBeGreaterThan(1);
    expect(new StoryError([issue!]).message).toMatch(/^stories\/test\.yaml:\d+ layer "push" field side: /);
  });

  it('need an arrow to name its side', () => {
    expect(
      issuesOf((s) => {
        delete arrow(s).side;
      }),
    ).toEqual([
      expect.objectContaining({
        layerId: 'push',
        field: 'side',
        message: 'an arrow names its side, which gives its head: one of blue, red',
      }),
    ]);
  });

  it('reject an unknown arrowhead, a duplicate side, a bad colour and a missing label', () => {
    const issues = issuesOf((s) => {
      (s.sides[1] as Record<string, unknown>).arrowhead = 'chevron';
    });
    expect(issues).toEqual([expect.objectContaining({ field: 'sides.1.arrowhead' })]);
    expect(
      issuesOf((s) => {
        s.sides[1]!.id = 'blue';
        s.front.holds.north = 'blue';
        s.sides[1]!.color = 'plum';
        s.sides[1]!.label = { en: 'Held by red' } as (typeof s.sides)[1]['label'];
      }),
    ).toEqual([
      expect.objectContaining({ field: 'sides.1.id', message: 'duplicate side id "blue"' }),
      expect.objectContaining({
        field: 'sides.1.color',
        message: expect.stringMatching(/^unknown colour token "plum"/),
      }),
      expect.objectContaining({ field: 'sides.1.label', message: 'missing the "ko" text' }),
    ]);
  });

  it('reject a front held by an unknown side', () => {
    expect(
      issuesOf((s) => {
        s.front.holds.north = 'rde';
      }),
    ).toEqual([
      expect.objectContaining({
        field: 'front.holds.north',
        message: 'unknown side "rde" — did you mean "red"?',
      }),
    ]);
  });

  it('need a front declared before a step can move it', () => {
    const s: Partial<StoryObject> = storyObject();
    delete s.front;
    s.steps![1]!.date = { start: '1950-09-01', end: '1950-10-01' } as never;
    (s.steps![1] as Record<string, unknown>).motion = { front: [{ line: 'a' }, { line: 'b' }] };
    let issues: StoryIssue[] = [];
    try {
      compileObject(s);
    } catch (e) {
      if (!(e instanceof StoryError)) throw e;
      issues = e.issues;
    }
    expect(issues).toContainEqual(
      expect.objectContaining({
        stepId: 'two',
        field: 'motion.front',
        message: 'a moving front needs the story to declare its front: front: { geo, masks, holds }',
      }),
    );
  });

  it('check the front’s files exist', () => {
    const s = storyObject();
    const have = new Set(['parallel-38', 'places', 'mdl-1953', 'arrows', 'fronts-resampled']);
    let issues: StoryIssue[] = [];
    try {
      compileStory(stringify(s), 'stories/test.yaml', { geoExists: (name) => have.has(name) });
    } catch (e) {
      if (!(e instanceof StoryError)) throw e;
      issues = e.issues;
    }
    expect(issues).toEqual([
      expect.objectContaining({ field: 'front.masks', message: 'no file geo/layers/masks.geojson' }),
    ]);
  });

  it('may come with geometry of their own: the engine’s test story, on other geography', () => {
    const story = readStory('tests/fixtures/engine/stories/peninsula.yaml');
    expect(story.sides.map((s) => [s.id, s.arrowhead])).toEqual([
      ['coast', 'triangle'],
      ['hills', 'double'],
    ]);
    // Keyframe dates come from the lines of the story's own front file.
    expect(story.steps[1]!.motion?.front).toEqual([
      { line: 'line-may', date: '2001-05-01' },
      { line: 'line-june', date: '2001-06-01' },
    ]);
  });
});
