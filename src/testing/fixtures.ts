/**
 * A small valid story for unit tests, as a plain object: tests break one field and compile it.
 */
import { stringify } from 'yaml';
import { compileStory, StoryError, type StoryIssue } from '../story/compileStory.ts';
import type { Story } from '../story/schema.ts';

export function storyObject() {
  const text = (en: string, ko: string) => ({ en, ko });
  return {
    id: 'test-story',
    languages: ['en', 'ko'],
    defaultLanguage: 'en',
    title: text('Test', '시험'),
    theatre: [
      [120, 30],
      [135, 45],
    ],
    sides: [
      { id: 'blue', color: 'un', arrowhead: 'triangle', label: text('Held by blue', '청군 지역') },
      { id: 'red', color: 'north', arrowhead: 'double', label: text('Held by red', '홍군 지역') },
    ],
    front: { geo: 'fronts-resampled', masks: 'masks', holds: { south: 'blue', north: 'red' } },
    layers: [
      {
        id: 'parallel-38',
        geo: 'parallel-38',
        kind: 'line',
        color: 'division',
        label: text('38th', '38도선'),
      },
      {
        id: 'places',
        geo: 'places',
        kind: 'circle',
        color: 'place',
        visible: true,
        label: text('Places', '도시'),
      },
      { id: 'mdl', geo: 'mdl-1953', kind: 'line', color: 'division', label: text('MDL', '군사분계선') },
      {
        id: 'push',
        geo: 'arrows',
        kind: 'arrow',
        color: 'un',
        side: 'blue',
        width: 3,
        label: text('Push', '진격'),
      },
    ],
    sources: {
      src: { author: 'A. Author', title: 'A Title', year: 2000 },
      other: { author: 'Bea B. Other', title: 'Another Title: With a Subtitle' },
    },
    steps: [
      {
        id: 'one',
        date: '1945-08',
        title: text('One', '하나'),
        text: text('Some *text* <script>alert(1)</script> [x](javascript:alert(1))', '본문'),
        description: text('Map one', '지도 하나'),
        camera: {
          bounds: [
            [124, 33],
            [131, 43],
          ],
        },
        layers: { 'parallel-38': true } as Record<string, unknown>,
        sources: ['src'],
      },
      {
        id: 'two',
        date: { start: '1950-08-04', end: '1950-09-15' },
        title: text('Two', '둘'),
        text: text('Two', '둘'),
        description: text('Map two', '지도 둘'),
        camera: { center: [128.5, 35.5], zoom: 7, narrow: { center: [128.6, 35.4], zoom: 6.5 } },
        layers: { places: false, mdl: { opacity: 0.5 }, push: true } as Record<string, unknown>,
        sources: ['src'],
        // Keyframe dates given here: unit tests compile without the geo files.
        motion: {
          front: [
            { line: 'front-1950-08-04', date: '1950-08-04' },
            { line: 'parallel-38', date: '1950-08-25' },
            { line: 'front-1950-09-15', date: '1950-09-15' },
          ],
          draw: ['push'],
        } as Record<string, unknown>,
        contested: [
          {
            what: text('Its strength', '병력'),
            range: text('400–540 men', '400–540명'),
            note: text('One count includes the artillery.', '한쪽 집계는 포병을 포함한다.'),
            sources: ['src', 'other'],
          },
        ],
      },
      {
        id: 'three',
        date: '1953-07-27',
        title: text('Three', '셋'),
        text: text('Three', '셋'),
        description: text('Map three', '지도 셋'),
        camera: { center: [127, 38], zoom: 8, bearing: 10, pitch: 20 },
        sources: ['src'],
      },
    ],
  };
}

/** Timeline events for {@link storyObject}, as the list an events file holds. */
export function eventsObject() {
  return [
    { id: 'start', date: '1945-08-15', title: { en: 'Start', ko: '시작' }, step: 'one' },
    { id: 'middle', date: '1950-08', title: { en: 'Middle', ko: '중간' }, step: 'two' },
    { id: 'same-day', date: '1950-08', title: { en: 'Same month', ko: '같은 달' }, step: 'two' },
    { id: 'end', date: '1953-07-27', title: { en: 'End', ko: '끝' }, step: 'three' },
  ];
}

export function compileObject(obj: unknown, file = 'stories/test.yaml', events?: unknown): Story {
  return compileStory(stringify(obj), file, {
    events:
      events === undefined ? undefined : { source: stringify(events), file: 'stories/test.events.yaml' },
  });
}

/** The test story broken by `mutate`, compiled: the issues it is rejected with (throws if it is not). */
export function issuesOf(mutate: (s: ReturnType<typeof storyObject>) => void): StoryIssue[] {
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

export function testStory(): Story {
  return compileObject(storyObject());
}
