import { describe, expect, it } from 'vitest';
import { invalidMessages, validHostMessages, validStoryMessages } from '../testing/messageSamples.ts';
import { envelope } from './envelope.ts';
import { HostMessageSchema, parseMessage, StoryMessageSchema, type HostMessage } from './messages.ts';
import { MAX_MESSAGE_CHARS, payloadSize } from './wireFormat.ts';

const host = (data: unknown) => parseMessage(HostMessageSchema, data);
const story = (data: unknown) => parseMessage(StoryMessageSchema, data);
const base = { type: 'korean-war-story', version: 1 };

describe('host → story messages', () => {
  it.each(validHostMessages)('accepts %j', (message) => {
    expect(host(message)).toEqual({ ok: true, message });
  });

  it.each([...invalidMessages, ['a story message', validStoryMessages[2]] as const])(
    'rejects %s',
    (_, data) => {
      expect(host(data).ok).toBe(false);
    },
  );

  it('puts the type and version on every message', () => {
    expect(envelope<HostMessage>({ kind: 'setStep', step: 'inchon' })).toEqual({
      type: 'korean-war-story',
      version: 1,
      kind: 'setStep',
      step: 'inchon',
    });
  });

  it('says why, for ?debug', () => {
    expect(host({ ...base, version: 2, kind: 'hello' })).toMatchObject({ ok: false, reason: /^version: / });
  });

  it('rejects huge payloads before looking at their shape', () => {
    const tooLarge = { ok: false, reason: 'too large or not plain data' };
    expect(host({ ...base, kind: 'setStep', step: 'a'.repeat(1_000_000) })).toEqual(tooLarge);
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 1]));
    expect(host({ ...base, kind: 'hello', ...keys })).toEqual(tooLarge);
    expect(host({ ...base, kind: 'hello', pad: new Array(10_000_000) })).toEqual(tooLarge);
  });
});

describe('story → host messages', () => {
  it.each(validStoryMessages)('accepts %j', (message) => {
    expect(story(message)).toEqual({ ok: true, message });
  });

  it.each([...invalidMessages, ['a host message', validHostMessages[1]] as const])(
    'rejects %s',
    (_, data) => {
      expect(story(data).ok).toBe(false);
    },
  );
});

describe('payloadSize', () => {
  it('counts the characters of strings and keys', () => {
    expect(payloadSize({ ab: 'cde' })).toBe(1 + 2 + 3);
    expect(payloadSize(['x', 'yy'])).toBe(2 + 1 + 1 + 1 + 2);
  });

  it('gives up past the limit, on deep nesting and on anything but plain data', () => {
    expect(payloadSize('x'.repeat(MAX_MESSAGE_CHARS + 1))).toBe(Infinity);
    expect(payloadSize({ a: { b: { c: { d: { e: 1 } } } } })).toBe(Infinity);
    expect(payloadSize(new Map())).toBe(Infinity);
    expect(payloadSize({ when: new Date() })).toBe(Infinity);
  });
});
