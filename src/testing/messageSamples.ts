/**
 * Embed messages to test both checks with (the zod schema in src/embed/messages.ts and its JSON
 * Schema in embed.js): valid ones of each kind, and ways a message can be wrong.
 */
import { MESSAGE_TYPE } from '../embed/wireFormat.ts';

const base = { type: MESSAGE_TYPE, version: 1 } as const;

export const validHostMessages = [
  { ...base, kind: 'hello' },
  { ...base, kind: 'setStep', step: 'inchon' },
  { ...base, kind: 'setLanguage', lang: 'ko' },
  { ...base, kind: 'scroll', top: -1234.5, height: 20000, viewport: 844 },
];

export const validStoryMessages = [
  {
    ...base,
    kind: 'ready',
    mode: 'embed',
    title: 'The Korean War, 1950–1953',
    steps: ['division', 'inchon'],
    languages: ['en', 'ko'],
    step: 'division',
    index: 0,
    lang: 'en',
  },
  {
    ...base,
    kind: 'ready',
    mode: 'figure',
    title: '',
    steps: [],
    languages: [],
    step: 'a',
    index: 0,
    lang: 'en',
  },
  { ...base, kind: 'step', step: 'inchon', index: 9, lang: 'ko' },
  { ...base, kind: 'height', height: 812 },
];

/** Wrong for both directions: [what is wrong, the message]. */
export const invalidMessages: [string, unknown][] = [
  ['another type', { ...base, type: 'other-widget', kind: 'hello' }],
  ['another version', { ...base, version: 2, kind: 'setStep', step: 'inchon' }],
  ['version 0', { ...base, version: 0, kind: 'height', height: 10 }],
  ['a version as a string', { ...base, version: '1', kind: 'hello' }],
  ['no version', { type: MESSAGE_TYPE, kind: 'hello' }],
  ['an unknown kind', { ...base, kind: 'navigate', url: 'https://evil.example' }],
  ['a missing field', { ...base, kind: 'setStep' }],
  ['an extra field', { ...base, kind: 'setStep', step: 'inchon', html: '<img onerror=alert(1)>' }],
  ['an extra field on a step', { ...base, kind: 'step', step: 'inchon', index: 1, lang: 'en', html: '<b>' }],
  ['a step that is not an id', { ...base, kind: 'setStep', step: '<script>alert(1)</script>' }],
  ['an over-long id', { ...base, kind: 'setStep', step: 'a'.repeat(81) }],
  ['a string instead of a number', { ...base, kind: 'scroll', top: '0', height: 100, viewport: 10 }],
  ['an infinite number', { ...base, kind: 'scroll', top: -Infinity, height: 100, viewport: 10 }],
  ['NaN', { ...base, kind: 'height', height: NaN }],
  ['a negative height', { ...base, kind: 'height', height: -1 }],
  ['a fractional index', { ...base, kind: 'step', step: 'inchon', index: 1.5, lang: 'en' }],
  ['an unknown mode', { ...validStoryMessages[1], mode: 'web' }],
  ['an id that is not a string in a list', { ...validStoryMessages[1], steps: ['a', 7] }],
  ['a JSON string', JSON.stringify({ ...base, kind: 'hello' })],
  ['null', null],
  ['a number', 42],
  ['an array', [base]],
];
