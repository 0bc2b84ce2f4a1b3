/**
 * The committed stills (public/stills/) show the stories as they are now: each step's inputs —
 * its map state, layers, style and geometry — hash as they did when `npm run stills` drew it. A
 * changed step fails here, in CI, without rendering a picture.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory, storyFiles } from '../storyFiles.ts';
import { NO_STILLS, readManifest, staleStills, stepInputs, stillFile, titleFile } from './inputs.ts';
import { existsSync, statSync } from 'node:fs';

const stories = storyFiles().map((file) => ({ file, name: path.basename(file).replace(/\.ya?ml$/, '') }));

describe('stills', () => {
  for (const { file, name } of stories.filter((s) => !NO_STILLS.includes(s.name))) {
    it(`${name}: every step's still is up to date`, () => {
      const story = readStory(file);
      const stale = staleStills(story, readManifest(name));
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
      expect(manifest!.stills.map((e) => e.file).sort()).toEqual(
        readStory(file)
          .steps.flatMap((s) => readStory(file).languages.map((l) => stillFile(s.id, l)))
          .sort(),
      );
      expect(manifest!.titles.map((e) => e.file).sort()).toEqual(
        readStory(file).languages.map(titleFile).sort(),
      );
    });
  }

  it('a changed step is reported by id', () => {
    const story = readStory('stories/korean-war.yaml');
    const manifest = {
      story: 'korean-war',
      recipe: '',
      stills: story.steps.flatMap((step, i) =>
        story.languages.map((lang) => ({
          step: step.id,
          lang,
          file: stillFile(step.id, lang),
          width: 1200,
          height: 800,
          bytes: 0,
          inputs: stepInputs(story, i, lang),
        })),
      ),
      titles: [],
    };
    const moved = structuredClone(story);
    const inchon = moved.steps.findIndex((s) => s.id === 'inchon');
    moved.steps[inchon]!.camera = { ...moved.steps[inchon]!.camera, zoom: 9, center: [126.6, 37.5] };
    expect(staleStills(moved, manifest)).toEqual([
      'inchon (en, ko)',
      ...(story.languages.length ? [`title image (${story.languages.join(', ')})`] : []),
    ]);
  });
});
