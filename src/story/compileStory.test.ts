import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileObject, eventsObject, issuesOf, storyObject } from '../testing/fixtures.ts';
import { compileStory, StoryError, type StoryIssue } from './compileStory.ts';

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

  it('takes a short title per language, shorter than the title, and only for its languages', () => {
    const story = storyObject();
    (story.steps[0] as Record<string, unknown>).short = { ko: '하' };
    expect(compileObject(story).steps[0]!.short).toEqual({ ko: '하' });
    const issues = issuesOf((s) => {
      (s.steps[0] as Record<string, unknown>).short = { en: `${s.steps[0]!.title.en} and more`, fr: 'court' };
    });
    expect(issues.map((i) => [i.stepId, i.field, i.message.replace(/ \(.*/, '')])).toEqual([
      ['one', 'short.en', 'short must be shorter than the title'],
      ['one', 'short.fr', 'short has fr but title does not'],
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
    expect(unknownField[0]).toMatchObject({
      stepId: 'one',
      field: 'titel',
      message: 'unknown field "titel" — did you mean "title"?',
    });
  });

  it('checks cameras: one form only, inside the theatre, bounds ordered', () => {
    expect(issuesOf((s) => (s.steps[0]!.camera = { center: [126, 37] } as never))[0]!.message).toMatch(
      /center: \[lon, lat\] and zoom/,
    );
    expect(issuesOf((s) => (s.steps[1]!.camera.center = [100, 35]))[0]!.message).toBe(
      'camera center [100, 35] lies outside the story theatre [[120, 30], [135, 45]]',
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
    expect(issues.map((i) => [i.layerId ?? i.stepId, i.field, i.message])).toEqual([
      ['parallel-38', 'color', 'unknown colour token "divison" — did you mean "division"?'],
      ['places', 'geo', 'no file geo/layers/places.geojson'],
      ['two', 'date', 'start 1950-09-15 is after end 1950-08-04'],
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => compileStory('id: x\nsteps: [\n', 'bad.yaml')).toThrow(
      /^bad\.yaml:\d+ field \(root\): YAML syntax/,
    );
  });

  it('reports an alias without an anchor, and an alias bomb, at a line and without a stack', () => {
    const issue = (source: string) => {
      try {
        compileStory(source, 'bad.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(StoryError);
        return (e as StoryError).issues[0];
      }
      throw new Error('expected the story to be rejected');
    };
    expect(issue('id: x\nlanguages: [en]\nsteps: *nowhere\n')).toMatchObject({
      line: 3,
      message: 'YAML alias *nowhere names no anchor (&nowhere) above it',
    });
    const row = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(', ')}]`;
    const bomb = [row('a', 'lol'), row('b', '*a'), row('c', '*b'), row('d', '*c'), row('e', '*d')].join('\n');
    expect(issue(bomb)).toMatchObject({
      line: 2,
      message: expect.stringMatching(/aliases expand more than 100/),
    });
  });
});

describe('contested figures', () => {
  it('compile with the step', () => {
    const story = compileObject(storyObject());
    expect(story.steps[1]!.contested).toEqual([
      expect.objectContaining({ range: { en: '400–540 men', ko: '400–540명' }, sources: ['src', 'other'] }),
    ]);
  });

  it('name a misspelled source with file, line, step and field, and suggest the right key (once)', () => {
    const issues = issuesOf((s) => {
      s.steps[1]!.contested![0]!.sources = ['src', 'otehr'];
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'stories/test.yaml',
        stepId: 'two',
        field: 'contested.0.sources.1',
        message: 'unknown source "otehr" — did you mean "other"?',
      }),
    ]);
    expect(issues[0]!.line).toBeGreaterThan(1);
    expect(new StoryError(issues).message).toMatch(
      /^stories\/test\.yaml:\d+ step "two" field contested\.0\.sources\.1: unknown source "otehr" — did you mean "other"\?$/,
    );
  });

  it('need every language in what, range and note', () => {
    const issues = issuesOf((s) => {
      const figure = s.steps[1]!.contested![0]!;
      figure.range = { en: 'about 400' } as typeof figure.range;
      figure.note = { ko: '설명' } as typeof figure.note;
    });
    expect(issues.map((i) => [i.stepId, i.field, i.message])).toEqual([
      ['two', 'contested.0.range', 'missing the "ko" text'],
      ['two', 'contested.0.note', 'missing the "en" text'],
    ]);
  });

  it('cite at least the two sources that disagree', () => {
    const issues = issuesOf((s) => {
      s.steps[1]!.contested![0]!.sources = ['src'];
    });
    expect(issues).toEqual([
      expect.objectContaining({
        stepId: 'two',
        field: 'contested.0.sources',
        message: 'a contested figure cites the sources that disagree (at least two)',
      }),
    ]);
  });
});

describe('sources', () => {
  it('get a short cite: surname and year, or author and short title', () => {
    const story = compileObject(storyObject());
    expect(story.sources.src!.short).toBe('Author 2000');
    expect(story.sources.other!.short).toBe('Other, Another Title');
  });

  it('reports a source no step and no contested figure cites, at its line', () => {
    const source = stringifyStory((s) => {
      (s.sources as Record<string, unknown>).unused = { author: 'C. Nobody', title: 'Never cited' };
    });
    let issues: StoryIssue[] = [];
    try {
      compileStory(source, 'stories/test.yaml');
    } catch (e) {
      issues = (e as StoryError).issues;
    }
    const line = source.split('\n').findIndex((l) => l.trim() === 'unused:') + 1;
    expect(issues).toEqual([
      {
        file: 'stories/test.yaml',
        line,
        stepId: undefined,
        field: 'sources.unused',
        message: 'source "unused" is not cited by any step or contested figure',
      },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x', 'vbscript:x'])(
    'accepts only an http(s) url, not %j',
    (url) => {
      const issues = issuesOf((s) => {
        (s.sources as Record<string, Record<string, unknown>>).src!.url = url;
      });
      expect(issues).toMatchObject([
        { field: 'sources.src.url', message: 'source url must be an http(s) address' },
      ]);
    },
  );

  it('keeps source keys usable as link targets and step ids clear of the page’s own ids', () => {
    expect(
      issuesOf((s) => {
        (s.sources as Record<string, unknown>)['Bad Key'] = { author: 'X', title: 'Y' };
      })[0]!.message,
    ).toBe('source keys are lower-case kebab-case (used in links)');
    expect(issuesOf((s) => (s.steps[2]!.id = 'sources'))[0]).toMatchObject({
      field: 'id',
      message: 'step id "sources" is reserved for the page (the sources list)',
    });
  });
});

describe('events file', () => {
  function eventIssues(mutate: (events: ReturnType<typeof eventsObject>) => void): StoryIssue[] {
    const events = eventsObject();
    mutate(events);
    try {
      compileObject(storyObject(), 'stories/test.yaml', events);
    } catch (e) {
      if (e instanceof StoryError) return e.issues;
      throw e;
    }
    throw new Error('expected the events to be rejected');
  }

  it('compiles into story.events, in file order; no file means no events', () => {
    const story = compileObject(storyObject(), 'stories/test.yaml', eventsObject());
    expect(story.events.map((e) => [e.id, e.step])).toEqual([
      ['start', 'one'],
      ['middle', 'two'],
      ['same-day', 'two'],
      ['end', 'three'],
    ]);
    expect(compileObject(storyObject()).events).toEqual([]);
  });

  it('names an unknown step with the events file, line, event id and field, and a guess', () => {
    const issues = eventIssues((events) => {
      events[2]!.step = 'tow';
    });
    expect(issues).toEqual([
      {
        file: 'stories/test.events.yaml',
        line: expect.any(Number),
        eventId: 'same-day',
        field: 'step',
        message: 'unknown step "tow" — did you mean "two"?',
      },
    ]);
    expect(new StoryError(issues).message).toMatch(
      /^stories\/test\.events\.yaml:\d+ event "same-day" field step: unknown step "tow" — did you mean "two"\?$/,
    );
  });

  it('puts the line on the field that is wrong', () => {
    const events = eventsObject();
    events[1]!.step = 'nope';
    const source = stringify(events);
    let issue: StoryIssue | undefined;
    try {
      compileStory(stringify(storyObject()), 'stories/test.yaml', {
        events: { source, file: 'stories/test.events.yaml' },
      });
    } catch (e) {
      issue = (e as StoryError).issues[0];
    }
    expect(issue!.line).toBe(source.split('\n').findIndex((l) => l.includes('step: nope')) + 1);
  });

  it('rejects a date that goes backwards, naming the event and the one above it', () => {
    const issues = eventIssues((events) => {
      events[2]!.date = '1950-07-30';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        eventId: 'same-day',
        field: 'date',
        message: '1950-07-30 is before the event above it ("middle", 1950-08); keep events in date order',
      }),
    ]);
  });

  it('needs every language of the story and unique ids', () => {
    const issues = eventIssues((events) => {
      events[0]!.title = { en: 'Only English' } as (typeof events)[0]['title'];
      events[3]!.id = 'middle';
    });
    expect(issues.map((i) => [i.eventId, i.field, i.message])).toEqual([
      ['start', 'title', 'missing the "ko" text'],
      ['middle', 'id', 'duplicate event id "middle"'],
    ]);
  });

  it('reports schema errors with the event id and field', () => {
    const issues = eventIssues((events) => {
      events[1]!.date = 'August 1950';
      (events[3] as Record<string, unknown>).titel = 'x';
    });
    expect(issues.map((i) => [i.eventId, i.field, i.message])).toEqual([
      ['middle', 'date', 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)'],
      ['end', 'titel', 'unknown field "titel" — did you mean "title"?'],
    ]);
    expect(issues.every((i) => i.file === 'stories/test.events.yaml' && i.line! > 1)).toBe(true);
  });

  it('reports a broken story before its events', () => {
    const s = storyObject();
    s.steps[0]!.id = 'Bad Id';
    expect(() => compileObject(s, 'stories/test.yaml', eventsObject())).toThrow(/stories\/test\.yaml:\d+/);
  });
});

function stringifyStory(mutate: (s: ReturnType<typeof storyObject>) => void): string {
  const s = storyObject();
  mutate(s);
  return stringify(s);
}
