/**
 * The app benchmark (issue 11): builds the app, serves it on 127.0.0.1, drives headless Chromium
 * (SwiftShader WebGL, phone-sized, CPU throttled 4× to stand in for a mid-range phone) through
 * load, a scroll through every step, 200 random jumps and ten passes through the story, and prints
 * each figure with its budget, pass or fail. The whole measurement runs `--runs` times (default 3)
 * and the median of each figure is reported (the count of wrong final states is summed).
 *
 *   npm run bench                          (builds into a temporary folder first)
 *   npm run bench -- --runs 5 --no-build   (serves dist/ as `npm run build` left it)
 *   npm run bench -- --throttle 1          (no CPU throttling)
 *
 * Writes every figure, each run's raw values and the machine to bench-results/bench.json. Exits
 * non-zero when a budget fails. Not part of `npm test`: it takes minutes and its figures depend on
 * the machine. How each figure is measured is in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { ensureChromium } from '../ensure-chromium.mjs';
import { serveBuild } from '../serveBuild.ts';
import { CHROMIUM_ARGS } from '../chromiumArgs.ts';
import { readStory } from '../storyFiles.ts';
import { installProbe, type Probe, type ProbeWindow } from './probe.ts';
import { distFile, entryStyles, gzipSize, maplibreBundle, staticEntryScripts } from './sizes.ts';
import { heapSizes, type HeapSizes, type HeapSnapshot } from './heapSnapshot.ts';
import { settle, type Settle } from './settle.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const RUNS = Math.max(1, Number(arg('runs', '3')));
const THROTTLE = Number(arg('throttle', '4'));
const JUMPS = 200;
const PASSES = 10;
/** A phone's CSS viewport, at 1 device pixel per CSS pixel (SwiftShader draws on the CPU). */
const PHONE = { width: 390, height: 844 };
/**
 * The random jumps run on the story test's desktop viewport: on a phone the sources list covers
 * the timeline at the end of the story, so a timeline click there would wait forever.
 */
const DESKTOP = { width: 1440, height: 900 };
/** The scroller's trigger line, as a fraction of the viewport height (StepList.svelte). */
const TRIGGER = 0.6;
const KB = 1024;

const story = readStory('stories/korean-war.yaml');
const steps = story.steps;
const started = Date.now();
const loadBefore = os.loadavg();

const server = await serveBuild('bench');
const { dist, base } = server;

// ---------------------------------------------------------------------------------------------
// Driving a page

interface Opened {
  page: Page;
  cdp: CDPSession;
  /** Every request the page and its workers made, with when (epoch ms). */
  requests: { path: string; at: number }[];
  errors: string[];
}

/**
 * A new page at `query`, in a context of its own. `probe`: record with {@link installProbe} (off
 * for the memory figures, whose heap the probe's records would add to).
 */
async function open(
  browser: Browser,
  query: string,
  {
    throttle = 1,
    viewport = PHONE,
    probe = true,
  }: { throttle?: number; viewport?: typeof PHONE; probe?: boolean },
): Promise<Opened> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: viewport.width < 600,
    locale: 'en-US',
    reducedMotion: 'no-preference',
  });
  // `__name`: tsx keeps function names with a helper the page does not have.
  if (probe)
    await context.addInitScript({ content: `var __name = (f) => f; (${installProbe.toString()})();` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const opened: Opened = { page, cdp, requests: [], errors: [] };
  page.on('request', (r) => opened.requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  page.on('console', (m) => m.type() === 'error' && opened.errors.push(m.text()));
  page.on('pageerror', (e) => opened.errors.push(String(e)));
  await page.goto(new URL(query, base).href);
  return opened;
}

/** Wait until the map has applied the active step (optionally: this one) and is idle. */
async function ready(page: Page, stepId?: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const d = document.documentElement.dataset;
      return d.mapReady === 'true' && (!id || d.step === id);
    },
    stepId,
    { timeout, polling: 100 },
  );
}

async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    (window as unknown as ProbeWindow).__bench.marks.push({ name: n, t: performance.now() });
  }, name);
}

const readProbe = (page: Page): Promise<Probe> =>
  page.evaluate(() => (window as unknown as ProbeWindow).__bench);

