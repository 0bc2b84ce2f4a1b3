import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Story } from '../../src/story/schema.ts';
import { eventsObject, storyObject } from '../../src/testing/fixtures.ts';
import {
  facesFor,
  inUnicodeRange,
  labelCharacters,
  labelFontPlugin,
  parseFontFaces,
} from './labelFontPlugin.ts';
import { storyPlugin } from './storyPlugin.ts';

describe('storyPlugin', () => {
  /**
   * A project in a temp folder: the test story, its geo layers and (optionally) its events, with
   * the plugin as a build (`command: 'build'`) or the dev server (`'serve'`) sees it.
   */
  function project(events?: unknown, command: 'build' | 'serve' = 'build') {
    const root = mkdtempSync(path.join(tmpdir(), 'story-plugin-'));
    mkdirSync(path.join(root, 'stories'));
    mkdirSync(path.join(root, 'geo', 'layers'), { recursive: true });
    const { layers, front } = storyObject();
    for (const geo of [...layers.map((l) => l.geo), front.geo, front.masks])
      writeFileSync(path.join(root, 'geo', 'layers', `${geo}.geojson`), '{}');
    const file = path.join(root, 'stories', 'test.yaml');
    writeFileSync(file, stringify(storyObject()));
    if (events) writeFileSync(path.join(root, 'stories', 'test.events.yaml'), stringify(events));
    const plugin = storyPlugin();
    (plugin.configResolved as (c: { root: string; base: string; command: string }) => void)({
      root,
      base: '/',
      command,
    });
    const watched: string[] = [];
    /** The files the build emitted, by name. */
    const emitted = new Map<string, string>();
    const context = {
      addWatchFile: (f: string) => watched.push(f),
      emitFile: ({ name, source }: { name: string; source: string }) => {
        emitted.set(name, source);
        return `ref-${name}`;
      },
    };
    const transform = (code: string, id: string) =>
      (plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null).call(
        context,
        code,
        id,
      );
    /** The dev server's answer to `url`: status and body. */
    const serve = (url: string) => {
      let handler: (req: unknown, res: unknown, next: () => void) => void = () => {};
      (plugin.configureServer as (s: unknown) => void)({
        watcher: { on: () => {} },
        middlewares: { use: (h: typeof handler) => (handler = h) },
      });
      const res = { statusCode: 200, body: '', setHeader: () => {}, end: (b: string) => (res.body = b) };
      let passed = false;
      handler({ url }, res, () => (passed = true));
      return passed ? undefined : { status: res.statusCode, body: res.body };
    };
    /** The story in `lang` as the build emitted it. */
    const text = (lang: string) => JSON.parse(emitted.get(`test.${lang}.json`)!) as Story;
    return { root, file, transform, serve, text, emitted, watched };
  }

  it('compiles stories/*.yaml into an index, and each language into a JSON file with its events', () => {
    const { root, file, transform, text, emitted, watched } = project(eventsObject());
    const index = transform(readFileSync(file, 'utf8'), file)!.code;
    expect(index).toContain('export const languages = ["en","ko"];');
    expect(index).toContain('export const defaultLanguage = "en";');
    expect(index).toContain(
      'export const load = {"en": () => fetchStoryText(import.meta.ROLLUP_FILE_URL_ref-test.en.json), ' +
        '"ko": () => fetchStoryText(import.meta.ROLLUP_FILE_URL_ref-test.ko.json)};',
    );
    expect([...emitted.keys()]).toEqual(['test.en.json', 'test.ko.json']);
    expect(text('en').events.map((e) => e.id)).toEqual(eventsObject().map((e) => e.id));
    // Editing the events file reloads the story in the dev server.
    expect(watched).toContain(path.join(root, 'stories', 'test.events.yaml'));
    expect(transform('x', path.join(root, 'src', 'other.yaml'))).toBeNull();
  });

  it('gives each language the whole story, with that language’s texts only', () => {
    const { file, transform, text } = project(eventsObject());
    transform(readFileSync(file, 'utf8'), file);
    const ko = text('ko');
    expect(ko.steps[0]!.title).toEqual({ ko: storyObject().steps[0]!.title.ko });
    expect(ko.steps.map((s) => s.camera)).toEqual(text('en').steps.map((s) => s.camera));
    expect(JSON.stringify(ko)).not.toContain('"en":');
  });

  it('serves each language in the dev server, under a name that changes with the text', () => {
    const { file, transform, serve } = project(eventsObject(), 'serve');
    const index = transform(readFileSync(file, 'utf8'), file)!.code;
    const url = /"ko": \(\) => fetchStoryText\("([^"]+)"\)/.exec(index)![1]!;
    expect(url).toMatch(/^\/@story-text\/stories%2Ftest\.yaml\?lang=ko&v=[0-9a-f]{12}$/);
    const ko = JSON.parse(serve(url)!.body) as Story;
    expect(ko.steps[0]!.title).toEqual({ ko: storyObject().steps[0]!.title.ko });
    expect(serve('/@story-text/stories%2Ftest.yaml?lang=fr')).toEqual({
      status: 404,
      body: 'stories/test.yaml has no language "fr"',
    });
    // Only a story file inside the project, never any other file.
    expect(serve('/@story-text/..%2F..%2Fetc%2Fpasswd?lang=en')?.status).toBe(404);
    expect(serve('/@story-text/package.json?lang=en')?.status).toBe(404);
    expect(serve('/src/main.ts')).toBeUndefined();
  });

  it('gives a story without an events file no events, and watches no missing file', () => {
    const { file, transform, text, watched } = project();
    transform(readFileSync(file, 'utf8'), file);
    expect(text('en').events).toEqual([]);
    // The dev server would take a missing watched file for an import that fails to resolve (the
    // story file itself is the module: Vite watches it anyway).
    expect(watched).toEqual([]);
  });

  it('does not compile an events file as a story of its own', () => {
    const { root, transform } = project(eventsObject());
    const events = path.join(root, 'stories', 'test.events.yaml');
    expect(() => transform(readFileSync(events, 'utf8'), events)).toThrowError(/read with its story/);
  });

  it('fails with file, step and field, without a stack trace', () => {
    const { file, transform } = project();
    const source = readFileSync(file, 'utf8').replace('parallel-38: true', 'parallel-83: true');
    expect(() => transform(source, file)).toThrowError(
      /stories\/test\.yaml:\d+ step "one" field layers\.parallel-83: unknown layer "parallel-83" — did you mean "parallel-38"\?/,
    );
    try {
      transform(source, file);
    } catch (e) {
      expect((e as Error).stack).not.toMatch(/\n\s+at /);
    }
  });

  it('fails on a broken events file with its file, line, event and field', () => {
    const events = eventsObject();
    events[1]!.step = 'tow';
    const { file, transform } = project(events);
    expect(() => transform(readFileSync(file, 'utf8'), file)).toThrowError(
      /stories\/test\.events\.yaml:\d+ event "middle" field step: unknown step "tow" — did you mean "two"\?/,
    );
  });
});

