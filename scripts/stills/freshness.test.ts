/**
 * The committed stills (public/stills/) show the stories as they are now: each step's inputs —
 * its map state, layers, style and geometry — hash as they did when `npm run stills` drew it. A
 * changed step fails here, in CI, without rendering a picture.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/schema.ts';
import { readStory, storyFiles } from '../storyFiles.ts';
import { NO_STILLS, readManifest, staleStills, stepInputs, stillFile, titleFile } from './inputs.ts';

const stories = storyFiles().map((file) => ({ file, name: path.basename(file).replace(/\.ya?ml$/, '') }));
/** Each story compiled once (a compile takes a moment: it reads the geometry it names). */
const compiled = new Map<string, Story>();
const story = (file: string) => compiled.get(file) ?? compiled.set(file, readStory(file)).get(file)!;

describe('stills', () => {
  for (const { file, name } of stories.filter((s) => !NO_STILLS.includes(s.name))) {
    it(`${name}: every step's still is up to date`, () => {
      const stale = staleStills(story(file), readManifest(name));
      if (stale.length > 0) {
        expect.fail(
          `stills are out of date for steps ${stale.map((s) => `${name}/${s}`).join(', ')}: run npm run stills`,
        );
      }
    });

    it(`${name}: every file in the manifest is there, at its size`, () => {
      const manifest = readManifest(name);
      expect(manifest, `no public/stills/${name}/manifest.json: run npm run stills`).toBeDefined();
      for (const entry of [...manifest!.stills, ...manifest!.titles]) {
        const image = path.join('public', 'stills', name, entry.file);
        expect(existsSync(image), `${image} is missing: run npm run stills`).toBe(true);
        expect(statSync(image).size).toBe(entry.bytes);
      }
      const { steps, languages } = story(file);
      expect(manifest!.stills.map((e) => e.file).sort()).toEqual(
        steps.flatMap((s) => languages.map((l) => stillFile(s.id, l))).sort(),
      );
      expect(manifest!.titles.map((e) => e.file).sort()).toEqual(languages.map(titleFile).sort());
    });
  }

  it('a changed step is reported by id', () => {
    const main = story('stories/korean-war.yaml');
    const manifest = {
      story: 'korean-war',
      recipe: '',
      stills: main.steps.flatMap((step, i) =>
        main.languages.map((lang) => ({
          step: step.id,
          lang,
          file: stillFile(step.id, lang),
          width: 1200,
          height: 800,
          bytes: 0,
          inputs: stepInputs(main, i, lang),
        })),
      ),
      titles: [],
    };
    const moved = structuredClone(main);
    const inchon = moved.steps.findIndex((s) => s.id === 'inchon');
    moved.steps[inchon]!.camera = { ...moved.steps[inchon]!.camera, zoom: 9, center: [126.6, 37.5] };
    // The manifest has no title images: those count as out of date too.
    expect(staleStills(moved, manifest)).toEqual(['inchon (en, ko)', 'title image (en, ko)']);
  });
});