/** Wheel by `dy` CSS pixels as a reader would: notches of at most `notch` px, `pause` ms apart. */
async function wheel(page: Page, dy: number, notch: number, pause: number): Promise<void> {
  const n = Math.max(1, Math.ceil(Math.abs(dy) / notch));
  for (let k = 0; k < n; k++) {
    await page.mouse.wheel(0, dy / n);
    await page.waitForTimeout(pause);
  }
}

/**
 * Scroll step `index`'s top just past the trigger line (`fraction` 0) or the trigger line
 * `fraction` of the way through the step.
 */
async function scrollStepTo(page: Page, index: number, fraction: number, notch: number, pause: number) {
  const id = steps[index]!.id;
  for (let attempt = 0; attempt < 4; attempt++) {
    const dy = await page.evaluate(
      ({ id, f, trigger }) => {
        const box = document.querySelector(`[data-step-id="${id}"]`)!.getBoundingClientRect();
        return box.top + f * box.height - innerHeight * trigger + 8;
      },
      { id, f: fraction, trigger: TRIGGER },
    );
    if (Math.abs(dy) > 4) await wheel(page, dy, notch, pause);
    const active = await page
      .waitForFunction((i) => document.documentElement.dataset.step === i, id, {
        timeout: 3000,
        polling: 100,
      })
      .then(
        () => true,
        () => false,
      );
    if (active && Math.abs(dy) <= 40) return;
  }
  throw new Error(`could not scroll to step "${id}"`);
}

interface MapSnapshot {
  step: string;
  ready: boolean;
  layers: string;
  camera: string;
  /** The step under the trigger line by the page's geometry. */
  underTrigger: string;
}

const snapshot = (page: Page): Promise<MapSnapshot> =>
  page.evaluate((trigger) => {
    const d = document.documentElement.dataset;
    const map = document.querySelector<HTMLElement>('[data-map]')!;
    let underTrigger = '';
    for (const el of document.querySelectorAll<HTMLElement>('[data-step-id]'))
      if (!underTrigger || el.getBoundingClientRect().top <= innerHeight * trigger)
        underTrigger = el.dataset.stepId!;
    return {
      step: d.step ?? '',
      ready: d.mapReady === 'true',
      layers: map.dataset.layers ?? '',
      camera: map.dataset.camera ?? '',
      underTrigger,
    };
  }, TRIGGER);

