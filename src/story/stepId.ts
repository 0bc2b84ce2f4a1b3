/**
 * The one rule for a step id, shared by the story schema (schema.ts) and the embed's messages
 * (embed/messages.ts): a story that passes the schema can always be announced to embed.js,
 * whose copy of the message schema would otherwise drop its `ready` and never show it.
 * Ids are in URLs (`?step=`, `#id`), so lower-case kebab-case: no leading, trailing or double
 * hyphen, at most {@link MAX_ID_LENGTH} characters.
 */
export const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;

/** Whether `value` is a well-formed id (a step's, a story's, a language code in a message). */
export const isId = (value: string): boolean => value.length <= MAX_ID_LENGTH && STEP_ID.test(value);
