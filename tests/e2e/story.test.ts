/**
 * What a reader sees: every step by link, by scrolling, by keyboard and after many fast jumps
 * lands on the same map, and no request leaves the app's origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/schema.ts';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import {
  DESKTOP,
  PHONE,
  launch,
  loadStory,
  openPage,
  project,
  settled,
  type MapSnapshot,
} from './harness.ts';

const story = loadStory();
let browser: Browser;
const external: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The step's camera as the story defines it, for checking what the map shows. */
function expectCamera(
  story: Story,
  snap: MapSnapshot,
  index: number,
  viewport: { width: number; height: number },
  narrow: boolean,
) {
  const { camera } = targetState(story, index, { narrow });
  expect(snap.camera.bearing).toBeCloseTo(camera.bearing, 1);
  expect(snap.camera.pitch).toBeCloseTo(camera.pitch, 1);
  if (camera.center && camera.zoom !== undefined) {
    expect(snap.camera.zoom).toBeCloseTo(camera.zoom, 1);
    expect(snap.camera.center[0]).toBeCloseTo(camera.center[0], 3);
    expect(snap.camera.center[1]).toBeCloseTo(camera.center[1], 3);
    return;
  }
  // Bounds: every corner is on screen, and the fit is tight (one side fills the available space).
  const [cx, cy] = project(snap.camera.center, snap.camera.zoom);
  const [[w, s], [e, n]] = camera.bounds!;
  const [x0, y0] = project([w, n], snap.camera.zoom);
  const [x1, y1] = project([e, s], snap.camera.zoom);
  const mapWidth = narrow ? viewport.width : viewport.width - Math.max(352, viewport.width * 0.36);
  const half = { x: mapWidth / 2 + 1, y: viewport.height / 2 + 1 };
  expect(cx - x0).toBeLessThanOrEqual(half.x);
  expect(x1 - cx).toBeLessThanOrEqual(half.x);
  expect(cy - y0).toBeLessThanOrEqual(half.y);
  expect(y1 - cy).toBeLessThanOrEqual(half.y);
  const fill = Math.max((x1 - x0) / mapWidth, (y1 - y0) / viewport.height);
  expect(fill).toBeGreaterThan(0.5);
}

describe.each([
  ['desktop', DESKTOP, false],
  ['phone', PHONE, true],
] as const)('every step by link (%s)', (_name, viewport, narrow) => {
  it.each(story.steps.map((s, i) => [s.id, i] as const))(
    '?step=%s shows its layers and camera',
    async (id, index) => {
      const { page, external: ext } = await openPage(browser, `?step=${id}`, viewport);
      const snap = await settled(page, id);
      expect(snap.layers).toBe(visibleLayerIds(targetState(story, index)).join(' '));
      expectCamera(story, snap, index, viewport, narrow);
      expect(await page.locator(`[data-step-id="${id}"] cite`).count()).toBeGreaterThan(0);
      external.push(...ext);
      await page.context().close();
    },
  );
});

describe('the geometry atlas (?story=atlas): every layer renders', () => {
  const atlas = loadStory('atlas');
  it.each(atlas.steps.map((s, i) => [s.id, i] as const))('%s', async (id, index) => {
    const { page, external: ext, errors } = await openPage(browser, `?story=atlas&step=${id}`);
    const snap = await settled(page, id);
    expect(snap.layers).toBe(visibleLayerIds(targetState(atlas, index)).join(' '));
    expectCamera(atlas, snap, index, DESKTOP, false);
    expect(errors).toEqual([]);
    external.push(...ext);
    await page.context().close();
  });

  it('covers every story layer of the atlas at least once', () => {
    const shown = new Set(atlas.steps.flatMap((_, i) => visibleLayerIds(targetState(atlas, i))));
    expect([...shown].sort()).toEqual(atlas.layers.map((l) => l.id).sort());
  });
});