/** The page's final state: ready on the step under the trigger line, unchanged for 500 ms. */
async function finalState(page: Page, timeout = 60_000): Promise<MapSnapshot | undefined> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const a = await snapshot(page);
    if (a.ready && a.step === a.underTrigger) {
      await page.waitForTimeout(500);
      const b = await snapshot(page);
      if (JSON.stringify(a) === JSON.stringify(b)) return b;
    } else {
      await page.waitForTimeout(100);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading the probe

type Range = [number, number];

/** The time ranges between marks named `from` and the next `to`. */
function ranges(probe: Probe, from: string, to: string): Range[] {
  const out: Range[] = [];
  let open: number | undefined;
  for (const m of probe.marks) {
    if (m.name === from) open = m.t;
    else if (m.name === to && open !== undefined) {
      out.push([open, m.t]);
      open = undefined;
    }
  }
  return out;
}

const inside = (t: number, rs: Range[]) => rs.some(([a, b]) => t >= a && t < b);

/** Frame lengths (ms between animation frames) of frames that ended inside `rs` and not in `not`. */
function frameTimes(probe: Probe, rs: Range[], not: Range[] = []): number[] {
  const out: number[] = [];
  for (let k = 1; k < probe.raf.length; k++) {
    const t = probe.raf[k]!;
    if (inside(t, rs) && !inside(t, not)) out.push(t - probe.raf[k - 1]!);
  }
  return out;
}

/** Whose code a script of a long animation frame is: MapLibre's chunk, the app's, or neither. */
function owner(url: string): 'maplibre' | 'app' | 'other' {
  if (!url.startsWith(base)) return 'other';
  return /\/assets\/maplibre-gl[^/]*$/.test(url) ? 'maplibre' : 'app';
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const median = (values: number[]) => quantile(values, 0.5);
const max = (values: number[]) => (values.length ? Math.max(...values) : 0);

// ---------------------------------------------------------------------------------------------
// One run

interface Run {
  /** URL paths of the scripts fetched before the first map idle. */
  firstScreenScripts: string[];
  /** URL paths of every GeoJSON file fetched during the run, and how many before the first idle. */
  geoFetched: string[];
  geoBeforeIdle: number;
  fcpMs: number;
  mapReadyMs: number;
  longestTaskMs: number;
  longTasksOver50: number;
  longestAppScriptMs: number;
  appScriptsOver50: number;
  longestMaplibreScriptMs: number;
  /** The longest style-and-layout pass of a long frame (the browser laying out the page). */
  longestLayoutMs: number;
  /** The app's five longest scripts while scrolling: file, what called it, how long. */
  topAppScripts: { file: string; invoker: string; ms: number }[];
  frameP95ScrollMs: number;
  frameP95MorphMs: number;
  /** The page's last scroll → the map ready on the final step (the budgeted figure). */
  jumpFromScrollMs: number;
  /** The last input's time stamp → the map ready. */
  jumpToReadyMs: number;
  /** The same times, and the second cut into its parts (undefined when the page never settled). */
  jumpSettle: Settle | undefined;
  jumpFinal: {
    step: string;
    wrong: boolean;
    why: string;
    /** Each change of step or readiness after the last input, ms after it. */
    after: { ms: number; ready: boolean; step: string }[];
  };
  /**
   * After each pass through the story: heap (MB, after a full GC), style layers, sources, DOM
   * nodes; after the first and the last pass also the compiled code in the heap (a heap snapshot).
   */
  memory: { heapMB: number; codeMB?: number; layers: number; sources: number; domNodes: number }[];
  errors: string[];
  seconds: number;
}

/**
 * Text first, payload and step changes: the page loads, then real wheel input scrolls down through
 * every step, waiting for the map each time, and slowly through each step that morphs a front.
 */
async function scrollRun(
  browser: Browser,
  run: number,
): Promise<
  Omit<Run, 'jumpFromScrollMs' | 'jumpToReadyMs' | 'jumpSettle' | 'jumpFinal' | 'memory' | 'seconds'>
> {
  const { page, requests, errors } = await open(browser, '', { throttle: THROTTLE });

  // Text first: first contentful paint, then the first map idle.
  await ready(page, steps[0]!.id);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  const mapReadyMs = (await readProbe(page)).states.find((s) => s.ready)!.t;
  const beforeIdle = requests.filter((r) => r.at <= timeOrigin + mapReadyMs).map((r) => r.path);
  const firstScreenScripts = [...new Set(beforeIdle.filter((p) => /\.m?js$/.test(p)))];
  const geoBeforeIdle = new Set(beforeIdle.filter((p) => p.endsWith('.geojson'))).size;
  log(run, `loaded: FCP ${fcpMs.toFixed(0)} ms, map idle ${mapReadyMs.toFixed(0)} ms`);

  // Step changes: real wheel input down through every step, slowly through the morphing ones.
  await page.mouse.move(PHONE.width / 2, PHONE.height * 0.8);
  await mark(page, 'scroll');
  for (let i = 1; i < steps.length; i++) {
    await scrollStepTo(page, i, 0, 120, 16);
    await ready(page, steps[i]!.id);
    if (steps[i]!.motion?.front) {
      await mark(page, 'morph');
      await scrollStepTo(page, i, 0.92, 16, 40);
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
  const appScripts = scripts.filter((s) => owner(s.url) === 'app').sort((a, b) => b.duration - a.duration);
  const app = appScripts.map((s) => s.duration);
  const layouts = probe.frames.filter((f) => inside(f.start, scrolling)).map((f) => f.layout);
  log(run, `scrolled through ${steps.length} steps`);

  const geoFetched = [...new Set(requests.map((r) => r.path).filter((p) => p.endsWith('.geojson')))];
  await page.context().close();

  return {
    firstScreenScripts,
    geoFetched,
    geoBeforeIdle,
    fcpMs,
    mapReadyMs,
    longestTaskMs: max(tasks),
    longTasksOver50: tasks.filter((d) => d > 50).length,
    longestAppScriptMs: max(app),
    appScriptsOver50: app.filter((d) => d > 50).length,
    longestMaplibreScriptMs: max(scripts.filter((s) => owner(s.url) === 'maplibre').map((s) => s.duration)),
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

/**
 * Fast scroll: the story test's 200 random jumps (keys, wheel flings of any size, timeline clicks),
 * then the time from the page's last scroll (and from the last input) to the map ready on the step
 * under the trigger line, and whether that map is exactly the one a fresh deep link to the step
 * gives.
 */
async function jumpsRun(
  browser: Browser,
  run: number,
): Promise<Pick<Run, 'jumpFromScrollMs' | 'jumpToReadyMs' | 'jumpSettle' | 'jumpFinal'>> {
  const { page } = await open(browser, '', { throttle: THROTTLE, viewport: DESKTOP });
  await ready(page, steps[0]!.id);
  let seed = 42 + run - 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const marks = page.locator('.timeline .mark');
  const keys = ['End', 'Home', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'];
  await page.mouse.move(DESKTOP.width * 0.2, DESKTOP.height / 2);
  for (let i = 0; i < JUMPS; i++) {
    const kind = i % 4;
    if (kind === 0) await page.keyboard.press(keys[Math.floor(random() * keys.length)]!);
    else if (kind === 1) await marks.nth(Math.floor(random() * steps.length)).click();
    else await page.mouse.wheel(0, (random() - 0.5) * (kind === 2 ? 800 : 8000));
    if (i % 25 === 0) await page.waitForTimeout(30);
  }
  const final = await finalState(page);
  const probe = await readProbe(page);
  await page.context().close();
  if (!final) {
    const why = 'never settled on the step under the trigger line';
    log(run, `${JUMPS} jumps: WRONG: ${why}`);
    return {
      jumpFromScrollMs: Infinity,
      jumpToReadyMs: Infinity,
      jumpSettle: undefined,
      jumpFinal: { step: '', wrong: true, why, after: [] },
    };
  }
  // The same step by a fresh deep link (not throttled: only its final state matters).
  const link = await open(browser, `?step=${final.step}`, { viewport: DESKTOP });
  await ready(link.page, final.step);
  const expected = await snapshot(link.page);
  await link.page.context().close();
  const wrong = expected.layers !== final.layers || expected.camera !== final.camera;
  const why = wrong ? `${final.layers} ${final.camera}, deep link ${expected.layers} ${expected.camera}` : '';
  const lastInput = max(probe.inputs);
  const last = probe.inputs.lastIndexOf(lastInput);
  const lastReady = probe.states.filter((s) => s.ready).at(-1)!.t;
  const jumpSettle = settle({ stamped: lastInput, seen: probe.inputsSeen[last]! }, probe.scrolls, lastReady);
  const { fromScrollMs: jumpFromScrollMs, totalMs: jumpToReadyMs } = jumpSettle;
  const parts = `delivered ${jumpSettle.deliveryMs.toFixed(0)}, scrolled ${jumpSettle.scrollMs?.toFixed(0) ?? '–'}, map ${jumpSettle.mapMs.toFixed(0)}`;
  log(
    run,
    `${JUMPS} jumps: "${final.step}" ready ${jumpFromScrollMs.toFixed(0)} ms after the last scroll, ${jumpToReadyMs.toFixed(0)} ms after the last input (${parts})${wrong ? `, WRONG: ${why}` : ''}`,
  );
  const after = probe.states
    .filter((s) => s.t >= lastInput)
    .map((s) => ({ ms: Math.round(s.t - lastInput), ready: s.ready, step: s.step }));
  return { jumpFromScrollMs, jumpToReadyMs, jumpSettle, jumpFinal: { step: final.step, wrong, why, after } };
}

/**
 * Memory: ten passes through the story by keyboard (↓ through every step, each applied and drawn,
 * then Home), with the heap (after a full garbage collection) and MapLibre's style layer and
 * source counts after the first pass and after the tenth. Not CPU-throttled: the figures do not
 * depend on the CPU's speed, only the time to get them does.
 */
async function memoryRun(browser: Browser): Promise<Run['memory']> {
  const { page, cdp } = await open(browser, '?debug', { probe: false });
  await ready(page, steps[0]!.id);
  const samples: Run['memory'] = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((id) => document.documentElement.dataset.step === id, steps[i]!.id, {
        polling: 'raf',
      });
      // Two frames: the step's state is applied and drawn before the next key.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
    }
    await ready(page, steps.at(-1)!.id);
    await page.keyboard.press('Home');
    await ready(page, steps[0]!.id);
    // Every pass, though only the first and the last are judged: the JSON shows the trend.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const counts = await page.evaluate(() => ({
      ...window.koreanWarDebug!.mapStats(),
      domNodes: document.getElementsByTagName('*').length,
    }));
    const codeMB = pass === 1 || pass === PASSES ? (await snapshotSizes(cdp)).code / 2 ** 20 : undefined;
    const mb = (x: number) => Math.round(x * 100) / 100;
    samples.push({
      heapMB: mb(heap.usedSize / 2 ** 20),
      ...(codeMB === undefined ? {} : { codeMB: mb(codeMB) }),
      ...counts,
    });
  }
  await page.context().close();
  return samples;
}

/** Sizes from a heap snapshot of the page (streamed in chunks over the DevTools protocol). */
async function snapshotSizes(cdp: CDPSession): Promise<HeapSizes> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return heapSizes(JSON.parse(chunks.join('')) as HeapSnapshot);
}

function log(run: number, message: string) {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`${s} s  run ${run}/${RUNS}  ${message}`);
}

