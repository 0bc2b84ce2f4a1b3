/**
 * The language a reader lands in: `?lang` if given, else the browser's language when the story has
 * it, else the story's default.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, useBrowser, loadStory, openPage, settled } from './harness.ts';

const story = loadStory();

const getBrowser = useBrowser();

describe('default language', () => {
  it('a Korean browser without ?lang opens in Korean', async () => {
    const { page, warnings } = await openPage(getBrowser(), '', DESKTOP, { locale: 'ko-KR' });
    expect(await page.evaluate(() => navigator.languages[0])).toBe('ko-KR');
    const snap = await settled(page, story.steps[0]!.id);
    expect(snap.lang).toBe('ko');
    expect(await page.locator('h1').textContent()).toBe(story.title.ko);
    expect(await page.getByRole('button', { name: '한국어' }).getAttribute('aria-pressed')).toBe('true');
    expect(warnings).toEqual([]);
    await page.context().close();
  });

  it('?lang=en wins over a Korean browser', async () => {
    const { page } = await openPage(getBrowser(), '?lang=en', DESKTOP, { locale: 'ko-KR' });
    const snap = await settled(page, story.steps[0]!.id);
    expect(snap.lang).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(story.title.en);
    await page.context().close();
  });

  it("a browser in a language the story lacks gets the story's default", async () => {
    const { page } = await openPage(getBrowser(), '', DESKTOP, { locale: 'fr-FR' });
    expect((await settled(page, story.steps[0]!.id)).lang).toBe(story.defaultLanguage);
    await page.context().close();
  });
});
