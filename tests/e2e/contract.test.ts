/**
 * The public contract in every engine readers use: Chromium, Gecko (Firefox ESR) and WebKit
 * (WebKitGTK). One test body per check, run in each engine through the thin adapters of
 * engines.ts; the tests read only the contract (docs/contract.md: the data attributes on `<html>`,
 * the steps and the map, the embed element's events), so nothing here knows which engine it runs
 * in. `E2E_ENGINES=firefox,webkit` runs some of them.
 *
 * Each engine: every step by deep link; scrolling down and back up onto a deep link's state;
 * random jumps; keyboard stepping;
 * the language switch; a phone whose viewport height changes as its toolbar collapses; the SVG
 * map without WebGL; an article that embeds the scrolly story and a figure. No request leaves the
 * local origins, checked by the proxy every engine goes through.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TRIGGER_OFFSET } from '../../src/scroll/trigger.ts';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import {
  launchEngine,
  selectedEngines,
  stopXvfb,
  type Engine,
  type EngineName,
  type EnginePage,
  type Key,
  type Viewport,
} from './engines.ts';
import {
  baseUrl,
  DESKTOP,
  expectCamera,
  loadStory,
  PHONE,
  readySnapshot,
  type MapSnapshot,
} from './harness.ts';
import { startRecordingProxy, type RecordingProxy } from './recordingProxy.ts';

const story = loadStory();
const ids = story.steps.map((s) => s.id);
/** Where a failed test leaves a screenshot of each page it had open. */
const FAILURES = 'test-results/contract';
/**
 * Random jumps (keys, timeline clicks, wheel flings): more in Chromium, the engine the benchmark
 * measures (its 200 jumps, docs/performance.md); fewer in the other two, to keep the suite's time.
 */
const JUMPS: Record<EngineName, number> = { chromium: 60, firefox: 40, webkit: 40 };

let proxy: RecordingProxy;
let article: http.Server;
let articleUrl = '';

beforeAll(async () => {
  article = http.createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(articlePage());
  });
  await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
  articleUrl = `http://127.0.0.1:${(article.address() as AddressInfo).port}/`;
  proxy = await startRecordingProxy(() => [new URL(baseUrl()).origin, new URL(articleUrl).origin]);
});

afterAll(async () => {
  stopXvfb();
  await proxy?.stop();
  await new Promise((resolve) => article?.close(resolve));
});

/**
 * An article on another origin with a figure and the scrolly story (docs/embedding.md), which
 * writes down the events its embed elements fire, for the test to read.
 */
const articlePage = () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title>
<script>
  window.embedEvents = [];
  for (const type of ['ready', 'step']) {
    document.addEventListener(type, (e) => {
      if (e instanceof CustomEvent) window.embedEvents.push([type, e.target.id, e.detail]);
    });
  }