// ---------------------------------------------------------------------------------------------
// All runs, then the figures

const runs: Run[] = [];
let chromiumVersion = '';
for (let run = 1; run <= RUNS; run++) {
  const t0 = Date.now();
  // A fresh browser per run, so that no run inherits another's caches or heap.
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS],
  });
  chromiumVersion = browser.version();
  try {
    const scroll = await scrollRun(browser, run);
    const jumps = await jumpsRun(browser, run);
    const memory = await memoryRun(browser);
    const [first, last] = [memory[0]!, memory.at(-1)!];
    log(
      run,
      `memory: heap ${first.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB, of which compiled code ${first.codeMB?.toFixed(1)} → ${last.codeMB?.toFixed(1)} MB`,
    );
    runs.push({ ...scroll, ...jumps, memory, seconds: (Date.now() - t0) / 1000 });
  } finally {
    await browser.close();
  }
}
await server.close();

const maplibre = maplibreBundle();
const sizeOf = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSize(distFile(dist, p)), 0);
const firstScreen = [...new Set(runs.flatMap((r) => r.firstScreenScripts))].sort();
const initialJs = sizeOf(firstScreen);
const maplibreChunks = firstScreen.filter((p) => /\/maplibre-gl/.test(p));
const appJs = initialJs - sizeOf(maplibreChunks);
const staticJs = sizeOf(staticEntryScripts(dist));
const cssGz = sizeOf(entryStyles(dist));
const jsBudget = maplibre.main + maplibre.worker + 60 * KB;
const geo = [...new Set(runs.flatMap((r) => r.geoFetched))].sort();
const geoGz = sizeOf(geo);

