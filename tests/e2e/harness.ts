/**
 * Browser test harness: Debian's headless Chromium driven by playwright-core, with SwiftShader
 * WebGL, plus helpers that read the public contract (data attributes) rather than app internals.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromiumArgs.ts';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { readStory } from '../../scripts/storyFiles.ts';
import { DESKTOP } from '../../scripts/viewports.ts';
import { TRIGGER_OFFSET } from '../../src/scroll/trigger.ts';
import type { Story } from '../../src/story/schema.ts';
import { targetState } from '../../src/story/targetState.ts';

export const baseUrl = (): string => inject('baseUrl');

// The benchmark opens the same viewports: one definition for both.
export { DESKTOP, PHONE } from '../../scripts/viewports.ts';

/** A story as the app gets it (with its events), compiled from stories/<id>.yaml. */
export function loadStory(id = 'korean-war'): Story {
  return readStory(`stories/${id}.yaml`);
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * One Chromium for the test file that calls this at its top level: launched before its first test,
 * closed after its last. Returns a getter, since the browser exists only once `beforeAll` ran.
 */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface Tracked {
  page: Page;
  /** Requests that left the app's origin (must stay empty). */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  warnings: string[];
}

export async function openPage(
  browser: Browser,
  query = '',
  viewport = DESKTOP,
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    /** The browser's language (`navigator.languages`); Chromium's default is en-US. */
    locale?: string;
    /** A touch screen (default: below 600 px wide, a phone). */
    touch?: boolean;
    /** Runs in the page before any of its own scripts (to stand in for a browser's condition). */
    init?: () => void;
  } = {},
): Promise<Tracked> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: options.locale ?? 'en-US',
    hasTouch: options.touch ?? viewport.width < 600,
    isMobile: false,
  });
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const tracked: Tracked = { page, external: [], errors: [], warnings: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) tracked.external.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') tracked.errors.push(m.text());
    if (m.type() === 'warning') tracked.warnings.push(m.text());
  });
  page.on('pageerror', (e) => tracked.errors.push(String(e)));
  await page.goto(new URL(query, baseUrl()).href);
  return tracked;
}

/**
 * One page for a series of links, each test of the series visiting one: opened on the first visit,
 * navigated after that, closed after the file's last test. A link in a page that has already loaded
 * the app is ready about 1.5 s sooner on these 2 cores (the code, fonts and geometry are cached), and
 * is still a full page load. Each visit starts with empty `errors`, `warnings` and `external`.
 */
export function linkSeries(
  browser: () => Browser,
  viewport = DESKTOP,
  options: Parameters<typeof openPage>[3] = {},
): (query: string) => Promise<Tracked> {
  let tracked: Tracked | undefined;
  afterAll(async () => {
    await tracked?.page.context().close();
  });
  return async (query) => {
    if (!tracked) return (tracked = await openPage(browser(), query, viewport, options));
    for (const list of [tracked.errors, tracked.warnings, tracked.external]) list.length = 0;
    await tracked.page.goto(new URL(query, baseUrl()).href);
    return tracked;
  };
}

export interface MapSnapshot {
  step: string;
  lang: string;
  layers: string;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
}

/** Scrolls (instantly) so that step `id`'s top is 10 px above the scroll trigger line. */
export async function scrollJustPast(page: Page, id: string): Promise<void> {
  await page.evaluate(
    ({ id, trigger }) => {
      const el = document.querySelector(`[data-step-id="${id}"]`)!;
      window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - window.innerHeight * trigger + 10);
    },
    { id, trigger: TRIGGER_OFFSET },
  );
}

