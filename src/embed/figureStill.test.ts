import { describe, expect, it } from 'vitest';
import { readManifests } from '../../scripts/vite/stillsPlugin.ts';
import { figureStill } from './figureStill.ts';

// The stills `npm run stills` drew, as the build reads them (virtual:stills).
const manifests = readManifests('public');
const [story, manifest] = [...manifests].find(([, m]) => m.stills.length > 0)!;
const entry = manifest.stills.at(-1)!;

describe('figureStill', () => {
  it("gives a step's still in a language, its size from the manifest, versioned", () => {
    expect(figureStill(story, entry.step!, entry.lang, 1)).toEqual({
      src: `/stills/${story}/${entry.file}?v=${entry.inputs.slice(0, 8)}`,
      width: entry.width,
      height: entry.height,
    });
  });

  it('has none for a moment other than the end of the step, which is what stills show', () => {
    expect(figureStill(story, entry.step!, entry.lang, 0.5)).toBeUndefined();
    expect(figureStill(story, entry.step!, entry.lang, 0)).toBeUndefined();
  });

  it('has none for a step, language or story without a still (the test story, the atlas)', () => {
    expect(figureStill(story, 'no-such-step', entry.lang, 1)).toBeUndefined();
    expect(figureStill(story, entry.step!, 'xx', 1)).toBeUndefined();
    expect(figureStill('peninsula', 'advance', 'en', 1)).toBeUndefined();
    expect(manifests.has('atlas')).toBe(false);
    expect(figureStill('atlas', 'south', 'en', 1)).toBeUndefined();
  });
});
