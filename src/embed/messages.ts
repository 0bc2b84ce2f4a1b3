/**
 * The embed's public message format: every message between the host page (`embed.js`) and the
 * story in its iframe, both ways, as one schema. Documented in docs/embedding.md.
 *
 * A message is a plain object `{ type: '<id>-story', version: 1, kind, …fields }` (`<id>` from src/identity.ts), sent
 * with `postMessage` (structured clone, never a string to parse or HTML to insert). Both sides
 * check what they receive: size first (cheaply, before any parsing), then shape and version.
 * Anything that fails is ignored.
 *
 * The story checks with this schema ({@link parseMessage}); embed.js with the same schema
 * compiled to JSON Schema at build time (`z.toJSONSchema`, run by jsonSchemaCheck.ts), so that it
 * stays a few KB.
 * `zod/mini` keeps the story's share small too; JIT compilation is off because it probes
 * `new Function`, which a strict Content-Security-Policy reports as a violation.
 */
import * as z from 'zod/mini';
import { MAX_ID_LENGTH, STEP_ID } from '../story/stepId.ts';
import { MAX_MESSAGE_CHARS, MESSAGE_TYPE, MESSAGE_VERSION, payloadSize } from './wireFormat.ts';

z.config({ jitless: true });

/** A step id or language code: the story schema's own rule (stepId.ts). */
const id = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(STEP_ID));
const index = z.int().check(z.gte(0), z.lte(9999));
const pixels = z.number().check(z.gte(-1e7), z.lte(1e7));

const message = <K extends string, S extends z.core.$ZodLooseShape>(kind: K, shape: S) =>
  z.strictObject({
    type: z.literal(MESSAGE_TYPE),
    version: z.literal(MESSAGE_VERSION),
    kind: z.literal(kind),
    ...shape,
  });

/** Host → story. */
export const HostMessageSchema = z.discriminatedUnion('kind', [
  /** The host's handshake: "I am the page that embedded you". Answered with `ready`. */
  message('hello', {}),
  /** Show this step (figure mode; in scrolly mode embed.js scrolls the article instead). */
  message('setStep', { step: id }),
  message('setLanguage', { lang: id }),
  /**
   * Where the scrolly track is: its top relative to the host viewport's top, its height and the
   * viewport's height, in CSS pixels. The story maps it to a step and progress (scrollPosition.ts).
   */
  message('scroll', { top: pixels, height: pixels.check(z.gte(0)), viewport: pixels.check(z.gte(0)) }),
]);

/** Story → host. */
export const StoryMessageSchema = z.discriminatedUnion('kind', [
  /** Mounted and listening; what the host needs to lay the story out. */
  message('ready', {
    mode: z.enum(['embed', 'figure']),
    title: z.string().check(z.maxLength(300)),
    steps: z.array(id).check(z.maxLength(500)),
    languages: z.array(id).check(z.maxLength(20)),
    step: id,
    index,
    lang: id,
  }),
  /** The step or language shown changed. */
  message('step', { step: id, index, lang: id }),
  /** The height the iframe needs to show all its content (figure mode). */
  message('height', { height: pixels.check(z.gte(0)) }),
]);

export type HostMessage = z.infer<typeof HostMessageSchema>;
export type StoryMessage = z.infer<typeof StoryMessageSchema>;

/**
 * Validates a received message: size, then shape and version.
 * @returns the message, or a reason to ignore it (for `?debug` logging)
 */
export function parseMessage<S extends typeof HostMessageSchema | typeof StoryMessageSchema>(
  schema: S,
  data: unknown,
  limit = MAX_MESSAGE_CHARS,
): { ok: true; message: z.infer<S> } | { ok: false; reason: string } {
  if (payloadSize(data, limit) > limit) return { ok: false, reason: 'too large or not plain data' };
  const result = z.safeParse(schema, data);
  if (result.success) return { ok: true, message: result.data as z.infer<S> };
  const issue = result.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
}
