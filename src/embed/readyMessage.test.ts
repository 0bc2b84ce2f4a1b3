import { describe, expect, it } from 'vitest';
import { testStory } from '../testing/fixtures.ts';
import { MAX_MESSAGE_CHARS } from './wireFormat.ts';
import { readyMessage, readyProblem } from './readyMessage.ts';

describe('readyMessage', () => {
  it("names the story's steps, languages and the step on show", () => {
    const story = testStory();
    expect(readyMessage(story, 'figure', 1, 'ko')).toMatchObject({
      kind: 'ready',
      mode: 'figure',
      steps: story.steps.map((s) => s.id),
      step: story.steps[1]!.id,
      index: 1,
      lang: 'ko',
    });
  });
});

describe('readyProblem', () => {
  it('passes a story of ordinary size', () => {
    expect(readyProblem(testStory())).toBeUndefined();
  });

  it(`refuses a story whose ready is over ${MAX_MESSAGE_CHARS} characters`, () => {
    const story = testStory();
    const many = Array.from({ length: 400 }, (_, i) => ({ ...story.steps[0]!, id: `a-long-step-id-${i}` }));
    expect(readyProblem({ ...story, steps: many })).toMatch(/ready" message is \d+ characters, over .* 8192/);
  });

  it('refuses a story whose ready breaks the message schema (a 400-character title)', () => {
    const story = testStory();
    expect(readyProblem({ ...story, title: { ...story.title, ko: 'x'.repeat(400) } })).toMatch(
      /\(ko\) breaks the message schema: title/,
    );
  });
});
