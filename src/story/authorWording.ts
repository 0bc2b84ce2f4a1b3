/**
 * Wording shared by the story and events checks, so both read the same to an author.
 */
import type { z } from 'zod';
import { closest } from './closest.ts';
import type { Localized } from './schema.ts';
import { ALL_FIELDS } from './schemaFields.ts';
import type { Path } from './yamlSource.ts';

/** A schema problem in an author's words ("unknown field "titel"" rather than zod's phrasing). */
function zodMessage(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') {
    return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  // A map key that breaks its rule: say which rule, not "Invalid key in record".
  if (i.code === 'invalid_key' && i.issues[0]) return zodMessage(i.issues[0]);
  if (isMissing(i)) return `missing field "${String(i.path.at(-1))}"`;
  return i.message;
}

/** A required field that is absent (zod reports it as a wrong type, "received undefined"). */
function isMissing(i: z.core.$ZodIssue): boolean {
  return i.code === 'invalid_type' && i.path.length > 0 && /received undefined$/.test(i.message);
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((x, k) => x === b[k]);

/**
 * Schema problems as [path, message], one per unknown field (at the field itself, so its line is
 * named) with a guess at the field meant. A misspelt required field (`txt` for `text`) is one
 * problem, "unknown field "txt" — did you mean "text"?", not that plus "missing field "text"".
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[]): [Path, string][] {
  const absorbed = new Set<z.core.$ZodIssue>();
  const unknown = new Map<z.core.$ZodIssue, [Path, string][]>();
  for (const i of issues) {
    if (i.code !== 'unrecognized_keys') continue;
    const parent = i.path;
    const missing = issues.filter((m) => isMissing(m) && samePath(m.path.slice(0, -1), parent));
    unknown.set(
      i,
      i.keys.map((key) => {
        const meant = closest(
          key,
          missing.map((m) => String(m.path.at(-1))),
        );
        if (meant) for (const m of missing) if (m.path.at(-1) === meant) absorbed.add(m);
        const guess = meant ?? closest(key, ALL_FIELDS);
        const path = [...parent, key] as Path;
        return [path, `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : ''}`];
      }),
    );
  }
  return issues.flatMap((i): [Path, string][] =>
    absorbed.has(i) ? [] : (unknown.get(i) ?? [[i.path as Path, zodMessage(i)]]),
  );
}

/**
 * One message per language of the story that `value` lacks.
 * @example missingLanguages({ en: 'x' }, ['en', 'ko']) // ['missing the "ko" text']
 */
export function missingLanguages(value: Localized | undefined, langs: readonly string[]): string[] {
  if (!value) return [];
  return langs.filter((l) => !value[l]).map((l) => `missing the "${l}" text`);
}
