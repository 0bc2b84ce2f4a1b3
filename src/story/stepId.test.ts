import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelope } from '../embed/envelope.ts';
import { HostMessageSchema, parseMessage, StoryMessageSchema } from '../embed/messages.ts';
import { StepSchema } from './schema.ts';
import { isId } from './stepId.ts';

/** Whether the story schema takes `id` as a step id. */
const schemaTakes = (id: string) => StepSchema.shape.id.safeParse(id).success;
/** Whether a `ready` naming `id` as a step would reach embed.js. */
const messageTakes = (id: string) =>
  parseMessage(
    StoryMessageSchema,
    envelope({
      kind: 'ready',
      mode: 'embed',
      title: 't',
      steps: [id],
      languages: ['en'],
      step: id,
      index: 0,
      lang: 'en',
    }),
  ).ok;

describe('one step-id rule', () => {
  it.each(['a--b', 'a-', '-a', 'A', 'a'.repeat(81), 'a_b', ''])('%j is refused by both', (id) => {
    expect([schemaTakes(id), messageTakes(id), isId(id)]).toEqual([false, false, false]);
  });

  it.each(['inchon', 'front-1950-08', '38', 'a'.repeat(80)])('%j is taken by both', (id) => {
    expect([schemaTakes(id), messageTakes(id), isId(id)]).toEqual([true, true, true]);
  });

  it('the story schema and the embed messages agree on every string', () => {
    const id = fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9-]{1,90}$/));
    fc.assert(
      fc.property(id, (value) => {
        expect(messageTakes(value)).toBe(schemaTakes(value));
        const setStep = parseMessage(HostMessageSchema, envelope({ kind: 'setStep', step: value }));
        expect(setStep.ok).toBe(schemaTakes(value));
      }),
      { numRuns: 500 },
    );
  });
});
