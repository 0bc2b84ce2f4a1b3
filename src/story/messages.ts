/**
 * Wording shared by the story and events checks, so both read the same to an author.
 */
import type { z } from 'zod';
import type { Localized } from './schema.ts';

/** A schema problem in an author's words ("unknown field "titel"" rather than zod's phrasing). */
export function zodMessage(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') {
    return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  // A map key that breaks its rule: say which rule, not "Invalid key in record".
  if (i.code === 'invalid_key' && i.issues[0]) return zodMessage(i.issues[0]);
  return i.message;
}

/**
 * One message per language of the story that `value` lacks.
 * @example missingLanguages({ en: 'x' }, ['en', 'ko']) // ['missing the "ko" text']
 */
export function missingLanguages(value: Localized | undefined, langs: readonly string[]): string[] {
  if (!value) return [];
  return langs.filter((l) => !value[l]).map((l) => `missing the "${l}" text`);
}
