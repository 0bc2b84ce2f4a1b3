/**
 * Every story with a fact register (stories/facts/<story id>.yaml) against its texts and timeline:
 * see docs/history.md. One failure lists every problem of a story, one line each, so an author
 * can fix them all in one pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegister, parseRegister, readStoryFacts } from './check.ts';

const DIR = 'stories/facts';
const registers = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => path.basename(f, '.yaml'));

describe('fact registers', () => {
  it("include the Chosin story's, which is final", () => {
    expect(registers).toEqual(expect.arrayContaining(['chosin']));
  });

  it.each(registers)('stories/facts/%s.yaml agrees with the story, in every language', (id) => {
    const storyFile = `stories/${id}.yaml`;
    const eventsFile = `stories/${id}.events.yaml`;
    const registerFile = `${DIR}/${id}.yaml`;
    const story = readStoryFacts(
      storyFile,
      readFileSync(storyFile, 'utf8'),
      existsSync(eventsFile) ? readFileSync(eventsFile, 'utf8') : undefined,
    );
    const { facts, problems } = parseRegister(registerFile, readFileSync(registerFile, 'utf8'));
    const all = [...problems, ...(problems.length ? [] : checkRegister(story, registerFile, facts))];
    expect(all.join('\n'), `${all.length} problems`).toBe('');
  });
});
