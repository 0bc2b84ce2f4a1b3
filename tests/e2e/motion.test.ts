/**
 * Time on the map: a deep link into the middle of a step shows that moment at once, scrolling
 * moves the front and draws the arrows both ways, and reduced motion shows dated snapshots and
 * finished arrows. Read through the map container's contract (`data-progress`,
 * `data-front-date`, `data-draw`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { identity } from '../../src/identity.ts';
import { motionState } from '../../src/story/motion.ts';
import { MOTION_PROGRESS } from './baselineNames.ts';
import { DESKTOP, linkSeries, useBrowser, loadStory, openPage, settled } from './harness.ts';
import { shootMap } from './screenshots.ts';

const story = loadStory();
const step = (id: string) => story.steps.find((s) => s.id === id)!;

const getBrowser = useBrowser();

async function motionOf(page: Page) {
  return page.evaluate(() => {
    const { progress, frontDate, draw } = document.querySelector<HTMLElement>('[data-map]')!.dataset;
    const chip = document.querySelector('.map-date')?.textContent ?? null;
    return { progress, frontDate, draw, chip };
  });
}

/**
 * Scroll by `dy` with the wheel and wait until the step's progress has moved and the map has
 * settled on it. (Waiting for `data-map-ready` alone can pass before the scroll is handled.)
 */
async function wheelThrough(page: Page, id: string, dy: number) {
  const before = (await motionOf(page)).progress;
  await page.mouse.move(300, 400);
  await page.mouse.wheel(0, dy);
  await page.waitForFunction(
    (p) => document.querySelector<HTMLElement>('[data-map]')!.dataset.progress !== p,
    before,
    { polling: 50, timeout: 30_000 },
  );
  await settled(page, id);
  return motionOf(page);
}