describe('check-story CLI', () => {
  const run = (...args: string[]) => {
    try {
      return {
        status: 0,
        stdout: execFileSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/check-story.ts', ...args], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
        stderr: '',
      };
    } catch (e) {
      return e as { status: number; stdout: string; stderr: string };
    }
  };

  it('checks every story in stories/ with its events, never an events file as a story', () => {
    const { stdout } = run();
    expect(stdout).toMatch(/^ok {2}stories\/atlas\.yaml/m);
    expect(stdout).not.toMatch(/\.events\.yaml/);
  }, 30_000);

  it('exits 1 with one line per problem, in the story or in its events file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'story-'));
    const story = storyObject();
    story.steps[1]!.date = 'June 1950' as never;
    writeFileSync(path.join(dir, 'broken.yaml'), stringify(story));
    const bad = run(path.join(dir, 'broken.yaml'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/broken\.yaml:\d+ step "two" field date: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    writeFileSync(path.join(dir, 'good.yaml'), stringify(storyObject()));
    const events = eventsObject();
    events[3]!.date = '1949';
    writeFileSync(path.join(dir, 'good.events.yaml'), stringify(events));
    // Naming the events file checks the story it belongs to.
    const badEvents = run(path.join(dir, 'good.events.yaml'));
    expect(badEvents.status).toBe(1);
    expect(badEvents.stderr).toMatch(/good\.events\.yaml:\d+ event "end" field date: 1949 is before/);

    writeFileSync(path.join(dir, 'good.events.yaml'), stringify(eventsObject()));
    expect(run(path.join(dir, 'good.yaml')).stdout).toMatch(
      /^ok {2}.*good\.yaml \(3 steps, 4 events, en\/ko\)/m,
    );
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

const require = createRequire(import.meta.url);

describe('label font subsets', () => {
  it('reads CSS unicode ranges: single points, spans and wildcards', () => {
    expect(inUnicodeRange('U+ac00-d7a3', 0xac01)).toBe(true);
    expect(inUnicodeRange('U+ac00-d7a3', 0xd7a4)).toBe(false);
    expect(inUnicodeRange('U+2013', 0x2013)).toBe(true);
    expect(inUnicodeRange('U+4??', 0x4ff)).toBe(true);
    expect(inUnicodeRange('U+4??', 0x500)).toBe(false);
  });

  it('keeps only the faces, and the ranges, that hold a character of some label', () => {
    const faces = [
      { file: 'latin.woff2', ranges: ['U+0000-00FF', 'U+2013'] },
      { file: 'hangul-1.woff2', ranges: ['U+ac00', 'U+c11c-c11d'] },
      { file: 'hangul-2.woff2', ranges: ['U+d55c'] },
    ];
    expect(facesFor(faces, 'Seoul 서')).toEqual([
      { file: 'latin.woff2', ranges: ['U+0000-00FF'] },
      { file: 'hangul-1.woff2', ranges: ['U+c11c-c11d'] },
    ]);
  });

  it("in the test build, covers the test story's own place names too", () => {
    const facesIn = (mode: string) => {
      const plugin = labelFontPlugin();
      (plugin.configResolved as (c: { root: string; mode: string }) => void)({ root: process.cwd(), mode });
      const code = (plugin.load as (id: string) => string)('\0virtual:label-font');
      return [...code.matchAll(/'unicode-range':(\[[^\]]*\])/g)].flatMap(
        (m) => JSON.parse(m[1]!) as string[],
      );
    };
    // 칭 (Qingdao, 칭다오) is in no name of geo/layers/, only in the test story's geometry.
    const covers = (ranges: string[]) => ranges.some((r) => inUnicodeRange(r, '칭'.codePointAt(0)!));
    expect(covers(facesIn('fixtures'))).toBe(true);
    expect(covers(facesIn('production'))).toBe(false);
  });

  it('covers every character of every place name in geo/layers/', () => {
    const chars = labelCharacters('geo/layers');
    expect(chars.has('서')).toBe(true);
    expect(chars.has('P')).toBe(true);
    // An arrow's formation (unit_ko): 여 is in no place name, only in 제3경비여단.
    expect(chars.has('여')).toBe(true);
    const css = readFileSync(require.resolve('@fontsource/noto-sans-kr/600.css'), 'utf8');
    const faces = facesFor(parseFontFaces(css), chars);
    const missing = [...chars].filter(
      (c) => !faces.some((f) => f.ranges.some((r) => inUnicodeRange(r, c.codePointAt(0)!))),
    );
    expect(missing).toEqual([]);
    expect(faces.length).toBeLessThan(parseFontFaces(css).length / 2);
  });
});
