/**
 * The story linter against tests/fixtures/stories/: `base.yaml` is valid, and every other story
 * there is a copy of it with one rule broken. Each must fail with exactly the line below, so a
 * change to a message or a lost check shows here. Then the CLI itself, as CI runs it: its output
 * and exit codes (0 ok, 1 story problems, 2 usage errors).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, StoryError } from '../src/story/compileStory.ts';
import { isEventsFile, readStory } from './storyFiles.ts';

const DIR = 'tests/fixtures/stories';
const at = (name: string) => `${DIR}/${name}`;

/** Fixture → the one line the linter prints for it. */
const EXPECTED: Record<string, string> = {
  'bounds-outside.yaml':
    'bounds-outside.yaml:43 step "inland" field camera: camera bounds [[126.9, 39.8], [127.8, 42.6]] reach outside the story theatre [[124, 38], [130, 42]]',
  'camera-both.yaml':
    'camera-both.yaml:36 step "coast" field camera: give either bounds or center+zoom, not both',
  'camera-outside.yaml':
    'camera-outside.yaml:36 step "coast" field camera: camera center [131.55, 39.9] lies outside the story theatre [[124, 38], [130, 42]]',
  'date-backwards.yaml':
    'date-backwards.yaml:39 step "inland" field date: start 1950-11-27 is after end 1950-11-01',
  'date-format.yaml':
    'date-format.yaml:32 step "coast" field date: use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)',
  'default-language.yaml':
    "default-language.yaml:5 field defaultLanguage: must be one of the story's languages: en, ko",
  'duplicate-step.yaml': 'duplicate-step.yaml:38 step "coast" field id: duplicate step id "coast"',
  'event-missing-language.yaml':
    'event-missing-language.events.yaml:2 event "hagaru" field title: missing the "ko" text',
  'event-unknown-step.yaml':
    'event-unknown-step.events.yaml:2 event "hagaru" field step: unknown step "inlnd" — did you mean "inland"?',
  'events-order.yaml':
    'events-order.events.yaml:2 event "hagaru" field date: 1950-10-01 is before the event above it ("hamhung", 1950-10-17); keep events in date order',
  'missing-description.yaml':
    'missing-description.yaml:38 step "inland" field description: missing field "description"',
  'missing-geo.yaml': 'missing-geo.yaml:11 layer "places" field geo: no file geo/layers/placs.geojson',
  'missing-language.yaml': 'missing-language.yaml:40 step "inland" field title: missing the "ko" text',
  'motion-not-arrow.yaml':
    'motion-not-arrow.yaml:45 step "inland" field motion.draw.0: only arrow layers draw in; "places" is a circle layer',
  'motion-unknown-line.yaml':
    'motion-unknown-line.yaml:45 step "inland" field motion.front.1.line: unknown line "front-1950-11-42" in geo/layers/fronts-resampled.geojson — did you mean "front-1950-11-24"?',
  'no-source.yaml': 'no-source.yaml:45 step "inland" field sources: every step needs at least one source',
  'theatre-backwards.yaml':
    'theatre-backwards.yaml:7 field theatre: theatre must be [[west, south], [east, north]] with west < east and south < north',
  'uncited-source.yaml':
    'uncited-source.yaml:29 field sources.montross-1957: source "montross-1957" is not cited by any step or contested figure',
  'unknown-color.yaml': 'unknown-color.yaml:13 layer "places" field color: unknown colour token "plum"',
  'unknown-feature.yaml':
    'unknown-feature.yaml:15 layer "places" field features.2: unknown feature id or group "hagru-ri" in geo/layers/places.geojson — did you mean "hagaru-ri"?',
  'unknown-field.yaml':
    'unknown-field.yaml:34 step "coast" field txt: unknown field "txt" — did you mean "text"?',
  'unknown-layer.yaml':
    'unknown-layer.yaml:44 step "inland" field layers.advanc: unknown layer "advanc" — did you mean "advance"?',
  'unknown-source.yaml':
    'unknown-source.yaml:45 step "inland" field sources.0: unknown source "appleman-1909" — did you mean "appleman-1990"?',
  'wrong-kind.yaml':
    'wrong-kind.yaml:19 layer "advance" field kind: an arrow layer draws LineString or MultiLineString features, but "hagaru-ri" in geo/layers/places.geojson is a Point',
  'yaml-syntax.yaml':
    'yaml-syntax.yaml:34 field (root): YAML syntax: Flow map in block collection must be sufficiently indented and end with a }',
};

/** Every problem the linter finds in a file, as printed. */
function lint(file: string): string[] {
  try {
    readStory(file);
    return [];
  } catch (error) {
    if (error instanceof StoryError) return error.issues.map(formatIssue);
    throw error;
  }
}

describe('story linter: one broken rule per fixture, one exact message', () => {
  it('passes the shared valid base (with its events file)', () => {
    expect(lint(at('base.yaml'))).toEqual([]);
  });

  it('has an expected message for every fixture in the folder', () => {
    const fixtures = readdirSync(DIR).filter(
      (f) => f.endsWith('.yaml') && !isEventsFile(f) && f !== 'base.yaml',
    );
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (fixture, line) => {
    expect(lint(at(fixture))).toEqual([`${DIR}/${line}`]);
  });
});

// Each run starts tsx: a second or two on a loaded machine.
describe('npm run check:story (the CLI)', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => {
    const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/check-story.ts', ...args], {
      encoding: 'utf8',
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('exits 0 for valid stories and says what it checked', () => {
    const r = run(at('base.yaml'));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`ok  ${DIR}/base.yaml (2 steps, 2 events, en/ko)\n`);
  });

  it('checks every story in stories/ and nothing else without arguments', () => {
    const r = run();
    expect(r.code).toBe(0);
    const checked = r.out
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[2]);
    const stories = readdirSync('stories')
      .filter((f) => f.endsWith('.yaml') && !isEventsFile(f))
      .map((f) => `stories/${f}`);
    expect(checked.sort()).toEqual(stories.sort());
  });

  it('exits 1 with one line per problem; an events file checks its story', () => {
    const r = run(at('unknown-layer.yaml'), at('events-order.events.yaml'), at('base.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${DIR}/${EXPECTED['unknown-layer.yaml']}\n${DIR}/${EXPECTED['events-order.yaml']}\n`);
    expect(r.out).toBe(`ok  ${DIR}/base.yaml (2 steps, 2 events, en/ko)\n`);
  });

  it('exits 2 on a usage error, before checking anything', () => {
    const missing = run(at('base.yaml'), at('no-such-story.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err).toContain(`${DIR}/no-such-story.yaml: no such file`);
    expect(run('--fix').code).toBe(2);
    expect(run('README.md').code).toBe(2);
    expect(run(DIR).code).toBe(2);
  });
});
