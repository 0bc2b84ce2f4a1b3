/**
 * An article with five figures stays light (docs/embedding.md): each shows its step's still image
 * at once, and only a figure the reader can see, or reaches for, starts its live map — MapLibre
 * downloaded, a WebGL context made. Scrolling a figure into view makes it live, in the same box:
 * the article does not move.
 *
 * The host page is on another origin than the story, as an article is. Its iframes are made eager:
 * Chromium loads a lazy iframe 1250–2500 px before it comes into view, so figures near each other
 * load together, and what must keep them still is the story itself, not the host's lazy loading.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launch, loadStory, openPage, PHONE, settled, useBrowser } from './harness.ts';

const story = loadStory();
const getBrowser = useBrowser();
/** The figures, top to bottom: the first in view, the others far below it. */
const FIGURES = ['inchon', 'division', 'invasion', 'chosin-hungnam', 'armistice'];

const hostPage = () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>An article with five figures</title>
<style>body { max-width: 640px; margin: 0 auto; } .gap { height: 1200px; }</style></head>
<body>
<script src="${baseUrl()}embed.js" defer></script>
<h1>An article with five figures</h1>
${FIGURES.map((step, i) => `<korean-war-story id="f${i}" mode="figure" step="${step}" lang="en"></korean-war-story><div class="gap"></div>`).join('\n')}
</body>
</html>`;

/** In every frame: when its still loaded and its map was first ready, and its WebGL contexts. */
function watchFrame() {
  const marks: { still?: number; ready?: number; webgl: number } = { webgl: 0 };
  Object.assign(window, { figureMarks: marks });
  document.addEventListener(
    'load',
    (e) => {
      if (e.target instanceof HTMLImageElement && e.target.classList.contains('figure-still'))
        marks.still ??= performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (document.documentElement?.dataset.mapReady === 'true') marks.ready ??= performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const made = (getContext as (...a: unknown[]) => unknown).apply(this, args);
    if (made && String(args[0]).startsWith('webgl')) marks.webgl++;
    return made;
  } as typeof getContext;
}

interface FigureView {
  ready: string | undefined;
  canvases: number;
  webgl: number;
  still: { src: string; width: string | null; height: string | null; alt: string | null } | null;
  stillLoaded: boolean;
  marks: { still?: number; ready?: number };
  mapBox: { width: number; height: number };
  title: string | null | undefined;
}

const viewOf = (frame: Frame): Promise<FigureView> =>
  frame.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('img.figure-still');
    const box = document.querySelector('.figure-map')!.getBoundingClientRect();
    const marks = (window as unknown as { figureMarks: { still?: number; ready?: number; webgl: number } })
      .figureMarks;
    return {
      ready: document.documentElement.dataset.mapReady,
      canvases: document.querySelectorAll('canvas.maplibregl-canvas').length,
      webgl: marks.webgl,
      still: img && {
        src: img.getAttribute('src')!,
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        alt: img.getAttribute('alt'),
      },
      stillLoaded: !!img && img.complete && img.naturalWidth > 0,
      marks: { still: marks.still, ready: marks.ready },
      mapBox: { width: box.width, height: box.height },
      title: document.querySelector('figcaption h2')?.textContent,
    };
  });

let host: http.Server;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
/** The URL of each frame that requested MapLibre's script. */
const maplibreBy = new Set<string>();

beforeAll(async () => {
  host = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage());
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  context = await getBrowser().newContext({
    viewport: DESKTOP,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  await context.addInitScript(watchFrame);
  page = await context.newPage();
  page.on('request', (r) => {
    if (/\/maplibre-gl-(?!worker)[^/]*\.js$/.test(new URL(r.url()).pathname)) maplibreBy.add(r.frame().url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(hostUrl);
  await page.waitForFunction(
    (n) => {
      const frames = [...document.querySelectorAll('korean-war-story')].map((el) =>
        el.shadowRoot?.querySelector('iframe'),
      );
      if (frames.length !== n || frames.some((f) => !f)) return false;
      for (const f of frames) f!.loading = 'eager';
      return true;
    },
    FIGURES.length,
    { polling: 50 },
  );
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** The story frame of figure `i`, once its caption is there. */
async function figureFrame(i: number): Promise<Frame> {
  const step = FIGURES[i]!;
  for (const end = Date.now() + 30_000; Date.now() < end; await page.waitForTimeout(50)) {
    const frame = page.frames().find((f) => f.url().includes(`step=${step}`));
    if (
      frame &&
      (await frame
        .locator('figcaption h2')
        .count()
        .catch(() => 0)) > 0
    )
      return frame;
  }
  throw new Error(`figure ${step}: no frame with a caption`);
}

/** Waits (SwiftShader on a busy machine: up to 90 s) until figure `i`'s map is live and ready. */
async function waitLive(i: number): Promise<FigureView> {
  const frame = await figureFrame(i);
  for (const end = Date.now() + 90_000; Date.now() < end; await page.waitForTimeout(100)) {
    const view = await viewOf(frame);
    if (view.ready === 'true' && view.canvases === 1) return view;
  }
  throw new Error(`figure ${FIGURES[i]}: not live; ${JSON.stringify(await viewOf(frame))}`);
}

/** Whether figure `i`'s iframe is in the host's viewport, and its height there. */
const iframeBox = (i: number) =>
  page.evaluate((id) => {
    const rect = document.getElementById(id)!.shadowRoot!.querySelector('iframe')!.getBoundingClientRect();
    return { visible: rect.bottom > 0 && rect.top < innerHeight, height: rect.height };
  }, `f${i}`);

/** The figure's own height inside its frame (what the host's iframe should be). */
const figureHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('figure')!.getBoundingClientRect().height));

/** A figure that is still: its still image shown, no map, no WebGL context, MapLibre not fetched. */
async function expectStill(i: number) {
  const frame = await figureFrame(i);
  const view = await viewOf(frame);
  expect(view, FIGURES[i]).toMatchObject({ ready: 'false', canvases: 0, webgl: 0, stillLoaded: true });
  expect(maplibreBy.has(frame.url()), `${FIGURES[i]} fetched MapLibre`).toBe(false);
}

describe('five figures in an article', () => {
  it('each shows its still image and caption at once', async () => {
    for (const [i, step] of FIGURES.entries()) {
      const frame = await figureFrame(i);
      await frame.waitForFunction(
        () => document.querySelector<HTMLImageElement>('img.figure-still')?.complete,
        null,
        { polling: 50, timeout: 20_000 },
      );
      const view = await viewOf(frame);
      expect(view.title).toBe(story.steps.find((s) => s.id === step)!.title.en);
      // Alt text: none, as the map has none; the caption says what it shows.
      expect(view.still).toEqual({
        src: expect.stringMatching(new RegExp(`^/stills/korean-war/${step}\\.en\\.webp\\?v=[0-9a-f]{8}$`)),
        width: '1200',
        height: '800',
        alt: '',
      });
    }
  });

  it('starts the live map of the figure in view only', async () => {
    expect((await iframeBox(0)).visible).toBe(true);
    const first = await waitLive(0);
    expect(first.webgl).toBeGreaterThanOrEqual(1);
    // The still showed before the map was ready, and went once it was.
    expect(first.marks.still).toBeLessThan(first.marks.ready!);
    expect(first.still).toBeNull();
    // Time for any other figure to start, had it been going to.
    await page.waitForTimeout(2_000);
    for (const i of [1, 2, 3, 4]) {
      expect((await iframeBox(i)).visible).toBe(false);
      await expectStill(i);
    }
    expect([...maplibreBy]).toEqual([(await figureFrame(0)).url()]);
  });

  it('makes a figure live when it is scrolled into view, in the same box', async () => {
    const frame = await figureFrame(2);
    // Out of view, the iframe already has the figure's height: nothing will move when it comes in.
    const before = { box: await iframeBox(2), map: (await viewOf(frame)).mapBox };
    expect(before.box.visible).toBe(false);
    expect(before.box.height).toBe(await figureHeight(frame));
    await page.evaluate(() => document.getElementById('f2')!.scrollIntoView({ block: 'center' }));
    const view = await waitLive(2);
    expect(view.webgl).toBeGreaterThanOrEqual(1);
    expect(view.still).toBeNull();
    expect({ height: (await iframeBox(2)).height, map: view.mapBox }).toEqual({
      height: before.box.height,
      map: before.map,
    });
    for (const i of [1, 3, 4]) {
      expect((await iframeBox(i)).visible).toBe(false);
      await expectStill(i);
    }
  });

  it('makes a figure live when the reader reaches for it (the focus coming in), out of view', async () => {
    const frame = await figureFrame(4);
    await frame.evaluate(() =>
      document.querySelector<HTMLElement>('.full-story a')!.focus({ preventScroll: true }),
    );
    // The map is made at once; Chromium draws it once the frame is in view, the still over it till then.
    await frame.waitForFunction(
      () => document.querySelectorAll('canvas.maplibregl-canvas').length === 1,
      null,
      {
        polling: 50,
        timeout: 30_000,
      },
    );
    expect((await iframeBox(4)).visible).toBe(false);
    expect(await viewOf(frame)).toMatchObject({ webgl: 1, stillLoaded: true });
    for (const i of [1, 3]) await expectStill(i);
    await page.evaluate(() => document.getElementById('f4')!.scrollIntoView({ block: 'center' }));
    expect((await waitLive(4)).still).toBeNull();
  });

  it('logged no error', () => {
    expect(errors).toEqual([]);
  });
});

describe('a figure without WebGL', () => {
  it("draws its map as SVG in the still's place once live, motion not reduced", async () => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-gpu']);
    try {
      const tracked = await openPage(noGl, '?mode=figure&step=inchon&lang=en', PHONE, { init: watchFrame });
      const { page } = tracked;
      await settled(page, 'inchon');
      const view = await page.evaluate(() => ({
        map: document.querySelector<HTMLElement>('[data-map]')!.dataset.map,
        stills: document.querySelectorAll('img.figure-still').length,
        marks: (window as unknown as { figureMarks: { still?: number; ready?: number } }).figureMarks,
      }));
      expect(view).toMatchObject({ map: 'svg', stills: 0 });
      expect(view.marks.still).toBeLessThan(view.marks.ready!);
      expect(tracked.errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
