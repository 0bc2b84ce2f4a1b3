import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { storyMessageJsonSchema } from '../../scripts/vite/embedHostPlugin.ts';
import { invalidMessages, validHostMessages, validStoryMessages } from '../testing/messageSamples.ts';
import { matchesSchema, type JsonSchema } from './jsonSchemaCheck.ts';
import { HostMessageSchema, StoryMessageSchema } from './messages.ts';

const samples: [string, unknown][] = [
  ...validHostMessages.map((m) => [`valid ${m.kind}`, m] as [string, unknown]),
  ...validStoryMessages.map((m) => [`valid ${m.kind}`, m] as [string, unknown]),
  ...invalidMessages,
];

describe.each([
  ['story → host (what embed.js checks)', StoryMessageSchema],
  ['host → story', HostMessageSchema],
] as const)('JSON Schema of %s', (_, schema) => {
  const json = z.toJSONSchema(schema) as JsonSchema;

  it.each(samples)('agrees with zod on %s', (_, data) => {
    expect(matchesSchema(json, data)).toBe(z.safeParse(schema, data).success);
  });
});

it('embed.js is built with the story-message schema', () => {
  expect(storyMessageJsonSchema()).toEqual({ ...z.toJSONSchema(StoryMessageSchema), $schema: undefined });
});

it('fails closed on a keyword it does not know', () => {
  expect(matchesSchema({ type: 'string', format: 'email' }, 'a@b.c')).toBe(false);
  expect(matchesSchema({ type: 'object', properties: {}, additionalProperties: true }, {})).toBe(false);
});
