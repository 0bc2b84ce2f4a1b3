/**
 * A screenshot per step and language at phone and desktop size (and of the geometry atlas at
 * desktop size), compared with reviewed baselines. Regenerate with `UPDATE=1 npm run test:browser` and look at
 * every image before committing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, loadStory, openPage, settled } from './harness.ts';
import { SCREENSHOT_TOLERANCE, compareWithBaseline } from './screenshots.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function matchesBaseline(
  name: string,
  query: string,
  id: string,
  viewport: typeof DESKTOP,
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
) {
  // Reduced motion by default: the camera cuts, so the picture does not depend on animation
  // timing. (A deep link cuts either way; the motion shots need the in-between picture.)
  const { page } = await openPage(browser, query, viewport, { reducedMotion });
  await settled(page, id);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const { ratio, message } = compareWithBaseline(name, png);
  expect(ratio, message).toBeLessThanOrEqual(SCREENSHOT_TOLERANCE);
  await page.context().close();
}

// Every step in every language of the story, at phone and desktop size.
const story = loadStory();
const SIZES = { desktop: DESKTOP, phone: PHONE } as const;
const variants = story.languages.flatMap((lang) =>
  Object.entries(SIZES).map(([size, viewport]) => ({ name: `${size}-${lang}`, viewport, lang })),
);
describe.each(variants)('screenshots ($name)', ({ name, viewport, lang }) => {
  it.each(story.steps.map((s) => s.id))('%s matches its baseline', (id) =>
    matchesBaseline(`${name}-${id}`, `?step=${id}&lang=${lang}`, id, viewport),
  );
});

// A moving front at the start, middle and end of its step, and the same moment under reduced motion.
describe('screenshots of the summer 1950 retreat as it moves (desktop)', () => {
  it.each([0, 0.5, 1])('progress %s matches its baseline', (p) =>
    matchesBaseline(
      `motion-osan-taejon-${p}`,
      `?step=osan-taejon&progress=${p}`,
      'osan-taejon',
      DESKTOP,
      'no-preference',
    ),
  );
});

describe('screenshots of the geometry atlas (desktop)', () => {
  it.each(loadStory('atlas').steps.map((s) => s.id))('%s matches its baseline', (id) =>
    matchesBaseline(`atlas-${id}`, `?story=atlas&step=${id}`, id, DESKTOP),
  );
});