/** Wait until the map reports the active step (`stepId`, if given) fully applied and idle: the contract. */
export async function settled(page: Page, stepId?: string, timeout = 30_000): Promise<MapSnapshot> {
  let snapshot: MapSnapshot;
  try {
    // The snapshot in the same call as the readiness: read in a second call, a step change in
    // between (a smooth scroll still under way) gives the new step with the old step's map.
    const handle = await page.waitForFunction(readySnapshot, stepId ?? '', { timeout, polling: 50 });
    snapshot = (await handle.jsonValue())!;
  } catch (error) {
    // A bare timeout says nothing about which half never came: say where the page was instead.
    const where = await page
      .evaluate(() => {
        const { step, mapReady, map } = document.documentElement.dataset;
        return JSON.stringify({
          step,
          mapReady,
          map,
          scrollY: Math.round(scrollY),
          focus: document.activeElement?.outerHTML.slice(0, 80),
        });
      })
      .catch(() => 'unreadable');
    throw new Error(`settled(${stepId ?? 'any step'}): ${(error as Error).message}; page: ${where}`, {
      cause: error,
    });
  }
  return snapshot;
}

/**
 * The contract's snapshot if the map is ready on step `id` (any step if empty) at this instant, else
 * null: readiness and snapshot in one call. Read in the page; it must not close over anything.
 */
export function readySnapshot(id: string): MapSnapshot | null {
  const html = document.documentElement;
  if (html.dataset.mapReady !== 'true' || (id && html.dataset.step !== id)) return null;
  const map = document.querySelector<HTMLElement>('[data-map]')!;
  return {
    step: html.dataset.step!,
    lang: html.lang,
    layers: map.dataset.layers!,
    camera: JSON.parse(map.dataset.camera!),
  };
}

/** Web Mercator (512 px tiles, as MapLibre) → pixel coordinates at `zoom`. */
export function project([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [((lon + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
}

/** Map width beside the text column on a wide screen (the CSS grid's `max(352px, 36%)` column). */
const mapWidth = (viewport: { width: number }, narrow: boolean) =>
  narrow ? viewport.width : viewport.width - Math.max(352, viewport.width * 0.36);

/**
 * The map shows the step's camera as the story defines it: the same centre and zoom, or the
 * step's bounds all on screen and fitted tightly (one side fills at least half the map).
 */
export function expectCamera(
  story: Story,
  snap: MapSnapshot,
  index: number,
  viewport: { width: number; height: number },
  narrow: boolean,
): void {
  const { camera } = targetState(story, index, { narrow });
  expect(snap.camera.bearing).toBeCloseTo(camera.bearing, 1);
  expect(snap.camera.pitch).toBeCloseTo(camera.pitch, 1);
  if (camera.center && camera.zoom !== undefined) {
    expect(snap.camera.zoom).toBeCloseTo(camera.zoom, 1);
    expect(snap.camera.center[0]).toBeCloseTo(camera.center[0], 3);
    expect(snap.camera.center[1]).toBeCloseTo(camera.center[1], 3);
    return;
  }
  const [cx, cy] = project(snap.camera.center, snap.camera.zoom);
  const [[w, s], [e, n]] = camera.bounds!;
  const [x0, y0] = project([w, n], snap.camera.zoom);
  const [x1, y1] = project([e, s], snap.camera.zoom);
  const width = mapWidth(viewport, narrow);
  const half = { x: width / 2 + 1, y: viewport.height / 2 + 1 };
  expect(cx - x0).toBeLessThanOrEqual(half.x);
  expect(x1 - cx).toBeLessThanOrEqual(half.x);
  expect(cy - y0).toBeLessThanOrEqual(half.y);
  expect(y1 - cy).toBeLessThanOrEqual(half.y);
  expect(Math.max((x1 - x0) / width, (y1 - y0) / viewport.height)).toBeGreaterThan(0.5);
}

/**
 * What overlaps at the map's last placement (needs `?debug`): each pair of labels, icons or arrow
 * heads that overlap, or that nothing was placed at all. Placement is MapLibre's, by priority
 * (src/map/style.ts orders the layers; every symbol layer obeys collisions, style.test.ts); this
 * reads what it placed, src/map/placedLabels.ts.
 */
export async function labelProblems(page: Page): Promise<string[]> {
  const { shapes, overlaps } = await page.evaluate(() => window.storyDebug!.labelOverlaps());
  if (shapes === 0) return ['no symbol placed'];
  return overlaps.map(({ a, b, at }) => `${a} overlaps ${b} at ${at.map(Math.round).join(',')}`);
}
