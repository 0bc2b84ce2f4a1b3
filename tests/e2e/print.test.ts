/**
 * Print and the page without JavaScript. Printed (print media emulated, and a real print to PDF),
 * the web page is an article: every step's text with its map as a still image that has loaded,
 * and no map canvas, timeline or controls. Without JavaScript, index.html's `<noscript>` and
 * index.ko.html carry the title, every step and its still. The link-preview tags point at a title
 * image that is there. Its screenshots are layout shots: the printed page is text and stills, no
 * map panel to clip to (docs/testing.md).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, loadStory, openPage, settled, useBrowser } from './harness.ts';
import { shootLayout } from './screenshots.ts';

const browser = useBrowser();
const story = loadStory();
/** An A4 page at 96 dpi, less the print margins: about what a printer lays the story out on. */
const PAPER = { width: 680, height: 960 };

interface ImageState {
  step: string;
  alt: string;
  src: string;
  loaded: boolean;
}

/** Each step's print image, once all of them have loaded (or the timeout passed). */
async function printImages(page: Page, selector: string, count: number): Promise<ImageState[]> {
  await page
    .waitForFunction(
      ({ selector, count }) => {
        const images = [...document.querySelectorAll<HTMLImageElement>(selector)];
        return images.length === count && images.every((i) => i.complete && i.naturalWidth > 0);
      },
      { selector, count },
      { timeout: 30_000, polling: 100 },
    )
    .catch(() => undefined);
  return page.$$eval(selector, (images) =>
    (images as HTMLImageElement[]).map((i) => ({
      step: i.closest('[data-step-id], .static-step')!.id,
      alt: i.alt,
      src: i.getAttribute('src')!,
      loaded: i.complete && i.naturalWidth === 1200,
    })),
  );
}

const expected = (lang: string, ext = 'webp') =>
  story.steps.map((s) => ({
    step: s.id,
    alt: s.description[lang]!,
    src: expect.stringMatching(new RegExp(`^/stills/korean-war/${s.id}\\.${lang}\\.${ext}\\?v=[0-9a-f]{8}$`)),
    loaded: true,
  }));

describe('print', () => {
  it('lays the story out as an article with a loaded still per step, without map, timeline or controls', async () => {
    const { page, errors, external } = await openPage(browser(), '?lang=en', PAPER, {
      reducedMotion: 'reduce',
    });
    await settled(page, story.steps[0]!.id, 90_000);
    // Nothing of the print images on screen: a reader who does not print does not download them.
    expect(await page.locator('.print-still').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await printImages(page, '.print-still', story.steps.length)).toEqual(expected('en'));
    for (const hidden of ['[data-map]', '.map-panel', '.timeline', '.page-controls', '.map-key', 'canvas']) {
      expect(await page.locator(hidden).first().isVisible(), `${hidden} is printed`).toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    for (const step of story.steps) {
      await expect(page.locator(`#${step.id} h2`).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('#sources').isVisible()).resolves.toBe(true);
    // The image sits over the map's description, the step's text above both.
    const order = await page.$eval('#inchon', (el) =>
      [...el.querySelectorAll('.step-text, .print-still, .map-description')].map(
        (e) => e.className.split(' ')[0],
      ),
    );
    expect(order).toEqual(['step-text', 'print-still', 'map-description']);
    await page.evaluate(() => scrollTo(0, 0));
    const top = await shootLayout(page, 'layout-print-en-top');
    expect(top.ok, top.message).toBe(true);
    await page.locator('#pusan-perimeter').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('pusan-perimeter')!.scrollIntoView());
    const contested = await shootLayout(page, 'layout-print-en-pusan-perimeter');
    expect(contested.ok, contested.message).toBe(true);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('prints to PDF with the still images in Korean, from beforeprint alone', async () => {
    const { page, errors } = await openPage(browser(), '?lang=ko', PAPER, { reducedMotion: 'reduce' });
    await settled(page, story.steps[0]!.id, 90_000);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // Printing fired `beforeprint`: the images are in the page, and were in the PDF.
    expect(await printImages(page, '.print-still', story.steps.length)).toEqual(expected('ko'));
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(story.steps.length / 2);
    // 23 maps as pictures: far more than the text alone would take.
    const images = pdf.toString('latin1').match(/\/Subtype\s*\/Image/g)?.length ?? 0;
    expect(images).toBeGreaterThanOrEqual(story.steps.length);
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  async function openStatic(path: string) {
    const context = await browser().newContext({
      viewport: PAPER,
      deviceScaleFactor: 1,
      javaScriptEnabled: false,
      locale: 'en-US',
    });
    const page = await context.newPage();
    const external: string[] = [];
    const origin = new URL(baseUrl()).origin;
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== origin) external.push(r.url());
    });
    await page.goto(new URL(path, baseUrl()).href);
    return { page, external };
  }

  it.each([
    ['', 'en'],
    ['index.ko.html', 'ko'],
  ] as const)('/%s: the title, every step with its still, and the sources (%s)', async (path, lang) => {
    const { page, external } = await openStatic(path);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(story.title[lang]);
    for (const step of story.steps) {
      const heading = page.locator(`#${step.id}-title`);
      await expect(heading.isVisible()).resolves.toBe(true);
      await expect(heading.textContent()).resolves.toBe(step.title[lang]);
    }
    await expect(page.locator('#sources > ul > li').count()).resolves.toBe(Object.keys(story.sources).length);
    expect(await printImages(page, '.static-still', story.steps.length)).toEqual(expected(lang));
    // The other language is a link away.
    const other = lang === 'en' ? 'index.ko.html' : '?lang=en';
    await expect(page.locator(`.static-note a[href$="${other}"]`).count()).resolves.toBe(1);
    expect(external).toEqual([]);
    if (lang === 'ko') {
      await page.evaluate(() => scrollTo(0, 0));
      const top = await shootLayout(page, 'layout-nojs-ko-top');
      expect(top.ok, top.message).toBe(true);
    }
  });

  it.each(['', 'index.ko.html'])(
    '/%s has link-preview tags with a title image that is there',
    async (path) => {
      const { page } = await openStatic(path);
      const meta = await page.$$eval('meta[property^="og:"], meta[name^="twitter:"]', (tags) =>
        Object.fromEntries(
          tags.map((t) => [t.getAttribute('property') ?? t.getAttribute('name'), t.getAttribute('content')]),
        ),
      );
      const lang = path ? 'ko' : 'en';
      expect(meta).toMatchObject({
        'og:type': 'article',
        'og:title': story.title[lang],
        'og:description': story.subtitle![lang],
        'og:image:width': '1200',
        'og:image:height': '630',
        'twitter:card': 'summary_large_image',
      });
      expect(meta['og:image']).toMatch(
        new RegExp(`/stills/korean-war/title\\.${lang}\\.jpg\\?v=[0-9a-f]{8}$`),
      );
      const response = await page.request.get(new URL(meta['og:image']!, baseUrl()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    },
  );
});
