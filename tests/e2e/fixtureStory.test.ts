/**
 * The engine, not one story welded in: a small story on other geography (the Shandong peninsula,
 * tests/fixtures/engine/), with sides, a front and geometry of its own, through the contract the
 * war story is tested by: each step by deep link, scrolling down and back up to a deep link's map,
 * and a figure as an article embeds it. The legend and the arrowheads come from the story's sides.
 *
 * Only a test build serves this story: `npx vite build --mode fixtures --outDir <dir>`, then
 * `E2E_DIST=<dir> npx vitest run --project browser tests/e2e/fixtureStory.test.ts`. Against a
 * reader's build every test here fails on the missing story.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/storyFiles.ts';
import { arrowheadPath } from '../../src/map/arrowhead.ts';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import {
  DESKTOP,
  expectCamera,
  openPage,
  scrollJustPast,
  settled,
  useBrowser,
  type Tracked,
} from './harness.ts';

const story = readStory('tests/fixtures/engine/stories/peninsula.yaml');
const getBrowser = useBrowser();

const open = (query: string) => openPage(getBrowser(), `?story=${story.id}&${query}`, DESKTOP);

/** Nothing went wrong: no error, no request off the app's origin. */
function expectClean({ errors, external }: Tracked): void {
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
}

/** The legend's entries: each label, and the `d` of the arrowhead drawn beside it (if any). */
const legendOf = (page: Page) =>
  page.locator('.legend li').evaluateAll((items) =>
    items.map((li) => ({
      label: li.textContent!.trim(),
      head: li.querySelector('path')?.getAttribute('d') ?? null,
    })),
  );

describe('a story on other geography, with its own sides', () => {
  it.each(story.steps.map((s, i) => [s.id, i] as const))(
    '?step=%s opens on its map, as the story defines it',
    async (id, index) => {
      const tracked = await open(`step=${id}&lang=en`);
      const snap = await settled(tracked.page, id);
      expect(snap.layers).toBe(visibleLayerIds(targetState(story, index)).join(' '));
      expectCamera(story, snap, index, DESKTOP, false);
      expect(await tracked.page.locator(`[data-step-id="${id}"] h2`).textContent()).toBe(
        story.steps[index]!.title.en,
      );
      expectClean(tracked);
      await tracked.page.context().close();
    },
  );

  it.each(story.languages)('moves its front and labels its sides in the legend (%s)', async (lang) => {
    const tracked = await open(`step=advance&lang=${lang}`);
    const { page } = tracked;
    await settled(page, 'advance');
    // The front moves through the story's own lines, from the first keyframe's date.
    expect(await page.locator('[data-map]').getAttribute('data-front-date')).toBe('2001-05-01');
    const legend = await legendOf(page);
    for (const side of story.sides) {
      expect(legend.map((e) => e.label)).toContain(side.label[lang]);
    }
    // Each arrow has its side's head: the hills' double head, the coast's triangle.
    for (const layer of story.layers.filter((l) => l.kind === 'arrow')) {
      const side = story.sides.find((s) => s.id === layer.side)!;
      expect(legend.find((e) => e.label === layer.label[lang])?.head, layer.id).toBe(
        arrowheadPath(side.arrowhead, 10),
      );
    }
    expectClean(tracked);
    await page.context().close();
  });

  it('scrolling down past a step and back up lands on its deep link’s map', async () => {
    const target = 'advance';
    const viaLink = await open(`step=${target}`);
    const expected = await settled(viaLink.page, target);
    await viaLink.page.context().close();

    const tracked = await open('');
    const { page } = tracked;
    await settled(page, story.steps[0]!.id);
    for (const el of await page.locator('[data-step-id]').all()) {
      await el.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 300);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(page, story.steps.at(-1)!.id);
    // Back up to just past the trigger line of the target step.
    await scrollJustPast(page, target);
    expect(await settled(page, target)).toEqual(expected);
    expectClean(tracked);
    await page.context().close();
  });

  it('a figure shows its step finished, captioned, with the sides in its legend', async () => {
    const index = story.steps.findIndex((s) => s.id === 'advance');
    const tracked = await open('mode=figure&step=advance&lang=ko');
    const { page } = tracked;
    await settled(page, 'advance');
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('figure');
    expect(await page.locator('[data-map]').getAttribute('data-layers')).toBe(
      visibleLayerIds(targetState(story, index, { progress: 1 })).join(' '),
    );
    // Finished: the front at its last line's date.
    expect(await page.locator('[data-map]').getAttribute('data-front-date')).toBe('2001-06-01');
    expect(await page.locator('figcaption h2').textContent()).toBe(story.steps[index]!.title.ko);
    const labels = (await legendOf(page)).map((e) => e.label);
    for (const side of story.sides) expect(labels).toContain(side.label.ko);
    expectClean(tracked);
    await page.context().close();
  });
});
