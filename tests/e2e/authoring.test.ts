/**
 * Authoring (issue 12): a second story, written with the same engine and no change to src/, runs
 * through in every mode; and the `?debug` camera helper shows the active step's camera as YAML that
 * the story schema accepts.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CameraSchema } from '../../src/story/schema.ts';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import {
  DESKTOP,
  PHONE,
  expectCamera,
  linkSeries,
  loadStory,
  openPage,
  settled,
  useBrowser,
  type Tracked,
} from './harness.ts';

const browser = useBrowser();
const story = loadStory('chosin');
/** Screenshots to look at by hand (not baselines): `ls /tmp/authoring-shots`. */
const SHOTS = process.env.AUTHORING_SHOTS;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

function expectClean(tracked: Tracked) {
  expect(tracked.errors).toEqual([]);
  expect(tracked.external).toEqual([]);
}

describe('the Chosin story (?story=chosin)', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('walks every step by keyboard on the web page (%s)', async (size, viewport) => {
    const tracked = await openPage(browser(), '?story=chosin', viewport, { reducedMotion: 'reduce' });
    const { page } = tracked;
    for (const [index, step] of story.steps.entries()) {
      if (index > 0) await page.keyboard.press('ArrowDown');
      const snap = await settled(page, step.id);
      expect(snap.step).toBe(step.id);
      expect(snap.layers, step.id).toBe(visibleLayerIds(targetState(story, index)).join(' '));
      expectCamera(story, snap, index, viewport, size === 'phone');
      await shot(page, `${size}-${step.id}`);
    }
    expect(await page.title()).toBe(story.title.en);
    expectClean(tracked);
    expect(tracked.warnings).toEqual([]);
    await page.context().close();
  });

  it('runs in kiosk mode, from the title to the last slide', async () => {
    const tracked = await openPage(
      browser(),
      '?story=chosin&mode=kiosk',
      { width: 1280, height: 800 },
      {
        touch: true,
      },
    );
    const { page } = tracked;
    await page.waitForFunction(() => document.documentElement.dataset.kioskSlide === '0', null, {
      timeout: 30_000,
    });
    for (const [index, step] of story.steps.entries()) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((s) => document.documentElement.dataset.kioskSlide === String(s), index + 1);
      const snap = await settled(page, step.id);
      expect(snap.layers, step.id).toBe(visibleLayerIds(targetState(story, index)).join(' '));
    }
    await shot(page, 'kiosk-last');
    expectClean(tracked);
    await page.context().close();
  });

  const figure = linkSeries(browser, { width: 720, height: 900 });
  it.each(story.steps.map((s, i) => [s.id, i] as const))(
    'shows step %s as a figure, at its end',
    async (id, index) => {
      const tracked = await figure(`?story=chosin&mode=figure&step=${id}`);
      const { page } = tracked;
      const snap = await settled(page, id);
      expect(snap.layers).toBe(visibleLayerIds(targetState(story, index, { progress: 1 })).join(' '));
      expect(await page.locator('figcaption h2').textContent()).toBe(story.steps[index]!.title.en);
      const cites = await page.locator('figcaption cite').count();
      expect(cites).toBeGreaterThanOrEqual(story.steps[index]!.sources.length);
      if (index === story.steps.length - 2) await shot(page, `figure-${id}`);
      expectClean(tracked);
    },
  );

  it('runs in embed mode', async () => {
    const tracked = await openPage(browser(), '?story=chosin&mode=embed&step=march-out', {
      width: 800,
      height: 600,
    });
    const { page } = tracked;
    await settled(page, 'march-out');
    expect(await page.locator('.card [data-step-id="march-out"]').count()).toBe(1);
    expectClean(tracked);
    await page.context().close();
  });
});

describe('the camera helper (?debug)', () => {
  /** The helper's YAML for one form, parsed as a story file would parse it. */
  const helperCamera = async (page: Page, form: 'center' | 'bounds') => {
    const text = await page.locator(`[data-camera-form="${form}"]`).textContent();
    return CameraSchema.parse((parse(text!) as { camera: unknown }).camera);
  };

  it('shows the trigger line, the step and its camera as valid YAML, and follows a step change', async () => {
    const tracked = await openPage(browser(), '?story=chosin&debug', DESKTOP, { reducedMotion: 'reduce' });
    const { page } = tracked;
    await settled(page, story.steps[0]!.id);
    await page.locator('[data-debug-panel] [data-camera-form]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.trigger').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    const snap = await settled(page, story.steps[1]!.id);
    await page.waitForFunction(
      (id) => document.querySelector('[data-debug-step]')?.textContent === id,
      story.steps[1]!.id,
    );
    // The helper redraws on the map's last move: wait for the text to agree with data-camera.
    await page.waitForFunction(() => {
      const camera = JSON.parse(document.querySelector<HTMLElement>('[data-map]')!.dataset.camera!);
      const text = document.querySelector('[data-camera-form="center"]')?.textContent ?? '';
      return text.includes(`zoom: ${Math.round(camera.zoom * 100) / 100}`);
    });
    const centered = await helperCamera(page, 'center');
    expect(centered.center![0]).toBeCloseTo(snap.camera.center[0], 2);
    expect(centered.center![1]).toBeCloseTo(snap.camera.center[1], 2);
    expect(centered.zoom).toBeCloseTo(snap.camera.zoom, 2);
    // The view's bounds hold the step's own bounds (fitted inside the map, with room to spare).
    const [[w, s], [e, n]] = (await helperCamera(page, 'bounds')).bounds!;
    const [[sw, ss], [se, sn]] = story.steps[1]!.camera.bounds!;
    expect([w <= sw, s <= ss, e >= se, n >= sn]).toEqual([true, true, true, true]);
    await shot(page, 'debug-helper');
    expectClean(tracked);
    await page.context().close();
  });

  it('is absent, and not even downloaded, without ?debug', async () => {
    const tracked = await openPage(browser(), '?story=chosin', DESKTOP);
    const { page } = tracked;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await settled(page);
    await page.keyboard.press('ArrowDown');
    await settled(page, story.steps[1]!.id);
    expect(await page.locator('[data-debug-panel], .trigger').count()).toBe(0);
    const all = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect([...all, ...requested].filter((u) => /DebugPanel/.test(u))).toEqual([]);
    await page.context().close();
  });
});