const med = (f: (r: Run) => number) => median(runs.map(f));
const growth = (f: (m: Run['memory'][number]) => number) =>
  med((r) => (f(r.memory.at(-1)!) - f(r.memory[0]!)) / f(r.memory[0]!));
const memo = (f: (m: Run['memory'][number]) => number, digits = 0) =>
  `${med((r) => f(r.memory[0]!)).toFixed(digits)} → ${med((r) => f(r.memory.at(-1)!)).toFixed(digits)}`;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x: number) => `${Number.isFinite(x) ? x.toFixed(0) : '∞'} ms`;

/**
 * The fast scroll's settle in its parts, each the median over the runs that settled (a part is
 * left out of a run whose last input did not scroll the page).
 */
function settleRows(): Figure[] {
  const parts: [string, (s: Settle) => number | undefined][] = [
    ['    input → the page sees it', (s) => s.deliveryMs],
    ["    → the page's last scroll", (s) => s.scrollMs],
    ['    → the map ready', (s) => s.mapMs],
  ];
  return parts.map(([name, part]) => {
    const values = runs.flatMap((r) => {
      const v = r.jumpSettle && part(r.jumpSettle);
      return v === undefined ? [] : [v];
    });
    const value = values.length ? median(values) : NaN;
    return { name, value: values.length ? ms(value) : '–', budget: '', number: value };
  });
}

