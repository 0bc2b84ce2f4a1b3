import type { Browser } from 'playwright-core';
import { PHONE } from '../viewports.ts';
import { mark, open, readProbe, ready, scrollStepTo } from './page.ts';
import type { BenchContext, Run } from './run.ts';
import { frameTimes, inside, max, owner, quantile, ranges } from './stats.ts';

/** What counts as geometry in the budget: the GeoJSON layers, and the relief image under them. */
const isGeometry = (path: string) => path.endsWith('.geojson') || /\/relief-[^/]*\.png$/.test(path);

/**
 * Text first, payload and step changes: the page loads, then real wheel input scrolls down through
 * every step, waiting for the map each time, and slowly through each step that morphs a front.
 */
export async function scrollRun(
  browser: Browser,
  { base, steps, throttle, log }: BenchContext,
  run: number,
): Promise<
  Omit<Run, 'jumpFromScrollMs' | 'jumpToReadyMs' | 'jumpSettle' | 'jumpFinal' | 'memory' | 'seconds'>
> {
  const { page, requests, errors } = await open(browser, base, '', { throttle });

  // Text first: first contentful paint, then the first map idle.
  await ready(page, steps[0]!.id);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  const mapReadyMs = (await readProbe(page)).states.find((s) => s.ready)!.t;
  const beforeIdle = requests.filter((r) => r.at <= timeOrigin + mapReadyMs).map((r) => r.path);
  const firstScreenScripts = [...new Set(beforeIdle.filter((p) => /\.m?js$/.test(p)))];
  const firstScreenText = [...new Set(beforeIdle.filter((p) => /\/assets\/[^/]+\.json$/.test(p)))];
  const geoBeforeIdle = new Set(beforeIdle.filter(isGeometry)).size;
  log(run, `loaded: FCP ${fcpMs.toFixed(0)} ms, map idle ${mapReadyMs.toFixed(0)} ms`);

  // Step changes: real wheel input down through every step, slowly through the morphing ones.
  await page.mouse.move(PHONE.width / 2, PHONE.height * 0.8);
  await mark(page, 'scroll');
  for (let i = 1; i < steps.length; i++) {
    await scrollStepTo(page, steps[i]!.id, 0, 120, 16);
    await ready(page, steps[i]!.id);
    if (steps[i]!.motion?.front) {
      await mark(page, 'morph');
      await scrollStepTo(page, steps[i]!.id, 0.92, 16, 40);
      await mark(page, 'morph-end');
      await ready(page, steps[i]!.id);
    }
  }
  await mark(page, 'scroll-end');
  const probe = await readProbe(page);
  const scrolling = ranges(probe, 'scroll', 'scroll-end');
  const morphing = ranges(probe, 'morph', 'morph-end');
  const tasks = probe.longTasks.filter((t) => inside(t.start, scrolling)).map((t) => t.duration);
  const scripts = probe.frames.filter((f) => inside(f.start, scrolling)).flatMap((f) => f.scripts);
  const appScripts = scripts
    .filter((s) => owner(s.url, base) === 'app')
    .sort((a, b) => b.duration - a.duration);
  const app = appScripts.map((s) => s.duration);
  const layouts = probe.frames.filter((f) => inside(f.start, scrolling)).map((f) => f.layout);
  log(run, `scrolled through ${steps.length} steps`);

  const geoFetched = [...new Set(requests.map((r) => r.path).filter(isGeometry))];
  await page.context().close();

  return {
    firstScreenScripts,
    firstScreenText,
    geoFetched,
    geoBeforeIdle,
    fcpMs,
    mapReadyMs,
    longestTaskMs: max(tasks),
    longTasksOver50: tasks.filter((d) => d > 50).length,
    longestAppScriptMs: max(app),
    appScriptsOver50: app.filter((d) => d > 50).length,
    longestMaplibreScriptMs: max(
      scripts.filter((s) => owner(s.url, base) === 'maplibre').map((s) => s.duration),
    ),
    longestLayoutMs: max(layouts),
    topAppScripts: appScripts.slice(0, 5).map((s) => ({
      file: s.url.replace(base, ''),
      invoker: s.invoker,
      ms: Math.round(s.duration),
    })),
    frameP95ScrollMs: quantile(frameTimes(probe, scrolling, morphing), 0.95),
    frameP95MorphMs: quantile(frameTimes(probe, morphing), 0.95),
    errors,
  };
}
