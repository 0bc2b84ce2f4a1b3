/**
 * The first screen paints from index.html before the app's script runs (src/static/firstScreen.ts):
 * with the app's scripts held back, a plain address shows the title and the first step; any other
 * start (a deep link, a reader whose browser prefers Korean) shows nothing of it, so no reader sees
 * the wrong page first. Then the app replaces it with one copy of every step.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, loadStory, PHONE, settled, useBrowser } from './harness.ts';

const story = loadStory();
const first = story.steps[0]!;
const getBrowser = useBrowser();

/** A page at `query` whose app script never arrives (the first screen's own script does). */
async function withoutApp(browser: Browser, query: string, locale: string, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(new URL(query, baseUrl()).href);
  return page;
}

describe('the first screen', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('shows the title and the first step before the app runs (%s)', async (_, viewport) => {
    const page = await withoutApp(getBrowser(), '', 'en-GB', viewport);
    await expect(page.locator('#app h1').textContent()).resolves.toBe(story.title.en);
    await expect(page.locator('#app h1').isVisible()).resolves.toBe(true);
    const step = page.locator(`#app [data-step-id="${first.id}"] h2`);
    await expect(step.isVisible()).resolves.toBe(true);
    await expect(step.textContent()).resolves.toBe(first.title.en);
    await expect(page.locator('#app [data-step-id]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it.each([
    ['a deep link', '?step=inchon', 'en-GB'],
    ['another mode', '?mode=kiosk', 'en-GB'],
    ['a Korean reader', '', 'ko-KR'],
  ])('shows nothing of it on %s', async (_, query, locale) => {
    const page = await withoutApp(getBrowser(), query, locale);
    await expect(page.evaluate(() => document.documentElement.dataset.prerender)).resolves.toBe('stale');
    await expect(page.locator('#app h1').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('gives way to the app: every step once, the marks gone', async () => {
    const context = await getBrowser().newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await settled(page, first.id);
    await expect(page.locator('[data-step-id]').count()).resolves.toBe(story.steps.length);
    await expect(page.locator('[id^="first-screen-"]').count()).resolves.toBe(0);
    const marks = await page.evaluate(() => ({
      prerendered: document.getElementById('app')!.hasAttribute('data-prerendered'),
      stale: document.documentElement.hasAttribute('data-prerender'),
    }));
    expect(marks).toEqual({ prerendered: false, stale: false });
    await context.close();
  });

  describe('while the first map loads', () => {
    const last = story.steps.at(-1)!;

    /** The page at `query` with its land geometry held back, so the first map cannot be ready. */
    async function holdingTheMap(query: string) {
      const context = await getBrowser().newContext({ viewport: DESKTOP, locale: 'en-GB' });
      const page = await context.newPage();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/land-[^/]*\.geojson$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(new URL(query, baseUrl()).href);
      await page
        .locator('[data-step-id]')
        .nth(story.steps.length - 1)
        .waitFor({ state: 'attached' });
      return { page, release };
    }

    /** `content-visibility` of every step's list item, then of the sources list. */
    const visibility = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('.steps > li'), document.getElementById('sources')!].map(
          (el) => getComputedStyle(el).contentVisibility,
        ),
      );

    it('lays out only the steps near the top, until the map is ready (on screen)', async () => {
      const { page, release } = await holdingTheMap('');
      const held = await visibility(page);
      expect(held.slice(0, 2)).toEqual(['visible', 'visible']);
      expect(new Set(held.slice(2))).toEqual(new Set(['auto']));
      // A page printed meanwhile prints every step.
      await page.emulateMedia({ media: 'print' });
      expect(new Set(await visibility(page))).toEqual(new Set(['visible']));
      await page.emulateMedia({ media: 'screen' });
      await expect(page.evaluate(() => document.documentElement.dataset.mapReady)).resolves.toBe('false');
      release();
      await settled(page, first.id);
      await expect
        .poll(() => visibility(page))
        .toEqual(Array<string>(story.steps.length + 1).fill('visible'));
      await page.context().close();
    });

    it('lays out every step for a deep link, and before a jump of its own', async () => {
      const deep = await holdingTheMap(`?step=${last.id}`);
      expect(new Set(await visibility(deep.page))).toEqual(new Set(['visible']));
      deep.release();
      await deep.page.context().close();

      const { page, release } = await holdingTheMap('');
      await page.keyboard.press('End');
      expect(new Set(await visibility(page))).toEqual(new Set(['visible']));
      release();
      const map = await settled(page, last.id);
      expect(map.step).toBe(last.id);
      await page.context().close();
    });
  });
});
