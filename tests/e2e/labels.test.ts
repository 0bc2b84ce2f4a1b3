/**
 * Label placement at every step's end state on a wide screen, in both languages: no label, icon or
 * arrow head overlaps another, and no name is cut by the edge of the map (the phone test,
 * phone.test.ts, checks the same at 390×844). The
 * story is walked by keyboard in one page, as a reader stepping through it would see it.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, loadStory, openPage, settled, useBrowser } from './harness.ts';

const story = loadStory();
const browser = useBrowser();

describe.each(['en', 'ko'])('every step by keyboard on a wide screen (%s)', (lang) => {
  it('no two labels overlap at any step', async () => {
    const { page } = await openPage(browser(), `?lang=${lang}&debug`, DESKTOP, { reducedMotion: 'reduce' });
    const found: Record<string, unknown> = {};
    for (const [i, step] of story.steps.entries()) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      await settled(page, step.id);
      const { shapes, overlaps } = await page.evaluate(() => window.storyDebug!.labelOverlaps());
      expect(shapes, `${step.id}: symbols placed`).toBeGreaterThan(0);
      if (overlaps.length) found[step.id] = overlaps;
    }
    expect(found).toEqual({});
    await page.context().close();
  }, 240_000);
});