interface Figure {
  name: string;
  value: string;
  budget: string;
  /** undefined: reported, without a budget. */
  pass?: boolean;
  /** The number behind the value, for the JSON file. */
  number: number;
}

const fcp = med((r) => r.fcpMs);
const mapReady = med((r) => r.mapReadyMs);
const wrong = runs.filter((r) => r.jumpFinal.wrong).length;
const heapGrowth = growth((m) => m.heapMB);
const codeOf = (m: Run['memory'][number]) => m.codeMB ?? 0;
const withoutCode = (m: Run['memory'][number]) => m.heapMB - codeOf(m);
const codeGrowth = growth(codeOf);
const dataGrowth = growth(withoutCode);
const layerGrowth = growth((m) => m.layers);
const sourceGrowth = growth((m) => m.sources);
const figures: Figure[] = [
  {
    name: 'initial JS, first screen (gzip)',
    value: `${kb(initialJs)} (app ${kb(appJs)})`,
    budget: `≤ ${kb(jsBudget)}`,
    pass: initialJs <= jsBudget,
    number: initialJs,
  },
  {
    name: '  MapLibre bundle (main + worker)',
    value: `${kb(maplibre.main)} + ${kb(maplibre.worker)}`,
    budget: '+ 60 KB',
    number: maplibre.main + maplibre.worker,
  },
  { name: '  of which index.html loads statically', value: kb(staticJs), budget: '', number: staticJs },
  { name: 'CSS (gzip)', value: kb(cssGz), budget: '', number: cssGz },
  {
    name: 'geometry payload (gzip)',
    value: `${kb(geoGz)}, ${geo.length} files`,
    budget: '≤ 400 KB',
    pass: geoGz <= 400 * KB,
    number: geoGz,
  },
  {
    name: '  geometry files before first idle',
    value: `${med((r) => r.geoBeforeIdle)} of ${geo.length}`,
    budget: '',
    number: med((r) => r.geoBeforeIdle),
  },
  { name: 'first contentful paint', value: ms(fcp), budget: '', number: fcp },
  { name: 'first map idle', value: ms(mapReady), budget: '', number: mapReady },
  {
    name: 'text first (FCP before map idle)',
    value: `${ms(mapReady - fcp)} earlier`,
    budget: 'FCP < idle',
    pass: runs.every((r) => r.fcpMs < r.mapReadyMs),
    number: mapReady - fcp,
  },
  {
    name: 'longest task of the app (steps)',
    value: ms(med((r) => r.longestAppScriptMs)),
    budget: '< 50 ms',
    pass: med((r) => r.longestAppScriptMs) < 50,
    number: med((r) => r.longestAppScriptMs),
  },
  {
    name: '  app tasks > 50 ms',
    value: String(med((r) => r.appScriptsOver50)),
    budget: '',
    number: med((r) => r.appScriptsOver50),
  },
  {
    name: '  longest MapLibre task',
    value: ms(med((r) => r.longestMaplibreScriptMs)),
    budget: '',
    number: med((r) => r.longestMaplibreScriptMs),
  },
  {
    name: '  longest long task, all',
    value: ms(med((r) => r.longestTaskMs)),
    budget: '',
    number: med((r) => r.longestTaskMs),
  },
  {
    name: '  long tasks > 50 ms, all',
    value: String(med((r) => r.longTasksOver50)),
    budget: '',
    number: med((r) => r.longTasksOver50),
  },
  {
    name: 'frame time p95, scrolling',
    value: ms(med((r) => r.frameP95ScrollMs)),
    budget: '',
    number: med((r) => r.frameP95ScrollMs),
  },
  {
    name: 'frame time p95, morphing fronts',
    value: ms(med((r) => r.frameP95MorphMs)),
    budget: '',
    number: med((r) => r.frameP95MorphMs),
  },
  {
    name: `${JUMPS} jumps: last scroll → map ready`,
    value: ms(med((r) => r.jumpFromScrollMs)),
    budget: '< 1000 ms',
    pass: med((r) => r.jumpFromScrollMs) < 1000,
    number: med((r) => r.jumpFromScrollMs),
  },
  {
    name: '  last input → map ready',
    value: ms(med((r) => r.jumpToReadyMs)),
    budget: '',
    number: med((r) => r.jumpToReadyMs),
  },
  ...settleRows(),
  {
    name: `${JUMPS} jumps: wrong final states`,
    value: `${wrong} of ${RUNS}`,
    budget: '0',
    pass: wrong === 0,
    number: wrong,
  },
  {
    name: `JS heap, 1 → ${PASSES} passes (MB)`,
    value: `${memo((m) => m.heapMB, 1)} (${pct(heapGrowth)})`,
    budget: '',
    number: heapGrowth,
  },
  {
    name: '  of which compiled code',
    value: `${memo(codeOf, 1)} (${pct(codeGrowth)})`,
    budget: '',
    number: codeGrowth,
  },
  {
    name: '  without compiled code',
    value: `${memo(withoutCode, 1)} (${pct(dataGrowth)})`,
    budget: '≤ +10 %',
    pass: dataGrowth <= 0.1,
    number: dataGrowth,
  },
  {
    name: `map style layers, 1 → ${PASSES}`,
    value: memo((m) => m.layers),
    budget: '≤ +10 %',
    pass: layerGrowth <= 0.1,
    number: layerGrowth,
  },
  {
    name: `map sources, 1 → ${PASSES}`,
    value: memo((m) => m.sources),
    budget: '≤ +10 %',
    pass: sourceGrowth <= 0.1,
    number: sourceGrowth,
  },
  {
    name: `DOM nodes, 1 → ${PASSES}`,
    value: memo((m) => m.domNodes),
    budget: '',
    number: growth((m) => m.domNodes),
  },
];

