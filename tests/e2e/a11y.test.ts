/**
 * Accessibility in every mode, in both languages: axe-core (read from node_modules and injected
 * into the page, no network), with every rule it has — the WCAG A and AA rules and its best
 * practices (landmarks, headings, the viewport) — finds no violation on the web page, the kiosk's
 * title and a step slide, the scrolly embed and a figure, and with the map drawn as SVG; and in the
 * same pages the skip link. Then screen readers and keys: the map description announced once per
 * step, and a short Tab walk where every control shows that it has the focus.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, loadStory, openPage, settled, useBrowser } from './harness.ts';

const browser = useBrowser();
const story = loadStory();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const KIOSK = { width: 1280, height: 800 };

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Every axe-core rule on the whole page (no tag filter); one line per failing element.
 * `skip`: rules left out, each for a reason given where it is passed.
 */
async function axe(page: Page, skip: string[] = []): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  // Run through the DevTools protocol, not as an inline <script>: the page's Content-Security-Policy
  // (sent by nginx, as deployed) rightly refuses inline scripts, and the test must not weaken it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (skip) => {
    const result = await (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe.run(document, {
      rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, skip);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}

const PAGES = [
  ['web', '', DESKTOP],
  ['web, a step with contested figures (phone)', '&step=osan-taejon', PHONE],
  ['kiosk title', '&mode=kiosk', KIOSK],
  ['kiosk step slide', '&mode=kiosk&step=inchon', KIOSK],
  ['embed', '&mode=embed&step=pusan-perimeter', PHONE],
  ['figure', '&mode=figure&step=inchon', { width: 640, height: 900 }],
] as const;

/**
 * The page's skip link is the first stop of the Tab key, on screen, and Enter moves the focus past
 * the map to something focusable (not back to the page itself).
 */
async function expectSkipLinkWorks(page: Page) {
  await page.keyboard.press('Tab');
  const link = page.locator('.skip-link');
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  const box = (await link.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.tagName, inMap: Boolean(el.closest('.map-panel')), skip: el.matches('.skip-link') };
  });
  expect(focused).toMatchObject({ inMap: false, skip: false });
  expect(focused.tag).not.toBe('BODY');
}

describe.each(['en', 'ko'])('axe-core, every rule, finds no violation; the skip link works (%s)', (lang) => {
  it.each(PAGES)('%s', async (name, query, viewport) => {
    const tracked = await openPage(browser(), `?lang=${lang}${query}`, viewport, { reducedMotion: 'reduce' });
    await settled(tracked.page);
    expect(await axe(tracked.page)).toEqual([]);
    // In the same page load, once axe has looked at it untouched.
    await expectSkipLinkWorks(tracked.page);
    expect(tracked.errors).toEqual([]);
    await tracked.page.context().close();
  });
});

describe('without WebGL', () => {
  it('axe-core finds no violation with the map drawn as SVG', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-gpu']);
    try {
      const tracked = await openPage(noGl, '?step=inchon&progress=0.5', DESKTOP);
      await settled(tracked.page, 'inchon');
      expect(await tracked.page.getAttribute('[data-map]', 'data-map')).toBe('svg');
      expect(await axe(tracked.page)).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('screen readers and the keyboard', () => {
  it("announces each step's map description once, politely, when the step changes", async () => {
    const { page } = await openPage(browser(), '?lang=en', DESKTOP);
    await settled(page, story.steps[0]!.id);
    const region = page.locator('[data-map-description]');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.textContent()).toContain(story.steps[0]!.description.en!);
    // Count what the region says from here on: one change per step, none for motion inside one.
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const el = document.querySelector('[data-map-description]')!;
      new MutationObserver(() => w.said.push(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const invasion = story.steps.findIndex((s) => s.id === 'invasion');
    const described = story.steps[invasion]!.description.en!;
    for (let i = 0; i < invasion; i++) await page.keyboard.press('ArrowDown');
    await settled(page, 'invasion');
    await expect.poll(() => region.textContent()).toContain(described);
    // Through the step: the arrows draw in, the region stays as it is. Small notches (240 px in
    // all): 480 px could carry a short step past the trigger line into the next one.
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 60);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => document.documentElement.dataset.step)).toBe('invasion');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    // Quick steps in a row are not each announced; the step the reader stops on is, once.
    expect(said.filter((t) => t.includes(described))).toHaveLength(1);
    expect(said.at(-1)).toContain(described);
    await page.context().close();
  });

  it("the kiosk's Larger text switch scales the card's text for one visitor", async () => {
    // Not waiting for the map: the idle clock runs from the start, and the card is there at once.
    const { page } = await openPage(browser(), '?lang=en&mode=kiosk&step=inchon&reset=6', KIOSK, {
      reducedMotion: 'reduce',
    });
    await page.waitForSelector('.kiosk-card .step-text p');
    const toggle = page.getByRole('button', { name: 'Larger text' });
    const card = () =>
      page.evaluate(() => {
        const el = document.querySelector('.kiosk-card')!;
        const box = el.getBoundingClientRect();
        return {
          text: parseFloat(getComputedStyle(el.querySelector('.step-text p')!).fontSize),
          width: box.width,
          inside: box.left >= 0 && box.right <= innerWidth + 0.5 && box.bottom <= innerHeight + 0.5,
          scrolls: document.scrollingElement!.scrollHeight > innerHeight,
        };
      });
    const normal = await card();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const large = await card();
    expect(large.text / normal.text).toBeCloseTo(1.25, 2);
    // The layout holds: the card as wide as before, on the screen, and still no page to scroll.
    expect(large).toMatchObject({ width: normal.width, inside: true, scrolls: false });
    // It stays on for the visitor's next slide…
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.step !== 'inchon');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await card()).text).toBeCloseTo(large.text, 1);
    // …and is gone when the kiosk returns to the title by itself (`reset=6`: 6 s without a touch).
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'title', undefined, {
      timeout: 20_000,
    });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.context().close();
  });

  it('every control the Tab key reaches on the web page shows that it has the focus', async () => {
    const { page } = await openPage(browser(), '?lang=en', DESKTOP);
    await settled(page);
    const reached: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        return {
          what: `${el.tagName.toLowerCase()}.${el.className} ${label.slice(0, 40)}`,
          outline,
          shadow: style.boxShadow,
        };
      });
      expect(focus.outline || focus.shadow !== 'none', focus.what).toBe(true);
      reached.push(focus.what);
    }
    // The skip link, the legend, the timeline (one stop), reduced motion and both languages.
    for (const control of [
      'a.skip-link',
      'summary',
      'button.mark',
      'button.motion-toggle',
      'English',
      '한국어',
    ])
      expect(
        reached.some((r) => r.includes(control)),
        `${control} in ${reached.join(' | ')}`,
      ).toBe(true);
    await page.context().close();
  });
});
