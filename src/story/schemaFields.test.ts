/**
 * docs/authoring.md describes the schema as it is: every field of every part of the schema has a
 * row in that part's table, and no table names a field the schema does not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FIELDS } from './schemaFields.ts';

const docs = readFileSync('docs/authoring.md', 'utf8');

/** The table under `### <heading>`: the fields its rows name. */
function documented(heading: string): string[] {
  const section = docs.split(/^### /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`docs/authoring.md has no "### ${heading}" section`);
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

const HEADINGS: Record<keyof typeof SCHEMA_FIELDS, string> = {
  story: 'Story',
  side: 'Side',
  front: 'Front',
  layer: 'Layer',
  source: 'Source',
  step: 'Step',
  camera: 'Camera',
  layerState: 'Layer state',
  contested: 'Contested figure',
  motion: 'Motion',
  frontKeyframe: 'Front keyframe',
  event: 'Event',
};

describe('docs/authoring.md matches the schema', () => {
  it.each(Object.entries(HEADINGS))('%s: every field, and no other', (part, heading) => {
    const fields = SCHEMA_FIELDS[part as keyof typeof SCHEMA_FIELDS];
    expect([...documented(heading)].sort()).toEqual([...fields].sort());
  });

  it('states the defaults the schema applies', () => {
    const row = (heading: string, field: string) =>
      docs
        .split(/^### /m)
        .find((s) => s.startsWith(`${heading}\n`))!
        .split('\n')
        .find((l) => l.startsWith(`| \`${field}\` |`))!;
    expect(row('Layer', 'dashed')).toContain('| `false` |');
    expect(row('Layer', 'width')).toContain('| `2` |');
    expect(row('Layer', 'visible')).toContain('| `false` |');
    expect(row('Camera', 'bearing')).toContain('| `0` |');
    expect(row('Camera', 'pitch')).toContain('| `0` |');
    expect(row('Layer state', 'opacity')).toContain('| `1` |');
    expect(row('Layer state', 'visible')).toContain('| `true` |');
    expect(row('Step', 'layers')).toContain('| `{}` |');
  });
});
