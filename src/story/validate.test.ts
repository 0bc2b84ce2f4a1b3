import { describe, expect, it } from 'vitest';
import { compileObject, storyObject } from '../testing/fixtures.ts';
import { compileStory, StoryError, type StoryIssue } from './validate.ts';

function issuesOf(mutate: (s: ReturnType<typeof storyObject>) => void): StoryIssue[] {
  const s = storyObject();
  mutate(s);
  try {
    compileObject(s);
  } catch (e) {
    if (e instanceof StoryError) return e.issues;
    throw e;
  }
  throw new Error('expected the story to be rejected');
}

describe('compileStory', () => {
  it('compiles a valid story and renders Markdown safely', () => {
    const story = compileObject(storyObject());
    expect(story.steps).toHaveLength(3);
    const html = story.steps[0]!.html.en!;
    expect(html).toContain('<em>text</em>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/href="javascript:/);
  });

  it('names file, line, step and field for a wrong type', () => {
    const [issue, ...rest] = issuesOf((s) => {
      (s.steps[1]!.camera as Record<string, unknown>).zoom = 'seven';
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'stories/test.yaml', stepId: 'two', field: 'camera.zoom' });
    expect(issue!.line).toBeGreaterThan(1);
    expect(String(new StoryError([issue!]).message)).toMatch(
      /^stories\/test\.yaml:\d+ step "two" field camera\.zoom: /,
    );
  });

  it('suggests the layer id a step misspelled', () => {
    const issues = issuesOf((s) => {
      s.steps[0]!.layers = { 'parallel-83': true };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        stepId: 'one',
        field: 'layers.parallel-83',
        message: 'unknown layer "parallel-83" — did you mean "parallel-38"?',
      }),
    ]);
  });

  it('requires every language of the story', () => {
    const issues = issuesOf((s) => {
      s.steps[2]!.description = { en: 'only English' } as (typeof s.steps)[2]['description'];
    });
    expect(issues).toEqual([
      expect.objectContaining({ stepId: 'three', field: 'description', message: 'missing the "ko" text' }),
    ]);
  });

  it('rejects duplicate step ids, unknown sources and unknown fields', () => {
    const issues = issuesOf((s) => {
      s.steps[1]!.id = 'one';
      s.steps[2]!.sources = ['nope'];
    });
    expect(issues.map((i) => i.message)).toEqual(['duplicate step id "one"', 'unknown source "nope"']);
    const unknownField = issuesOf((s) => {
      (s.steps[0] as Record<string, unknown>).titel = 'x';
    });
    expect(unknownField[0]).toMatchObject({ stepId: 'one', message: 'unknown field "titel"' });
  });

  it('checks cameras: one form only, inside the theatre, bounds ordered', () => {
    expect(issuesOf((s) => (s.steps[0]!.camera = { center: [126, 37] } as never))[0]!.message).toMatch(
      /center: \[lon, lat\] and zoom/,
    );
    expect(issuesOf((s) => (s.steps[1]!.camera.center = [100, 35]))[0]!.message).toBe(
      'camera lies outside the story theatre',
    );
    expect(
      issuesOf(
        (s) =>
          (s.steps[0]!.camera = {
            bounds: [
              [131, 33],
              [124, 43],
            ],
          }),
      )[0]!.field,
    ).toBe('camera.bounds');
  });

  it('reports unknown colour tokens, missing geo files and bad dates', () => {
    const s = storyObject();
    s.layers[0]!.color = 'divison';
    s.steps[1]!.date = { start: '1950-09-15', end: '1950-08-04' };
    let issues: StoryIssue[] = [];
    try {
      compileStory(JSON.stringify(s), 'x.yaml', { geoExists: (n) => n !== 'places' });
    } catch (e) {
      issues = (e as StoryError).issues;
    }
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['layers.0.color', 'unknown colour token "divison" — did you mean "division"?'],
      ['layers.1.geo', 'no file geo/layers/places.geojson'],
      ['date', 'start 1950-09-15 is after end 1950-08-04'],
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => compileStory('id: x\nsteps: [\n', 'bad.yaml')).toThrow(
      /^bad\.yaml:\d+ field \(root\): YAML syntax/,
    );
  });
});
