/**
 * Driving one page of the built app for the benchmark: open it with the probe recording, wait for
 * the map, scroll as a reader does, and read back the page's state and the probe's records. Reads
 * the public contract (`data-step`, `data-map-ready`, `data-layers`, `data-camera`) like the
 * browser tests.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { TRIGGER_OFFSET } from '../../src/scroll/trigger.ts';
import { PHONE } from '../viewports.ts';
import { installProbe, type Probe, type ProbeWindow } from './probe.ts';

export interface Opened {
  page: Page;
  cdp: CDPSession;
  /** Every request the page and its workers made, with when (epoch ms). */
  requests: { path: string; at: number }[];
  errors: string[];
}

/**
 * A new page at `query` (relative to `base`, the served build), in a context of its own. `probe`:
 * record with {@link installProbe} (off for the memory figures, whose heap the probe's records
 * would add to).
 */
export async function open(
  browser: Browser,
  base: string,
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
export async function ready(page: Page, stepId?: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const d = document.documentElement.dataset;
      return d.mapReady === 'true' && (!id || d.step === id);
    },
    stepId,
    { timeout, polling: 100 },
  );
}

/** Record a named moment in the probe, to cut its records into phases (stats.ts `ranges`). */
export async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    (window as unknown as ProbeWindow).__bench.marks.push({ name: n, t: performance.now() });
  }, name);
}

export const readProbe = (page: Page): Promise<Probe> =>
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
 * Scroll step `id`'s top just past the trigger line (`fraction` 0) or the trigger line
 * `fraction` of the way through the step.
 */
export async function scrollStepTo(page: Page, id: string, fraction: number, notch: number, pause: number) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const dy = await page.evaluate(
      ({ id, f, trigger }) => {
        const box = document.querySelector(`[data-step-id="${id}"]`)!.getBoundingClientRect();
        return box.top + f * box.height - innerHeight * trigger + 8;
      },
      { id, f: fraction, trigger: TRIGGER_OFFSET },
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

export interface MapSnapshot {
  step: string;
  ready: boolean;
  layers: string;
  camera: string;
  /** The step under the trigger line by the page's geometry. */
  underTrigger: string;
}

export const snapshot = (page: Page): Promise<MapSnapshot> =>
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
  }, TRIGGER_OFFSET);

/** The page's final state: ready on the step under the trigger line, unchanged for 500 ms. */
export async function finalState(page: Page, timeout = 60_000): Promise<MapSnapshot | undefined> {
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