const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
const commit = `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--', 'src', 'stories', 'geo']) ? ' + uncommitted changes' : ''}`;
const cpus = os.cpus();
const machine = {
  cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion,
  loadAverage: { before: loadBefore, after: os.loadavg() },
};
const minutes = (Date.now() - started) / 60000;
console.log(
  `\napp benchmark: median of ${RUNS} run${RUNS > 1 ? 's' : ''}, CPU throttled ${THROTTLE}×, ` +
    `${PHONE.width}×${PHONE.height} viewport (jumps ${DESKTOP.width}×${DESKTOP.height}), ${minutes.toFixed(1)} min`,
);
console.log(
  `commit ${commit}; machine: ${machine.cpu}, Chromium ${machine.chromium}, load average ` +
    `${machine.loadAverage.before[0]!.toFixed(2)} before, ${machine.loadAverage.after[0]!.toFixed(2)} after`,
);
console.log(`${'figure'.padEnd(38)} ${'value'.padEnd(30)} ${'budget'.padEnd(12)} result`);
for (const f of figures) {
  const result = f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL';
  console.log(`${f.name.padEnd(38)} ${f.value.padEnd(30)} ${f.budget.padEnd(12)} ${result}`);
}
if (initialJs > jsBudget) {
  console.log(
    `\ninitial JS is ${kb(initialJs - jsBudget)} over budget: the app's own first-screen JS is ` +
      `${kb(appJs)} of the 60 KB it may add to MapLibre (${firstScreen.join(', ')})`,
  );
}
for (const r of runs) for (const e of r.errors.slice(0, 5)) console.log(`console error: ${e}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      commit,
      machine,
      settings: {
        runs: RUNS,
        cpuThrottling: THROTTLE,
        viewport: PHONE,
        jumpsViewport: DESKTOP,
        jumps: JUMPS,
        passes: PASSES,
      },
      figures: figures.map(({ name, value, budget, pass, number }) => ({
        name: name.trim(),
        value,
        number,
        budget: budget || null,
        pass: pass ?? null,
      })),
      files: { firstScreenScripts: firstScreen, geometry: geo },
      runs,
    },
    null,
    2,
  )}\n`,
);
console.log('\nwritten to bench-results/bench.json');
process.exit(figures.every((f) => f.pass !== false) ? 0 : 1);
