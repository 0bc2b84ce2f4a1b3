/**
 * One first load, for the comparison with the story-map template: a page opened in a fresh browser
 * context (empty cache), CPU throttled, at desktop size, until its map is first idle on the first
 * step; with its first contentful paint and what its server sent until then.
 *
 * When the map is first idle:
 * - ours: the first time `<html data-map-ready>` turns "true" (the map idle with the step's state
 *   applied), seen by a MutationObserver installed before the page's scripts, as probe.ts does;
 * - the template: the first `idle` event of its map. Its inline script creates the map as a global,
 *   `var map = new maplibregl.Map(…)`; an accessor for `window.map`, defined before the page's
 *   scripts, sees that assignment and adds a `once('idle')` listener in the same statement, before
 *   the map can have done anything. The page's code is not touched; `var map` keeps using the
 *   accessor, as a var declaration does for a property the global object already has.
 */
import type { Browser } from 'playwright-core';
import type { PlainServer, Served } from './servePlain.ts';

/** What the in-page watcher records, in `performance.now()` ms. */
interface Seen {
  idle?: number;
  /** Long tasks of the page's main thread: start and duration. */
  longTasks: [number, number][];
  /** The template's map: its `load` event and each camera move started before idle. */
  load?: number;
  moves: number[];
}
type SeenWindow = Window & { __firstLoad: Seen };

export interface FirstLoad {
  fcpMs: number;
  idleMs: number;
  /** Body bytes the server sent for requests that arrived before the map's first idle. */
  bytes: number;
  requests: number;
  /** Those requests: path, bytes, status, and when each arrived (ms after navigation start). */
  served: { path: string; bytes: number; status: number; ms: number }[];
  /** When the last of those requests arrived at the server, ms after navigation start. */
  lastRequestMs: number;
  /** The main thread's long tasks (over 50 ms) begun before the map's first idle, in all. */
  longTasksMs: number;
  /**
   * The page's main thread until the bench saw the idle (it polls every 100 ms), from Chromium's
   * own counters (`Performance.getMetrics`, thread time): all its tasks, and of them script, page
   * layout and style.
   */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** The template's map: its `load` event and the camera moves it started before idle. */
  loadMs?: number;
  movesBeforeIdle?: number[];
  errors: string[];
}

/** Init script for our page: the first time `data-map-ready` turns "true". Self-contained. */
function watchMapReady(): void {
  const seen: Seen = { longTasks: [], moves: [] };
  (window as unknown as SeenWindow).__firstLoad = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (seen.idle === undefined && document.documentElement.dataset.mapReady === 'true')
      seen.idle = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
}

/** Init script for the template: its global `map`'s first `idle`. Self-contained. */
function watchTemplateMap(): void {
  const seen: Seen = { longTasks: [], moves: [] };
  (window as unknown as SeenWindow).__firstLoad = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  interface Evented {
    once?: (type: string, listener: () => void) => void;
    on?: (type: string, listener: () => void) => void;
  }
  let map: unknown;
  Object.defineProperty(window, 'map', {
    configurable: true,
    enumerable: true,
    get: () => map,
    set(value: unknown) {
      map = value;
      const m = value as Evented;
      m.once?.('idle', () => (seen.idle ??= performance.now()));
      m.once?.('load', () => (seen.load = performance.now()));
      m.on?.('movestart', () => {
        if (seen.idle === undefined) seen.moves.push(performance.now());
      });
    },
  });
}

/**
 * Open `server`'s page in a fresh context of `browser` and wait for its map's first idle.
 * @throws when the page or its workers request anything from another origin
 */
export async function firstLoad(
  browser: Browser,
  server: PlainServer,
  {
    watch,
    throttle,
    viewport,
  }: { watch: 'ours' | 'template'; throttle: number; viewport: { width: number; height: number } },
): Promise<FirstLoad> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
    reducedMotion: 'no-preference',
  });
  try {
    const watcher = watch === 'ours' ? watchMapReady : watchTemplateMap;
    // `__name`: tsx keeps function names with a helper the page does not have.
    await context.addInitScript({ content: `var __name = (f) => f; (${watcher.toString()})();` });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const origin = new URL(server.base).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    // Requests of the page and of its workers (Playwright reports a dedicated worker's on its page).
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:')
        foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const first = server.log.length;
    await page.goto(server.base);
    await page.waitForFunction(() => (window as unknown as SeenWindow).__firstLoad.idle !== undefined, null, {
      timeout: 180_000,
      polling: 100,
    });
    const { seen, fcp, timeOrigin } = await page.evaluate(() => ({
      seen: (window as unknown as SeenWindow).__firstLoad,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      timeOrigin: performance.timeOrigin,
    }));
    const metrics = new Map(
      (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value * 1000]),
    );
    const idleAt = timeOrigin + seen.idle!;
    const before = server.log.slice(first).filter((r) => r.at <= idleAt);
    // A response still going out at the idle moment is counted whole: wait until it is.
    const until = Date.now() + 30_000;
    while (before.some((r) => r.status === 0) && Date.now() < until) await page.waitForTimeout(50);
    if (foreign.length) {
      throw new Error(`${watch}: ${foreign.length} request(s) left ${origin}:\n  ${foreign.join('\n  ')}`);
    }
    return {
      fcpMs: fcp,
      idleMs: seen.idle!,
      bytes: before.reduce((sum, r: Served) => sum + r.bytes, 0),
      requests: before.length,
      lastRequestMs: Math.max(...before.map((r) => r.at)) - timeOrigin,
      longTasksMs: seen.longTasks.filter(([t]) => t < seen.idle!).reduce((sum, [, d]) => sum + d, 0),
      taskMs: metrics.get('TaskDuration') ?? NaN,
      scriptMs: metrics.get('ScriptDuration') ?? NaN,
      layoutMs: metrics.get('LayoutDuration') ?? NaN,
      styleMs: metrics.get('RecalcStyleDuration') ?? NaN,
      served: before.map(({ path, bytes, status, at }) => ({
        path,
        bytes,
        status,
        ms: Math.round(at - timeOrigin),
      })),
      ...(watch === 'template' ? { loadMs: seen.load, movesBeforeIdle: seen.moves } : {}),
      errors,
    };
  } finally {
    await context.close();
  }
}