describe('reaching a step', () => {
  it('by scrolling, scrolling back, hash link and deep link gives the same map', async () => {
    const last = story.steps.length - 1;
    const target = story.steps[last - 1]!.id;
    const viaLink = await openPage(browser, `?step=${target}`);
    const expected = await settled(viaLink.page, target);
    await viaLink.page.context().close();

    const viaHash = await openPage(browser, `#${target}`);
    expect(await settled(viaHash.page, target)).toEqual(expected);
    await viaHash.page.context().close();

    const { page, external: ext } = await openPage(browser, '');
    await settled(page, story.steps[0]!.id);
    // Scroll down past the target to the end, then back up to it.
    for (const el of await page.locator('[data-step-id]').all()) {
      await el.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 300);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(page, story.steps[last]!.id);
    await page.evaluate((id) => {
      const el = document.querySelector(`[data-step-id="${id}"]`)!;
      window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - window.innerHeight * 0.6 + 10);
    }, target);
    expect(await settled(page, target)).toEqual(expected);
    external.push(...ext);
    await page.context().close();
  });

  it('200 random jumps and fast scrolls end on exactly the last state', async () => {
    const { page, external: ext } = await openPage(browser, '');
    await settled(page);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Real input only: keys, wheel flings of any size, clicks on the timeline.
    const marks = page.locator('.timeline .mark');
    const keys = ['End', 'Home', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'];
    for (let i = 0; i < 200; i++) {
      const kind = i % 4;
      if (kind === 0) await page.keyboard.press(keys[Math.floor(random() * keys.length)]!);
      else if (kind === 1) await marks.nth(Math.floor(random() * story.steps.length)).click();
      else await page.mouse.wheel(0, (random() - 0.5) * (kind === 2 ? 800 : 8000));
      if (i % 25 === 0) await page.waitForTimeout(30);
    }
    const final = await settled(page);
    const index = story.steps.findIndex((s) => s.id === final.step);
    // The step the page shows is the one under the trigger line …
    const underTrigger = await page.evaluate(() => {
      const steps = [...document.querySelectorAll<HTMLElement>('[data-step-id]')];
      let active = steps[0]!.dataset.stepId;
      for (const el of steps)
        if (el.getBoundingClientRect().top <= window.innerHeight * 0.6) active = el.dataset.stepId;
      return active;
    });
    expect(final.step).toBe(underTrigger);
    // … and its map is exactly the one a deep link gives.
    const link = await openPage(browser, `?step=${final.step}`);
    expect(await settled(link.page, final.step)).toEqual(final);
    expect(final.layers).toBe(visibleLayerIds(targetState(story, index)).join(' '));
    external.push(...ext, ...link.external);
    await link.page.context().close();
    await page.context().close();
  }, 240_000); // 200 real inputs on 2 cores with SwiftShader: slow, not flaky

  it('a resize during a flight still lands on the step, fitted to the new size', async () => {
    const { page } = await openPage(browser, '');
    await settled(page, story.steps[0]!.id);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300); // mid-flight
    await page.setViewportSize({ width: 1100, height: 700 });
    const resized = await settled(page, story.steps[1]!.id);
    const link = await openPage(browser, `?step=${story.steps[1]!.id}`, { width: 1100, height: 700 });
    expect(await settled(link.page, story.steps[1]!.id)).toEqual(resized);
    await link.page.context().close();
    await page.context().close();
  });

  it('keyboard steps through the story and focus follows', async () => {
    const { page } = await openPage(browser, '');
    await settled(page, story.steps[0]!.id);
    await page.keyboard.press('ArrowDown');
    await settled(page, story.steps[1]!.id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'))).toBe(
      story.steps[1]!.id,
    );
    await page.keyboard.press('End');
    await settled(page, story.steps.at(-1)!.id);
    await page.keyboard.press('PageUp');
    await settled(page, story.steps.at(-2)!.id);
    await page.keyboard.press('Home');
    await settled(page, story.steps[0]!.id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'))).toBe(
      story.steps[0]!.id,
    );
    await page.context().close();
  });
});

describe('public contract', () => {
  it('lang and step from the URL; unknown values fall back with a warning', async () => {
    const { page, warnings } = await openPage(browser, `?lang=ko&step=${story.steps[2]!.id}`);
    const snap = await settled(page, story.steps[2]!.id);
    expect(snap.lang).toBe('ko');
    expect(await page.locator('h1').textContent()).toBe(story.title.ko);
    await page.context().close();
    expect(warnings).toEqual([]);

    const bad = await openPage(browser, '?lang=xx&step=nope&mode=bogus');
    const fallback = await settled(bad.page, story.steps[0]!.id);
    expect(fallback.lang).toBe('en');
    expect(await bad.page.evaluate(() => document.documentElement.dataset.mode)).toBe('web');
    expect(bad.warnings.join('\n')).toMatch(/unknown mode "bogus"/);
    expect(bad.warnings.join('\n')).toMatch(/unknown language "xx"/);
    expect(bad.warnings.join('\n')).toMatch(/unknown step "nope"/);
    await bad.page.context().close();
  });

  it('switching language keeps the step and relabels the page', async () => {
    const id = story.steps[1]!.id;
    const { page, errors } = await openPage(browser, `?step=${id}`);
    await settled(page, id);
    await page.getByRole('button', { name: '한국어' }).click();
    const snap = await settled(page, id);
    expect(snap.lang).toBe('ko');
    expect(await page.locator(`[data-step-id="${id}"] h2`).textContent()).toBe(story.steps[1]!.title.ko);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('no request left the app origin in any test above', () => {
    expect(external).toEqual([]);
  });
});

describe('without WebGL', () => {
  it('the story stays readable and says why the map is missing', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-gpu']);
    try {
      const { page } = await openPage(noGl, `?step=${story.steps[1]!.id}`);
      await page.waitForSelector('[data-map="unavailable"]');
      await expect.poll(() => page.locator('.map-unavailable').isVisible()).toBe(true);
      expect(await page.locator(`[data-step-id="${story.steps[1]!.id}"] h2`).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.dataset.step)).toBe(story.steps[1]!.id);
    } finally {
      await noGl.close();
    }
  });
});
