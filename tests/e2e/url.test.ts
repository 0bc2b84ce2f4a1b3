/**
 * No address can blank the page (issue 23): a malformed fragment or an odd query opens a readable
 * story, the first step's text on screen, the map's container in place, the `<html>` contract
 * published, with at most console warnings. (The property tests in src/modes/urlSurface.test.ts
 * cover the pure functions; this is the page as a reader opens it.)
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, loadStory, openPage, useBrowser } from './harness.ts';

const story = loadStory();
const first = story.steps[0]!;
const getBrowser = useBrowser();

/** Address (after the app's folder) → the language the page should open in. */
const addresses: [string, 'en' | 'ko'][] = [
  ['?lang=ko#50%', 'ko'],
  ['?lang=ko#%', 'ko'],
  ['?lang=ko#%E0%A4%A', 'ko'],
  ['?lang=en&step=%E0%A4%A&progress=%&mode=%25', 'en'],
  ['?lang=ko&story=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dwell=1e400', 'ko'],
  ['?%=%&&==&lang=en&lang=ko#%%', 'en'],
];

describe('an odd address', () => {
  it.each(addresses)('%s opens the story at its first step', async (address, lang) => {
    const { page, errors, external } = await openPage(getBrowser(), address, DESKTOP);
    await page.waitForFunction(() => document.documentElement.dataset.step !== undefined, null, {
      timeout: 30_000,
    });
    const html = await page.evaluate(() => {
      const { dataset, lang } = document.documentElement;
      return { step: dataset.step, mode: dataset.mode, lang };
    });
    expect(html).toEqual({ step: first.id, mode: 'web', lang });
    await expect.poll(() => page.locator(`[data-step-id="${first.id}"] h2`).isVisible()).toBe(true);
    expect(await page.locator(`[data-step-id="${first.id}"] h2`).textContent()).toBe(first.title[lang]);
    expect(await page.locator('[data-map]').count()).toBe(1);
    expect(await page.locator('.fatal').count()).toBe(0);
    // Nothing from the address is written into the page.
    expect(await page.locator('body').textContent()).not.toContain('alert(1)');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
