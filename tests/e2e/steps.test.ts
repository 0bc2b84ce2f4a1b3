/**
 * Every step as a reader sees it, at desktop and phone size, in both languages: its layers, its
 * camera, its `<cite>`s, no label over another (MapLibre's own placement, `?debug`'s
 * `labelOverlaps()`), its subject clear of the legend, the switches and on a phone the card
 * (subjectView.ts), and its
 * map against a reviewed baseline. The map shots leave the step text out (a copy edit fails a text
 * test, not a picture); a few steps are also shot whole-screen as layout tests (baselineNames.ts).
 *
 * On a phone in English, each step by link, one after the other in one page: shared links land
 * there most. Everywhere else, the whole story walked by keyboard in one page, as a reader stepping
 * through it sees it (each step by link on a wide screen, in every engine, is the contract suite's).
 * Then the geometry atlas. How to review and redraw the baselines: docs/testing.md.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import {
  DESKTOP,
  PHONE,
  expectCamera,
  labelProblems,
  linkSeries,
  loadStory,
  openPage,
  settled,
  useBrowser,
  type Tracked,
} from './harness.ts';
import { LAYOUT_STEPS } from './baselineNames.ts';
import { subjectProblems } from './subjectView.ts';
import { shootLayout, shootMap } from './screenshots.ts';

const browser = useBrowser();
const story = loadStory();
type Size = 'desktop' | 'phone';

/**
 * Open `query` with `?debug` (the label and camera read-outs; screenshots.ts hides its overlays).
 * Reduced motion: the camera cuts, so the picture does not depend on animation timing.
 */
function open(query: string, size: Size) {
  return openPage(browser(), `${query}&debug`, size === 'phone' ? PHONE : DESKTOP, {
    reducedMotion: 'reduce',
  });
}

/** Camera assertions, as a problem to report with the others rather than the first failure. */
function cameraProblem(index: number, snap: Parameters<typeof expectCamera>[1], size: Size): string[] {
  try {
    expectCamera(story, snap, index, size === 'phone' ? PHONE : DESKTOP, size === 'phone');
    return [];
  } catch (error) {
    return [`camera ${JSON.stringify(snap.camera)}: ${(error as Error).message.split('\n')[0]}`];
  }
}

/**
 * Everything wrong with step `index` as the page shows it now, each problem naming the step:
 * the same checks whether the reader came by link or by key.
 */
async function stepProblems(tracked: Tracked, size: Size, lang: string, index: number): Promise<string[]> {
  const { page } = tracked;
  const id = story.steps[index]!.id;
  const snap = await settled(page, id);
  const problems: string[] = [];
  if (snap.lang !== lang) problems.push(`lang ${snap.lang}`);
  const layers = visibleLayerIds(targetState(story, index)).join(' ');
  if (snap.layers !== layers) problems.push(`layers "${snap.layers}", not "${layers}"`);
  problems.push(...cameraProblem(index, snap, size));
  if ((await page.locator(`[data-step-id="${id}"] cite`).count()) === 0) problems.push('no <cite>');
  problems.push(...(await subjectProblems(page, story, id, snap, size === 'phone')));
  problems.push(...(await labelProblems(page)));
  problems.push(...(await shootStep(page, size, lang, id)));
  // What the page said or fetched since the last step: errors, and any request off its origin.
  problems.push(...tracked.errors.splice(0).map((e) => `console: ${e}`));
  problems.push(...tracked.external.splice(0).map((url) => `requested ${url}`));
  return problems.map((p) => `${id}: ${p}`);
}

/** The step's map shot and, for the steps in LAYOUT_STEPS, its whole screen: what differs. */
async function shootStep(page: Page, size: Size, lang: string, id: string): Promise<string[]> {
  const shots = [await shootMap(page, `map-${size}-${lang}-${id}`)];
  if (LAYOUT_STEPS[`${size}-${lang}`]?.includes(id)) {
    shots.push(await shootLayout(page, `layout-${size}-${lang}-${id}`));
  }
  return shots.filter((s) => !s.ok).map((s) => s.message);
}

describe('every step by link on a phone (English), one page', () => {
  const visit = linkSeries(browser, PHONE, { reducedMotion: 'reduce' });
  it.each(story.steps.map((s, i) => [s.id, i] as const))(
    '?step=%s: layers, camera, sources, subject in view, labels apart, picture',
    async (id, index) => {
      const tracked = await visit(`?step=${id}&lang=en&debug`);
      expect(await stepProblems(tracked, 'phone', 'en', index)).toEqual([]);
    },
  );
});

const WALKS = [
  ['desktop', 'en'],
  ['desktop', 'ko'],
  ['phone', 'ko'],
] as const;

describe.each(WALKS)('the whole story by keyboard (%s, %s)', (size, lang) => {
  it('each ↓ reaches the next step, focused; every step passes every check', async () => {
    const tracked = await open(`?lang=${lang}`, size);
    const { page } = tracked;
    const problems: string[] = [];
    for (const [i, step] of story.steps.entries()) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      await settled(page, step.id);
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'));
      // The first step is not focused before any key.
      if ((focused ?? step.id) !== step.id) problems.push(`${step.id}: focus on ${focused}`);
      problems.push(...(await stepProblems(tracked, size, lang, i)));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe('the geometry atlas (?story=atlas, desktop): every layer renders', () => {
  const atlas = loadStory('atlas');
  const visit = linkSeries(browser, DESKTOP, { reducedMotion: 'reduce' });

  it.each(atlas.steps.map((s, i) => [s.id, i] as const))('%s', async (id, index) => {
    const tracked = await visit(`?story=atlas&step=${id}`);
    const snap = await settled(tracked.page, id);
    expect(snap.layers).toBe(visibleLayerIds(targetState(atlas, index)).join(' '));
    expectCamera(atlas, snap, index, DESKTOP, false);
    const { ok, message } = await shootMap(tracked.page, `map-atlas-${id}`);
    expect(ok, message).toBe(true);
    expect(tracked.errors).toEqual([]);
    expect(tracked.external).toEqual([]);
  });

  it('covers every layer of the atlas at least once', () => {
    const shown = new Set(atlas.steps.flatMap((_, i) => visibleLayerIds(targetState(atlas, i))));
    expect([...shown].sort()).toEqual(atlas.layers.map((l) => l.id).sort());
  });
});
