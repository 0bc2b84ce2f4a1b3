/**
 * Kiosk soak: runs the kiosk's attract loop in headless Chromium, compressed in time, for at
 * least 500 slide changes, and prints the reliability figures with their budgets:
 *
 *   crashes (page crashes and watchdog reloads)   must be 0
 *   JS heap after 10 loops → after the last        must grow less than 10 %
 *   DOM nodes, MapLibre style layers and sources    must be equal before and after
 *   console errors                                  must be 0
 *
 *   npm run soak                      (builds first)
 *   npm run soak -- --changes 1000 --dwell 0.3 --no-build
 *
 * Flights between slides keep their real length; only the time a slide stays (`dwell=`) is cut.
 * Exits non-zero when a budget fails. Not part of `npm test`: it runs for many minutes.
 */
import { chromium, type Page } from 'playwright-core';
import { serveBuild } from './serveBuild.ts';
import { CHROMIUM_ARGS } from './chromiumArgs.ts';
import { ensureChromium } from './ensure-chromium.mjs';
import { readStory } from './storyFiles.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const CHANGES = Number(arg('changes', '500'));
const DWELL = Number(arg('dwell', '0.2'));
const slidesPerLoop = readStory('stories/korean-war.yaml').steps.length + 1; // the title, then each step

const server = await serveBuild('soak');
const { base } = server;

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
const page = await context.newPage();
const errors: string[] = [];
let crashes = 0;
let loads = 0;
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
page.on('crash', () => crashes++);
page.on('load', () => loads++);

interface Sample {
  changes: number;
  heapMB: number;
  domNodes: number;
  layers: number;
  sources: number;
}

/** Count every slide change in the page (survives nothing: a reload would reset it, and count as a crash). */
async function installCounter(p: Page) {
  await p.evaluate(() => {
    const w = window as unknown as { slideChanges: number };
    w.slideChanges = 0;
    new MutationObserver(() => w.slideChanges++).observe(document.documentElement, {
      attributeFilter: ['data-kiosk-slide'],
    });
  });
}

/**
 * Wait until the loop is back at its title with the map drawn, `n` changes or more from the start,
 * and take the figures there: DOM and map counts at that very moment (the loop runs on), then the
 * heap after a full garbage collection.
 */
async function sampleAtTitleAfter(n: number): Promise<Sample> {
  const handle = await page.waitForFunction(
    (min) => {
      const d = document.documentElement.dataset;
      const changes = (window as unknown as { slideChanges: number }).slideChanges;
      if (changes < min || d.kioskSlide !== '0' || d.mapReady !== 'true') return false;
      return {
        changes,
        domNodes: document.getElementsByTagName('*').length,
        ...window.storyDebug!.mapStats(),
      };
    },
    n,
    { polling: 50, timeout: 0 },
  );
  const counts = (await handle.jsonValue()) as Omit<Sample, 'heapMB'>;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return { ...counts, heapMB: heap.usedSize / 2 ** 20 };
}

const started = Date.now();
await page.goto(`${base}?mode=kiosk&idle=0.5&dwell=${DWELL}&debug`);
await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
  timeout: 60_000,
});
await installCounter(page);
await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'attract', null, {
  timeout: 60_000,
});

const first = await sampleAtTitleAfter(1);
const afterTen = await sampleAtTitleAfter(first.changes + 10 * slidesPerLoop - 1);
let last = afterTen;
while (last.changes < CHANGES) {
  last = await sampleAtTitleAfter(last.changes + slidesPerLoop - 1);
  process.stdout.write(`\r${last.changes} slide changes, ${((Date.now() - started) / 60000).toFixed(1)} min`);
}
process.stdout.write('\n');
const reloads = loads - 1;
await browser.close();
await server.close();

const growth = (last.heapMB - afterTen.heapMB) / afterTen.heapMB;
const rows: [string, string, string, boolean][] = [
  ['slide changes', String(last.changes), `≥ ${CHANGES}`, last.changes >= CHANGES],
  ['crashes + watchdog reloads', String(crashes + reloads), '0', crashes + reloads === 0],
  [
    'JS heap after 10 loops → last (MB)',
    `${afterTen.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} (${(growth * 100).toFixed(1)} %)`,
    '< 10 %',
    growth < 0.1,
  ],
  [
    'DOM nodes first → last',
    `${first.domNodes} → ${last.domNodes}`,
    'equal',
    first.domNodes === last.domNodes,
  ],
  [
    'map style layers first → last',
    `${first.layers} → ${last.layers}`,
    'equal',
    first.layers === last.layers,
  ],
  ['map sources first → last', `${first.sources} → ${last.sources}`, 'equal', first.sources === last.sources],
  ['console errors', String(errors.length), '0', errors.length === 0],
];
console.log(
  `\nkiosk soak: ${slidesPerLoop} slides a loop, dwell ${DWELL} s, ${((Date.now() - started) / 60000).toFixed(1)} min`,
);
console.log(`${'figure'.padEnd(36)} ${'value'.padEnd(28)} ${'budget'.padEnd(8)} result`);
for (const [name, value, budget, ok] of rows) {
  console.log(`${name.padEnd(36)} ${value.padEnd(28)} ${budget.padEnd(8)} ${ok ? 'pass' : 'FAIL'}`);
}
for (const error of errors.slice(0, 10)) console.log(`  console error: ${error}`);
process.exit(rows.every(([, , , ok]) => ok) ? 0 : 1);
