/** The register's checks on a two-step story made up for the purpose: each problem, one line each. */
import { describe, expect, it } from 'vitest';
import { checkRegister, parseRegister, readStoryFacts } from './check.ts';

const STORY = `
sources: { a: { author: A, title: T }, b: { author: B, title: U } }
steps:
  - id: landing
    title: { en: Landing, ko: 상륙 }
    text:
      en: On 15 September 1950 X Corps landed, through tides of nearly ten metres.
      ko: 1950년 9월 15일 제10군단이 조수 간만의 차가 10m에 가까운 곳에 상륙했다.
    contested:
      - what: { en: Ships, ko: 함정 }
        range: { en: some 230–260 ships, ko: 약 230–260척 }
  - id: talks
    title: { en: Talks, ko: 회담 }
    text:
      en: The two sides met in 1951 and again on 25 October.
      ko: 양측은 1951년에 만났고 10월 25일에 다시 만났다.
`;
const EVENTS = `
- { id: inchon, date: '1950-09-15' }
- { id: panmunjom, date: '1951-10-25' }
`;
const REGISTER = `
- { id: inchon, what: landing, value: '1950-09-15', steps: [landing], event: inchon, sources: [{ id: a, loc: ch. 26 }] }
- { id: x-corps, what: corps, value: 10, steps: [landing], sources: [{ id: a, loc: ch. 26 }] }
- { id: tides, what: tides in metres, value: 10, steps: [landing], sources: [{ id: a, loc: ch. 26 }] }
- { id: ships, what: ships, value: { from: 230, to: 260 }, steps: [landing], sources: [{ id: a, loc: p. 1 }, { id: b, loc: p. 2 }] }
- { id: talks-1951, what: talks year, value: '1951', steps: [talks], sources: [{ id: a, loc: ch. 1 }] }
- { id: panmunjom, what: talks resume, value: '1951-10-25', steps: [talks], event: panmunjom, sources: [{ id: a, loc: ch. 1 }] }
- { id: two-sides, what: the two sides, value: 2, steps: [talks], sources: [{ id: a, loc: ch. 1 }] }
`;

/** The story once "two sides" (양측 in Korean) is reworded "Both sides". */
const AGREED_STORY = STORY.replace('The two sides', 'Both sides');
const story = (storyYaml = AGREED_STORY, events = EVENTS) => readStoryFacts('s.yaml', storyYaml, events);
const check = (register: string, storyYaml?: string, events?: string) => {
  const { facts, problems } = parseRegister('r.yaml', register);
  return [...problems, ...checkRegister(story(storyYaml, events), 'r.yaml', facts)];
};

