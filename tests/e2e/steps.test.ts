/**
 * Every step as a reader sees it. In English, each step by deep link at phone and desktop size:
 * its layers, its camera, its `<cite>`s, and its map against a reviewed baseline. In Korean, a
 * keyboard-only walk through the whole story at both sizes, the map shot at each step. The map
 * shots leave the step text out (a copy edit fails a text test, not a picture); a few steps are
 * also shot whole-screen as layout tests (baselineNames.ts). Then a moving front at three moments
 * and the geometry atlas. How to review and redraw the baselines: docs/testing.md.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import {
  DESKTOP,
  PHONE,
  expectCamera,
  loadStory,
  openPage,
  settled,
  useBrowser,
  type Tracked,
} from './harness.ts';
import { LAYOUT_STEPS, MOTION_PROGRESS } from './baselineNames.ts';
import { shootLayout, shootMap } from './screenshots.ts';

const browser = useBrowser();
const story = loadStory();
const SIZES = [
  ['desktop', DESKTOP, false],
  ['phone', PHONE, true],
] as const;

/** The step's map shot and, for the steps in LAYOUT_STEPS, its whole screen: what differs. */
async function shootStep(page: Page, size: string, lang: string, id: string): Promise<string[]> {
  const shots = [await shootMap(page, `map-${size}-${lang}-${id}`)];
  if (LAYOUT_STEPS[`${size}-${lang}`]?.includes(id)) {
    shots.push(await shootLayout(page, `layout-${size}-${lang}-${id}`));
  }
  return shots.filter((s) => !s.ok).map((s) => s.message);
}

/**
 * Open a deep link. Reduced motion by default: the camera cuts, so the picture does not depend
 * on animation timing (a deep link cuts either way; the motion shots need the in-between picture).
 */
function open(query: string, viewport: typeof DESKTOP, reducedMotion: 'reduce' | 'no-preference' = 'reduce') {
  return openPage(browser(), query, viewport, { reducedMotion });
}

function expectClean({ errors, external }: Tracked) {
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
}

describe.each(SIZES)('every step by link (%s, English)', (size, viewport, narrow) => {
  it.each(story.steps.map((s, i) => [s.id, i] as const))(
    '?step=%s shows its layers, camera, sources and picture',
    async (id, index) => {
      const tracked = await open(`?step=${id}&lang=en`, viewport);
      const { page } = tracked;
      const snap = await settled(page, id);
      expect(snap.layers).toBe(visibleLayerIds(targetState(story, index)).join(' '));
      expectCamera(story, snap, index, viewport, narrow);
      expect(await page.locator(`[data-step-id="${id}"] cite`).count()).toBeGreaterThan(0);
      expect(await shootStep(page, size, 'en', id)).toEqual([]);
      expectClean(tracked);
      await page.context().close();
    },
  );
});

describe.each(SIZES)('the whole story by keyboard (%s, Korean)', (size) => {
  it('each ↓ reaches the next step, focused, and each step matches its baseline', async () => {
    const viewport = size === 'phone' ? PHONE : DESKTOP;
    const tracked = await open('?lang=ko', viewport);
    const { page } = tracked;
    const differs: string[] = [];
    for (const [i, step] of story.steps.entries()) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      const snap = await settled(page, step.id);
      expect(snap.lang).toBe('ko');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'));
      expect(focused ?? step.id).toBe(step.id); // the first step is not focused before any key
      differs.push(...(await shootStep(page, size, 'ko', step.id)));
    }
    expect(differs).toEqual([]);
    expectClean(tracked);
    await page.context().close();
  }, 240_000);
});

// A moving front at the start, middle and end of its step.
describe('the summer 1950 retreat as it moves (desktop)', () => {
  it.each(MOTION_PROGRESS)('progress %s matches its baseline', async (p) => {
    const tracked = await open(`?step=osan-taejon&progress=${p}`, DESKTOP, 'no-preference');
    await settled(tracked.page, 'osan-taejon');
    const { ok, message } = await shootMap(tracked.page, `map-motion-osan-taejon-${p}`);
    expect(ok, message).toBe(true);
    expectClean(tracked);
    await tracked.page.context().close();
  });
});

describe('the geometry atlas (?story=atlas, desktop): every layer renders', () => {
  const atlas = loadStory('atlas');
  it.each(atlas.steps.map((s, i) => [s.id, i] as const))('%s', async (id, index) => {
    const tracked = await open(`?story=atlas&step=${id}`, DESKTOP);
    const snap = await settled(tracked.page, id);
    expect(snap.layers).toBe(visibleLayerIds(targetState(atlas, index)).join(' '));
    expectCamera(atlas, snap, index, DESKTOP, false);
    const { ok, message } = await shootMap(tracked.page, `map-atlas-${id}`);
    expect(ok, message).toBe(true);
    expectClean(tracked);
    await tracked.page.context().close();
  });

  it('covers every layer of the atlas at least once', () => {
    const shown = new Set(atlas.steps.flatMap((_, i) => visibleLayerIds(targetState(atlas, i))));
    expect([...shown].sort()).toEqual(atlas.layers.map((l) => l.id).sort());
  });
});