</script>
<script src="${baseUrl()}embed.js" defer></script>
</head>
<body>
<h1>An article</h1>
<p>Some paragraphs before the figure.</p>
<korean-war-story id="figure" mode="figure" step="inchon"></korean-war-story>
<p>More of the article, then the story with the article's scroll.</p>
<korean-war-story id="scrolly"></korean-war-story>
<p>The end of the article.</p>
</body>
</html>`;

/** Polls `fn(arg)` in the page until it is truthy, and returns that value; on timeout, says what the page showed. */
async function waitIn<A, R>(
  page: EnginePage,
  what: string,
  fn: (arg: A) => R,
  arg: A,
  timeout = 60_000,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) {
      const where = await page.evaluate(() => {
        const { step, mapReady, map } = document.documentElement.dataset;
        const size = `${innerWidth}×${innerHeight}`;
        return JSON.stringify({ step, mapReady, map, scrollY: Math.round(scrollY), size });
      }, null);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; page: ${where}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The map reports the active step (`stepId`, if given) applied and idle: the contract's snapshot,
 * read in the same call as the readiness. (Read in a second call, a step change in between — a
 * smooth scroll still under way — gave the new step's id with the old step's layers and camera.)
 */
const settled = (page: EnginePage, stepId?: string): Promise<MapSnapshot> =>
  waitIn(page, `the map ready on ${stepId ?? 'any step'}`, readySnapshot, stepId ?? '');

const viewportOf = (page: EnginePage) =>
  page.evaluate(() => ({ width: innerWidth, height: innerHeight }), null);

/** Until the page has not scrolled for half a second: a fling's smooth scroll has ended. */
async function scrollAtRest(page: EnginePage): Promise<void> {
  let last = NaN;
  let still = 0;
  for (const deadline = Date.now() + 30_000; still < 5 && Date.now() < deadline;) {
    const y = await page.evaluate(() => scrollY, null);
    still = y === last ? still + 1 : 0;
    last = y;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Scrolls (instantly) so that step `id`'s top is just above the scroll trigger line. */
const scrollJustPast = (page: EnginePage, id: string) =>
  page.evaluate(
    ({ id, trigger }) => {
      const el = document.querySelector(`[data-step-id="${id}"]`)!;
      window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - window.innerHeight * trigger + 10);
    },
    { id, trigger: TRIGGER_OFFSET },
  );

const focusedStep = (page: EnginePage) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-step-id') ?? null, null);

describe.each(selectedEngines())('%s', (name: EngineName) => {
  let engine: Engine;
  const pages: EnginePage[] = [];
  /** A page at `viewport` showing `query`; `done` checks and closes it. One page at a time. */
  async function open(query: string, viewport: Viewport = DESKTOP, touch = viewport.width < 600) {
    const page = await engine.newPage({ viewport, touch });
    pages.push(page);
    await page.goto(new URL(query, baseUrl()).href);
    return page;
  }
  async function done(page: EnginePage) {
    expect(page.errors ?? []).toEqual([]);
    pages.splice(pages.indexOf(page), 1);
    await page.close();
  }

  beforeAll(async () => {
    engine = await launchEngine(name, { proxy: proxy.address });
    console.log(`contract suite in ${engine.version}`);
  });
  // A test that failed left its page open: keep a picture of it and the errors (in
  // test-results/contract/, since a retry that passes hides them), and close it, as WebKit takes
  // one page at a time.
  afterEach(async ({ task }) => {
    const failed = task.result?.state === 'fail';
    // The stack, and the expected/received diff that the stack leaves out.
    const errors = (task.result?.errors ?? [])
      .map((e) => [e.stack ?? e.message, e.diff].filter(Boolean).join('\n'))
      .join('\n\n');
    for (const [i, page] of pages.splice(0).entries()) {
      if (failed) {
        const slug = `${name}-${task.name}-${i}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
        await mkdir(FAILURES, { recursive: true });
        await writeFile(`${FAILURES}/${slug}.txt`, errors);
        await page
          .screenshot()
          .then((png) => writeFile(`${FAILURES}/${slug}.png`, png))
          .catch(() => {});
      }
      await page.close().catch(() => {});
    }
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('every step by deep link shows its layers, camera and sources', async () => {
    const page = await open('about:blank');
    for (const [index, id] of ids.entries()) {
      await page.goto(new URL(`?step=${id}&lang=en`, baseUrl()).href);
      const snap = await settled(page, id);
      expect(snap.layers, id).toBe(visibleLayerIds(targetState(story, index)).join(' '));
      expectCamera(story, snap, index, await viewportOf(page), false);
      const cites = await page.evaluate(
        (id) => document.querySelectorAll(`[data-step-id="${id}"] cite`).length,
        id,
      );
      expect(cites, `${id}: <cite>s`).toBeGreaterThan(0);
      // Here, not at the end: an error names the step it came with.
      expect(page.errors ?? [], `console errors by ${id}`).toEqual([]);
    }
    await done(page);
  }, 600_000);

  it('scrolling down to the end and back up lands on the deep link and anchor link state', async () => {
    const target = ids.at(-2)!;
    const link = await open(`?step=${target}`);
    const expected = await settled(link, target);
    await done(link);
    // A link to the step's anchor (`#id`) is the same link.
    const hash = await open(`#${target}`);
    expect(await settled(hash, target)).toEqual(expected);
    await done(hash);

    const page = await open('');
    await settled(page, ids[0]);
    for (const id of ids) {
      await page.evaluate((id) => document.querySelector(`[data-step-id="${id}"]`)!.scrollIntoView(), id);
      await page.wheel(300, { x: DESKTOP.width - 200, y: DESKTOP.height / 2 });
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight), null);
    await settled(page, ids.at(-1));
    await scrollJustPast(page, target);
    expect(await settled(page, target)).toEqual(expected);
    await done(page);
  }, 300_000);

  it(`${JUMPS[name]} random jumps end exactly on the state under the trigger line`, async () => {
    // `?debug` for the exact moment of a step with motion, where a fling can leave the reader.
    const page = await open('?debug');
    await settled(page);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const keys: Key[] = ['End', 'Home', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'];
    for (let i = 0; i < JUMPS[name]; i++) {
      const kind = i % 4;
      if (kind === 0) await page.press(keys[Math.floor(random() * keys.length)]!);
      else if (kind === 1)
        await page.click(`.timeline .mark[data-step="${ids[Math.floor(random() * ids.length)]}"]`);
      else
        await page.wheel(Math.round((random() - 0.5) * (kind === 2 ? 800 : 8000)), {
          x: DESKTOP.width - 200,
          y: 300,
        });
    }
    await scrollAtRest(page);
    const final = await settled(page);
    const underTrigger = await page.evaluate((trigger) => {
      let active: string | undefined;
      for (const el of document.querySelectorAll<HTMLElement>('[data-step-id]'))
        if (!active || el.getBoundingClientRect().top <= window.innerHeight * trigger)
          active = el.dataset.stepId;
      return active;
    }, TRIGGER_OFFSET);
    expect(final.step).toBe(underTrigger);
    // The map shows that step, not the one before it: read again a moment later to tell a map
    // that is late from one that stays behind.
    const layers = visibleLayerIds(targetState(story, ids.indexOf(final.step))).join(' ');
    if (final.layers !== layers) {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const later = await page.evaluate(() => ({ ...document.documentElement.dataset }), null);
      const map = await page.evaluate(readySnapshot, '');
      expect(final.layers, `3 s later: ${JSON.stringify({ later, map })}`).toBe(layers);
    }
    const moment = await page.evaluate(() => window.storyDebug?.motion()?.progress ?? null, null);
    await done(page);
    // The same map as a link to that step, at that moment of it.
    const link = await open(`?step=${final.step}${moment === null ? '' : `&progress=${moment}`}`);
    expect(await settled(link, final.step)).toEqual(final);
    await done(link);
  }, 300_000);

  it('the keyboard steps through the story and the focus follows', async () => {
    const page = await open('');
    await settled(page, ids[0]);
    await page.press('ArrowDown');
    await settled(page, ids[1]);
    expect(await focusedStep(page)).toBe(ids[1]);
    await page.press('End');
    await settled(page, ids.at(-1));
    await page.press('PageUp');
    await settled(page, ids.at(-2));
    await page.press('Home');
    await settled(page, ids[0]);
    expect(await focusedStep(page)).toBe(ids[0]);
    await done(page);
  }, 120_000);

  it('switching language keeps the step and relabels the page', async () => {
    const id = ids[1]!;
    const page = await open(`?step=${id}`);
    await settled(page, id);
    await page.click('.language-switch button[lang="ko"]');
    await waitIn(page, 'the page in Korean', () => document.documentElement.lang === 'ko', null);
    const snap = await settled(page, id);
    expect(snap.lang).toBe('ko');
    const shown = await page.evaluate(
      (id) => ({
        title: document.querySelector(`[data-step-id="${id}"] h2`)?.textContent,
        lang: new URL(location.href).searchParams.get('lang'),
      }),
      id,
    );
    expect(shown).toEqual({ title: story.steps[1]!.title.ko, lang: 'ko' });
    await done(page);
  }, 120_000);

  it('on a phone, a step stays put and refits as the toolbar collapses', async () => {
    const id = 'pusan-perimeter';
    const index = ids.indexOf(id);
    // The toolbar shown: a shorter viewport; then it collapses and the page grows by its height.
    const shown = { width: PHONE.width, height: PHONE.height - 100 };
    const page = await open(`?step=${id}`, shown);
    const before = await settled(page, id);
    expectCamera(story, before, index, await viewportOf(page), true);
    await page.evaluate(() => window.scrollBy(0, 40), null);
    await page.resize(PHONE);
    await waitIn(page, 'the taller viewport', (h) => innerHeight === h, PHONE.height);
    const after = await settled(page, id);
    expect(after.layers).toBe(before.layers);
    expectCamera(story, after, index, await viewportOf(page), true);
    await done(page);
  }, 120_000);

  it('without WebGL the map is drawn as SVG, with the same step and layers', async () => {
    const id = 'inchon';
    const withGl = await open(`?step=${id}`);
    const expected = await settled(withGl, id);
    expect(
      await withGl.evaluate(() => document.querySelector<HTMLElement>('[data-map]')!.dataset.map, null),
    ).toBe('webgl');
    await done(withGl);
    const noGl = await launchEngine(name, { proxy: proxy.address, webgl: false });
    try {
      const page = await noGl.newPage({ viewport: DESKTOP });
      await page.goto(new URL(`?step=${id}`, baseUrl()).href);
      const snap = await settled(page, id);
      expect(
        await page.evaluate(() => document.querySelector<HTMLElement>('[data-map]')!.dataset.map, null),
      ).toBe('svg');
      expect(snap.layers).toBe(expected.layers);
      expect(snap.step).toBe(expected.step);
      await page.close();
    } finally {
      await noGl.close();
    }
  }, 180_000);

  it("an article's scroll moves the embedded story, and a figure follows its step attribute", async () => {
    const page = await engine.newPage({ viewport: PHONE, touch: true });
    pages.push(page);
    await page.goto(articleUrl);
    const eventFor = (id: string, type: string, step?: string) =>
      waitIn(
        page,
        `${id}: ${type} ${step ?? ''}`,
        ([id, type, step]) =>
          (window as unknown as { embedEvents: [string, string, { step?: string }][] }).embedEvents.some(
            ([t, target, detail]) => t === type && target === id && (!step || detail?.step === step),
          ),
        [id, type, step] as const,
      );
    await eventFor('figure', 'ready');
    await eventFor('scrolly', 'ready');
    // Step k is under the reader for a screen's worth of scrolling from the track's top + k screens.
    for (const k of [2, 5, 1]) {
      await page.evaluate((k) => {
        const track = document.getElementById('scrolly')!;
        window.scrollTo(0, track.getBoundingClientRect().top + scrollY + (k + 0.5) * innerHeight);
      }, k);
      await eventFor('scrolly', 'step', ids[k]);
    }
    await page.evaluate(() => document.getElementById('figure')!.setAttribute('step', 'armistice'), null);
    await eventFor('figure', 'step', 'armistice');
    await done(page);
  }, 180_000);

  it('no request left the local origins', () => {
    expect(proxy.outside).toEqual([]);
  });
});