describe('checkRegister', () => {
  it('names a fact stated in one language and not the other (here "two sides" / 양측)', () => {
    expect(check(REGISTER, STORY)).toEqual([
      's.yaml step "talks": "two-sides" is stated in en as "two" (2) but not in ko',
    ]);
  });

  const agreed = REGISTER.replace(/^.*two-sides.*$/m, '');
  it('passes when the register and both languages agree', () => {
    expect(check(agreed)).toEqual([]);
  });

  it('names the step, language, raw words and value of a number not in the register', () => {
    expect(check(agreed.replace(/^.*id: ships.*$/m, ''))).toEqual([
      's.yaml step "landing" (en): "230" (230) is in no fact of the register for this step; add a fact with this value and its source to r.yaml',
      's.yaml step "landing" (en): "260" (260) is in no fact of the register for this step; add a fact with this value and its source to r.yaml',
      's.yaml step "landing" (ko): "230" (230) is in no fact of the register for this step; add a fact with this value and its source to r.yaml',
      's.yaml step "landing" (ko): "260" (260) is in no fact of the register for this step; add a fact with this value and its source to r.yaml',
    ]);
  });

  it('points to a fact of another step with the same value; names a fact no longer stated', () => {
    expect(
      check(
        agreed
          .replace(
            'steps: [landing], sources: [{ id: a, loc: ch. 26 }] }\n- { id: tides',
            'steps: [], sources: [{ id: a, loc: ch. 26 }] }\n- { id: tides',
          )
          .replace("value: '1951', steps: [talks]", "value: '1951', steps: [landing]"),
      ),
    ).toEqual([
      'r.yaml: fact "x-corps": lists no steps and no event: state it in a step, or remove it',
      'r.yaml: fact "talks-1951" ("1951") is listed for step "landing" but no text of it states it any more',
    ]);
    // "1951" still matches the step's fact 1951-10-25 (every part the text gives agrees), so only the stale fact is named.
    expect(
      check(
        agreed
          .replace(/^.*id: tides.*$/m, '')
          .replace(
            'steps: [landing], sources: [{ id: a, loc: ch. 26 }] }\n',
            'steps: [talks], sources: [{ id: a, loc: ch. 26 }] }\n',
          ),
      ),
    ).toEqual([
      's.yaml step "landing" (en): "X Corps" (10) is in no fact of the register for this step; fact "x-corps" has this value: add "landing" to its steps?',
      's.yaml step "landing" (en): "ten" (10) is in no fact of the register for this step; fact "x-corps" has this value: add "landing" to its steps?',
      's.yaml step "landing" (ko): "제10" (10) is in no fact of the register for this step; fact "x-corps" has this value: add "landing" to its steps?',
      's.yaml step "landing" (ko): "10" (10) is in no fact of the register for this step; fact "x-corps" has this value: add "landing" to its steps?',
      'r.yaml: fact "x-corps" (10) is listed for step "talks" but no text of it states it any more',
    ]);
  });

  it('names one end of a range stated in one language only', () => {
    expect(check(agreed, AGREED_STORY.replace('약 230–260척', '약 260척'))).toEqual([
      's.yaml step "landing": "ships" (from) is stated in en as "230" (230) but not in ko',
    ]);
  });

  it('matches a date by the parts the text gives, and prefers the fact that has no more', () => {
    // "10월 25일" has no year: it is the fact 1951-10-25; "1951년" alone is the fact '1951', not 1951-10-25.
    expect(check(agreed.replace("value: '1951-10-25'", "value: '1952-10-25'"))).toContain(
      'r.yaml: fact "panmunjom" is event "panmunjom", dated 1951-10-25, but its value is "1952-10-25"',
    );
  });

  it('names unknown sources and steps, stale facts, and events without a fact', () => {
    const register = agreed
      .replace('{ id: b, loc: p. 2 }', '{ id: c, loc: p. 2 }')
      .replace('steps: [talks], event: panmunjom', 'steps: [talk]')
      .concat('- { id: old, what: gone, value: 400, steps: [landing], sources: [{ id: a, loc: p. 3 }] }\n');
    expect(check(register)).toEqual([
      'r.yaml: fact "ships": source "c" is not in the sources of s.yaml',
      'r.yaml: fact "panmunjom": no step "talk" in s.yaml',
      's.yaml step "talks" (en): "25 October" (--10-25) is in no fact of the register for this step; fact "panmunjom" has this value: add "talks" to its steps?',
      's.yaml step "talks" (ko): "10월 25일" (--10-25) is in no fact of the register for this step; fact "panmunjom" has this value: add "talks" to its steps?',
      'r.yaml: fact "old" (400) is listed for step "landing" but no text of it states it any more',
      's.yaml: timeline event "panmunjom" (1951-10-25) is no fact of r.yaml: add one with its source and event: panmunjom',
    ]);
  });

  it('reports schema errors by fact id and field', () => {
    expect(
      parseRegister('r.yaml', "- { id: x, what: y, value: '25 June', sources: [{ id: a, loc: p. 1 }] }")
        .problems,
    ).toEqual([expect.stringMatching(/^r\.yaml: fact "x" field value: /)]);
  });
});
