/**
 * What a reader sees when moving through the story (each step by link is in steps.test.ts): by
 * scrolling, by keyboard and after many fast jumps
 * lands on the same map, and no request leaves the app's origin.
 */
import { describe, expect, it } from 'vitest';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import { launch, loadStory, openPage, settled, useBrowser } from './harness.ts';

const story = loadStory();
const getBrowser = useBrowser();
const external: string[] = [];

describe('reaching a step', () => {
  it('by scrolling, scrolling back, hash link and deep link gives the same map', async () => {
    const last = story.steps.length - 1;
    const target = story.steps[last - 1]!.id;
    const viaLink = await openPage(getBrowser(), `?step=${target}`);
    const expected = await settled(viaLink.page, target);
    await viaLink.page.context().close();

    const viaHash = await openPage(getBrowser(), `#${target}`);
    expect(await settled(viaHash.page, target)).toEqual(expected);
    await viaHash.page.context().close();

    const { page, external: ext } = await openPage(getBrowser(), '');
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
    const { page, external: ext } = await openPage(getBrowser(), '');
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
    const link = await openPage(getBrowser(), `?step=${final.step}`);
    expect(await settled(link.page, final.step)).toEqual(final);
    expect(final.layers).toBe(visibleLayerIds(targetState(story, index)).join(' '));
    external.push(...ext, ...link.external);
    await link.page.context().close();
    await page.context().close();
  }, 240_000); // 200 real inputs on 2 cores with SwiftShader: slow, not flaky

  it('a resize during a flight still lands on the step, fitted to the new size', async () => {
    const { page } = await openPage(getBrowser(), '');
    await settled(page, story.steps[0]!.id);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300); // mid-flight
    await page.setViewportSize({ width: 1100, height: 700 });
    const resized = await settled(page, story.steps[1]!.id);
    const link = await openPage(getBrowser(), `?step=${story.steps[1]!.id}`, { width: 1100, height: 700 });
    expect(await settled(link.page, story.steps[1]!.id)).toEqual(resized);
    await link.page.context().close();
    await page.context().close();
  });

  it('a reader who drags the map gets a Reset view button back to the step camera', async () => {
    const id = story.steps[7]!.id;
    const { page, errors } = await openPage(getBrowser(), `?step=${id}`);
    const before = await settled(page, id);
    expect(await page.locator('.reset-view').count()).toBe(0);
    await page.mouse.move(1000, 450);
    await page.mouse.down();
    await page.mouse.move(900, 380, { steps: 8 });
    await page.mouse.up();
    await page.locator('.reset-view').waitFor();
    const dragged = await settled(page, id);
    expect(dragged.camera.center).not.toEqual(before.camera.center);
    await page.locator('.reset-view').click();
    expect(await settled(page, id)).toEqual(before);
    expect(await page.locator('.reset-view').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keyboard steps through the story and focus follows', async () => {
    const { page } = await openPage(getBrowser(), '');
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
    const { page, warnings } = await openPage(getBrowser(), `?lang=ko&step=${story.steps[2]!.id}`);
    const snap = await settled(page, story.steps[2]!.id);
    expect(snap.lang).toBe('ko');
    expect(await page.locator('h1').textContent()).toBe(story.title.ko);
    await page.context().close();
    expect(warnings).toEqual([]);

    const bad = await openPage(getBrowser(), '?lang=xx&step=nope&mode=bogus');
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
    const { page, errors } = await openPage(getBrowser(), `?step=${id}`);
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
