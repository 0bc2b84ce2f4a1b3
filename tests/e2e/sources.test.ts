/**
 * Sources as a reader meets them: figures the sources disagree on, marked under the step; short
 * cites that lead to the full reference in the sources list at the end; and links back.
 */
import { describe, expect, it } from 'vitest';
import { sourceOrder } from '../../src/story/citation.ts';
import { colors } from '../../src/tokens/tokens.ts';
import { PHONE, useBrowser, loadStory, openPage, settled } from './harness.ts';

const story = loadStory();

const getBrowser = useBrowser();

/** `#rrggbb` → the `rgb(r, g, b)` a computed style reports. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('a contested figure', () => {
  const step = story.steps.find((s) => s.contested?.length);

  it('exists in the story (a step with `contested`)', () => {
    expect(step, 'no step of stories/korean-war.yaml has a contested figure').toBeDefined();
  });

  it.each([
    ['en', 'desktop', undefined],
    ['ko', 'phone', PHONE],
  ] as const)('is a marked aside with its badge as real text (%s, %s)', async (lang, _size, viewport) => {
    const figure = step!.contested![0]!;
    const { page, errors } = await openPage(getBrowser(), `?step=${step!.id}&lang=${lang}`, viewport);
    await settled(page, step!.id);
    const aside = page.locator(`[data-step-id="${step!.id}"] aside.contested[data-contested]`).first();
    await aside.scrollIntoViewIfNeeded();
    expect(await aside.isVisible()).toBe(true);
    const badge = lang === 'en' ? 'Sources differ' : '자료마다 다름';
    expect(await aside.getByText(badge, { exact: true }).isVisible()).toBe(true);
    // What a screen reader announces for the aside, and what it reads inside.
    const name = await aside.evaluate((el) =>
      el
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent!.trim())
        .join(' '),
    );
    expect(name).toBe(`${badge} ${figure.what[lang]}`);
    const text = await aside.innerText();
    expect(text).toContain(`${figure.what[lang]}: ${figure.range[lang]}`);
    if (figure.note) expect(text).toContain(figure.note[lang]);
    expect(await aside.locator('cite').allInnerTexts()).toEqual(
      figure.sources.map((k) => story.sources[k]!.short),
    );
    // Marked by the token colour, and not by colour alone (the badge is text).
    expect(await aside.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(rgb(colors.contested));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('cites and the sources list', () => {
  it('lists every source once, sorted, each with its full reference', async () => {
    const { page } = await openPage(getBrowser(), `?step=${story.steps.at(-1)!.id}`);
    await settled(page, story.steps.at(-1)!.id);
    const section = page.locator('section#sources[aria-labelledby="sources-title"]');
    expect(await section.locator('#sources-title').textContent()).toBe('Sources');
    const ids = await section.locator(':scope > ul > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(ids).toEqual(sourceOrder(story.sources).map((k) => `source-${k}`));
    expect([...ids].sort()).toEqual(
      Object.keys(story.sources)
        .map((k) => `source-${k}`)
        .sort(),
    );
    for (const [key, s] of Object.entries(story.sources)) {
      const cite = await section.locator(`#source-${key} > cite`).innerText();
      expect(cite).toContain(s.author);
      expect(cite).toContain(s.title);
      if (s.year !== undefined) expect(cite).toContain(String(s.year));
    }
    await page.context().close();
  });

  it('a short cite under a step leads to its full reference; "cited in" leads back', async () => {
    const step = story.steps[2]!;
    const key = step.sources[0]!;
    const { page } = await openPage(getBrowser(), `?step=${step.id}`);
    await settled(page, step.id);
    const cite = page.locator(`[data-step-id="${step.id}"] footer cite`).first();
    expect(await cite.innerText()).toBe(story.sources[key]!.short);
    await cite.locator('a').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#source-${key}`);
    const entry = page.locator(`section#sources #source-${key}`);
    await expect.poll(() => entry.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect
      .poll(() =>
        entry.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    // Reading the sources, the map shows the last step; the list is past the last step.
    await settled(page, story.steps.at(-1)!.id);

    await entry.getByRole('link', { name: step.title.en, exact: true }).click();
    await settled(page, step.id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'))).toBe(step.id);
    await page.context().close();
  });
});
