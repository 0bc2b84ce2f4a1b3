import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFontFaces } from './labelFontPlugin.ts';
import { storyPlugin } from './storyPlugin.ts';

describe('storyPlugin', () => {
  const transform = storyPlugin().transform as (code: string, id: string) => { code: string } | null;

  it('compiles stories/*.yaml into a module and ignores other files', () => {
    const source = readFileSync('stories/korean-war.yaml', 'utf8');
    const out = transform(source, path.resolve('stories/korean-war.yaml'));
    expect(out!.code.startsWith('export default {')).toBe(true);
    expect(transform('x', path.resolve('src/other.yaml'))).toBeNull();
  });

  it('fails with file, step and field, without a stack trace', () => {
    const source = readFileSync('stories/korean-war.yaml', 'utf8').replace(
      '      invasion: true',
      '      invason: true',
    );
    expect(() => transform(source, path.resolve('stories/korean-war.yaml'))).toThrowError(
      /stories\/korean-war\.yaml:\d+ step "invasion" field layers\.invason: unknown layer "invason" — did you mean "invasion"\?/,
    );
    try {
      transform(source, path.resolve('stories/korean-war.yaml'));
    } catch (e) {
      expect((e as Error).stack).not.toMatch(/\n\s+at /);
    }
  });
});

describe('check-story CLI', () => {
  it('exits 0 for the shipped stories and 1 with one line per problem for a broken one', () => {
    expect(execFileSync('npx', ['tsx', 'scripts/check-story.ts'], { encoding: 'utf8' })).toMatch(
      /^ok {2}stories\/korean-war\.yaml/m,
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'story-'));
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(
      broken,
      readFileSync('stories/korean-war.yaml', 'utf8').replace("date: '1950-06-25'", 'date: June 1950'),
    );
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/check-story.ts', broken], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/broken\.yaml:\d+ step "invasion" field date: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('parseFontFaces', () => {
  it('reads each woff2 file and its unicode ranges', () => {
    const css = `@font-face { src: url(./files/a-0-600-normal.woff2) format('woff2'), url(./files/a.woff) format('woff');
      unicode-range: U+f9ca-fa0b,U+ff03-ff05; }
      @font-face { src: url(./files/a-latin-600-normal.woff2) format('woff2'); unicode-range: U+0000-00FF; }`;
    expect(parseFontFaces(css)).toEqual([
      { file: 'a-0-600-normal.woff2', ranges: ['U+f9ca-fa0b', 'U+ff03-ff05'] },
      { file: 'a-latin-600-normal.woff2', ranges: ['U+0000-00FF'] },
    ]);
  });
});
