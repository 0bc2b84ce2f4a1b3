/**
 * What both sides of the embed share without the schema library: the message envelope's fixed
 * fields and the size limit. The schema itself is in messages.ts; embed.js gets it compiled to
 * JSON Schema (scripts/vite/embedHostPlugin.ts), so that it stays a few KB.
 * Kept apart from envelope.ts, which needs the schema's types: the schema needs these constants.
 */
import { identity } from '../identity.ts';

export const MESSAGE_TYPE = identity.messageType;
export const MESSAGE_VERSION = 1;
/** Largest message accepted, counted as characters of its strings and keys (see {@link payloadSize}). */
export const MAX_MESSAGE_CHARS = 8192;

/**
 * Size of a structured-cloned value, as the characters of its strings and keys (a number or
 * boolean counts 8), walked breadth-first and abandoned as soon as it passes `limit`: a huge
 * payload costs no more than `limit` to reject. Returns `Infinity` past the limit, for a value
 * nested deeper than 4 levels, or for anything that is not plain data.
 */
export function payloadSize(data: unknown, limit = MAX_MESSAGE_CHARS): number {
  let size = 0;
  const queue: [unknown, number][] = [[data, 0]];
  for (let i = 0; i < queue.length; i++) {
    const [value, depth] = queue[i]!;
    if (typeof value === 'string') size += value.length;
    else if (typeof value === 'number' || typeof value === 'boolean' || value == null) size += 8;
    else if (typeof value === 'object' && depth < 4 && isPlain(value)) {
      // Count the keys before reading them: an array of a million holes is rejected here.
      size += Array.isArray(value) ? value.length : Object.keys(value).length;
      if (size > limit) return Infinity;
      for (const [key, item] of Object.entries(value)) {
        size += key.length;
        queue.push([item, depth + 1]);
        if (size > limit) return Infinity;
      }
    } else return Infinity;
    if (size > limit) return Infinity;
  }
  return size;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}