describe('motion within a step', () => {
  const visit = linkSeries(getBrowser);
  it.each(MOTION_PROGRESS)(
    'a deep link at progress %s shows that moment of the summer 1950 retreat, and its picture',
    async (p) => {
      const { page, errors, external } = await visit(`?step=osan-taejon&progress=${p}`);
      await settled(page, 'osan-taejon');
      const expected = motionState(step('osan-taejon').motion!, p, false);
      const m = await motionOf(page);
      expect(m.progress).toBe(p.toFixed(2));
      expect(m.frontDate).toBe(expected.date);
      expect(m.chip).toMatch(/1950/);
      // The picture too: the front drawn where that moment puts it.
      const { ok, message } = await shootMap(page, `map-motion-osan-taejon-${p}`);
      expect(ok, message).toBe(true);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    },
  );

  it('a deep link keeps its exact moment when the observers report after the scroll has settled', async () => {
    // A busy page (two cores, software WebGL) can deliver the step observers' reports after the
    // scroller's settle timer: stand in for that with reports held back 400 ms.
    const { page } = await openPage(getBrowser(), '?step=osan-taejon&progress=0.5&debug', DESKTOP, {
      init: () => {
        const Native = window.IntersectionObserver;
        (window as { lateReports?: number }).lateReports = 0;
        window.IntersectionObserver = class extends Native {
          constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
            super((entries, observer) => {
              setTimeout(() => {
                (window as { lateReports?: number }).lateReports! += 1;
                callback(entries, observer);
              }, 400);
            }, options);
          }
        };
      },
    });
    await settled(page, 'osan-taejon');
    await page.waitForFunction(() => (window as { lateReports?: number }).lateReports! > 0);
    await page.waitForTimeout(600); // every report held back from the first frames is in
    await settled(page, 'osan-taejon');
    const shown = await page.evaluate(() => window.storyDebug!.motion());
    expect(shown).toEqual(motionState(step('osan-taejon').motion!, 0.5, false));
    // Tools written before the debug global had a neutral name still find it under the old one.
    const legacy = identity.legacyDebugGlobal;
    expect(await page.evaluate((name) => (window as never)[name] === window.storyDebug, legacy)).toBe(true);
    await page.context().close();
  });

  it('a page scrolled by other means than the listed inputs leaves the linked moment', async () => {
    // Find in page, or a scrollbar dragged where the browser sends no pointer event: the step's
    // progress follows the page again.
    const { page } = await openPage(getBrowser(), '?step=osan-taejon&progress=0.5');
    await settled(page, 'osan-taejon');
    expect((await motionOf(page)).progress).toBe('0.50');
    await page.evaluate(() => window.scrollBy({ top: 120, behavior: 'instant' }));
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-map]')!.dataset.progress !== '0.50',
      undefined,
      { polling: 50, timeout: 30_000 },
    );
    await settled(page, 'osan-taejon');
    expect(Number((await motionOf(page)).progress)).toBeGreaterThan(0.5);
    await page.context().close();
  });

  it('draws arrows in to the fraction of the progress, and finishes them', async () => {
    const { page } = await openPage(getBrowser(), '?step=invasion&progress=0.375');
    await settled(page, 'invasion');
    expect((await motionOf(page)).draw).toBe('invasion:0.50');
    await page.goto(new URL('?step=invasion&progress=1', page.url()).href);
    await settled(page, 'invasion');
    expect((await motionOf(page)).draw).toBe('invasion:1.00');
    await page.context().close();
  });

  it('names every formation of the invasion at its end, the short Ongjin arrow too', async () => {
    // At the country scale the Ongjin arrow is shorter than its own head's box, and the arrows on
    // Seoul meet: a name's mark at an arrow's middle fell inside a head and none was placed there.
    const { page } = await openPage(getBrowser(), '?step=invasion&progress=1&debug');
    const named = async () => {
      await settled(page, 'invasion');
      const placed = await page.evaluate(() => window.storyDebug!.placedLabels());
      return placed.filter((l) => l.layer === 'invasion::unit-label').map((l) => l.names);
    };
    const formations = [
      'KPA 3rd Border Constabulary Bde',
      'KPA 1st, 6th Div.',
      'KPA 3rd, 4th Div., 105th Armored Bde',
      'KPA 2nd, 7th Div.',
      'KPA 5th Division',
    ];
    expect((await named()).sort()).toEqual([...formations].sort());
    await page.goto(new URL('?step=invasion&progress=1&debug&lang=ko', page.url()).href);
    expect((await named()).sort()).toEqual([...formations].sort());
    await page.context().close();
  });

  it('moves forward as the reader scrolls down through the step, and back as they scroll up', async () => {
    const { page } = await openPage(getBrowser(), '?step=north', DESKTOP);
    await settled(page, 'north');
    const start = await motionOf(page);
    const dates = [start.frontDate!];
    for (let i = 0; i < 4; i++) dates.push((await wheelThrough(page, 'north', 160)).frontDate!);
    expect(dates.at(-1)! > dates[0]!).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    const down = await motionOf(page);
    expect(Number(down.draw!.split(':')[1])).toBeGreaterThan(0);
    expect((await wheelThrough(page, 'north', -320)).frontDate! < down.frontDate!).toBe(true);
    await page.context().close();
  });

  it('under reduced motion shows the nearest dated line and finished arrows', async () => {
    const { page } = await openPage(getBrowser(), '?step=north&progress=0.4', DESKTOP, {
      reducedMotion: 'reduce',
    });
    await settled(page, 'north');
    const expected = motionState(step('north').motion!, 0.4, true);
    expect(step('north').motion!.front!.map((k) => k.date)).toContain(expected.date);
    const m = await motionOf(page);
    expect(m.frontDate).toBe(expected.date);
    expect(m.draw).toBe('advance-north:1.00');
    await page.context().close();
  });

  it("the site's own Reduce motion switch finishes the arrows and is remembered", async () => {
    const { page } = await openPage(getBrowser(), '?step=invasion&progress=0.375');
    await settled(page, 'invasion');
    const toggle = page.getByRole('button', { name: 'Reduce motion' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await settled(page, 'invasion');
    expect((await motionOf(page)).draw).toBe('invasion:1.00');
    await page.reload();
    await settled(page, 'invasion');
    expect(await page.getByRole('button', { name: 'Reduce motion' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect((await motionOf(page)).draw).toBe('invasion:1.00');
    await page.context().close();
  });

  it('says nothing of motion on a step without it', async () => {
    const { page } = await openPage(getBrowser(), '?step=armistice&progress=0.5');
    await settled(page, 'armistice');
    expect(await motionOf(page)).toEqual({
      progress: undefined,
      frontDate: undefined,
      draw: undefined,
      chip: null,
    });
    await page.context().close();
  });
});
