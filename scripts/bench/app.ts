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
 *   npm run bench -- --compare-only        (only the first load against the story-map template)
 *
 * Then the first-load comparison with the story-map template (compare.ts): our page and the
 * template's, given our first steps and our GeoJSON, loaded alternately at desktop size, `--runs`
 * rounds.
 *
 * Writes every figure, each run's raw values and the machine to bench-results/bench.json. Exits
 * non-zero when a budget fails. Not part of `npm test`: it takes minutes and its figures depend on
 * the machine. How each figure is measured is in docs/performance.md.
 */
import os from 'node:os';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../ensure-chromium.mjs';
import { serveBuild } from '../serveBuild.ts';
import { CHROMIUM_ARGS } from '../chromiumArgs.ts';
import { readStory } from '../storyFiles.ts';
import { compareFirstLoad } from './compare.ts';
import { figuresOf } from './figures.ts';
import { jumpsRun } from './jumpsRun.ts';
import { memoryRun } from './memoryRun.ts';
import { benchOptions } from './options.ts';
import { report } from './report.ts';
import type { BenchContext, Run } from './run.ts';
import { scrollRun } from './scrollRun.ts';

const options = benchOptions(process.argv);
const story = readStory('stories/korean-war.yaml');
const started = Date.now();
const loadBefore = os.loadavg();

const server = await serveBuild('bench');
const { dist, base } = server;

const bench: BenchContext = {
  base,
  steps: story.steps,
  throttle: options.throttle,
  log(run, message) {
    const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
    console.log(`${s} s  run ${run}/${options.runs}  ${message}`);
  },
};

const launch = () => chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS] });
const runs: Run[] = [];
const appRuns = options.compareOnly ? 0 : options.runs;
for (let run = 1; run <= appRuns; run++) {
  const t0 = Date.now();
  // A fresh browser per run, so that no run inherits another's caches or heap.
  const browser = await launch();
  try {
    const scroll = await scrollRun(browser, bench, run);
    const jumps = await jumpsRun(browser, bench, run);
    const memory = await memoryRun(browser, bench);
    const [first, last] = [memory[0]!, memory.at(-1)!];
    bench.log(
      run,
      `memory: heap ${first.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB, of which compiled code ${first.codeMB?.toFixed(1)} → ${last.codeMB?.toFixed(1)} MB`,
    );
    runs.push({ ...scroll, ...jumps, memory, seconds: (Date.now() - t0) / 1000 });
  } finally {
    await browser.close();
  }
}
await server.close();

// First load against the template: a browser of its own, a fresh context for each load.
const browser = await launch();
const chromiumVersion = browser.version();
const comparison = await compareFirstLoad(browser, {
  dist,
  story,
  rounds: options.runs,
  throttle: options.throttle,
  log: (round, message) => {
    const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
    console.log(`${s} s  ${round ? `round ${round}/${options.runs}` : 'template'}  ${message}`);
  },
}).finally(() => browser.close());

const app = options.compareOnly ? undefined : { ...figuresOf(runs, dist), runs };
report({ app, comparison, options, chromiumVersion, started, loadBefore });
const figures = [...(app?.figures ?? []), ...comparison.figures];
process.exit(figures.every((f) => f.pass !== false) ? 0 : 1);
