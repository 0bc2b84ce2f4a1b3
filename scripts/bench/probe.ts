/**
 * What the benchmark records inside the page. {@link installProbe} runs as a Playwright init
 * script, before any of the app's scripts, so nothing of the page's life is missed: long tasks,
 * long animation frames with their script attribution, every animation frame's length, each change
 * of `data-map-ready` / `data-step`, and the time of every reader input.
 *
 * Times are the page's `performance.now()` (milliseconds since navigation), like the entries'
 * `startTime` and events' `timeStamp`, so they compare directly.
 */

/** One script in a long animation frame (scripts under 5 ms are not reported by the browser). */
export interface ScriptEntry {
  start: number;
  duration: number;
  /** The file the callback's function came from ('' for the browser's own, or unknown). */
  url: string;
  invoker: string;
}

export interface FrameEntry {
  start: number;
  duration: number;
  /** Style and layout time at the end of the frame (the browser laying out the page). */
  layout: number;
  scripts: ScriptEntry[];
}

export interface Probe {
  /** Named moments the driver sets, to cut the records into phases. */
  marks: { name: string; t: number }[];
  longTasks: { start: number; duration: number }[];
  frames: FrameEntry[];
  /** requestAnimationFrame timestamps, one per frame. */
  raf: number[];
  /** Each change of `<html data-map-ready>` or `data-step`, with the state after it. */
  states: { t: number; ready: boolean; step: string }[];
  /** `timeStamp` of every wheel, keydown and pointerdown (when the browser received it). */
  inputs: number[];
  /** When the page's listener saw each of those inputs, in the same order. */
  inputsSeen: number[];
  /** Every scroll event the page saw (the document's or an element's). */
  scrolls: number[];
}

/** The probe as the driver reads it back. */
export type ProbeWindow = Window & { __bench: Probe };

/** Init script: must be self-contained (it is serialised into the page). */
export function installProbe(): void {
  const probe: Probe = {
    marks: [],
    longTasks: [],
    frames: [],
    raf: [],
    states: [],
    inputs: [],
    inputsSeen: [],
    scrolls: [],
  };
  (window as unknown as ProbeWindow).__bench = probe;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Long animation frames (Chromium 123+) say which script each long callback came from, which
  // is how MapLibre's own work is told apart from the app's.
  interface LoafScript {
    startTime: number;
    duration: number;
    sourceURL: string;
    invoker: string;
  }
  interface Loaf extends PerformanceEntry {
    styleAndLayoutStart: number;
    scripts: LoafScript[];
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Loaf[]) {
      probe.frames.push({
        start: e.startTime,
        duration: e.duration,
        layout: e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((s) => ({
          start: s.startTime,
          duration: s.duration,
          url: s.sourceURL,
          invoker: s.invoker,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  const tick = (t: number) => {
    probe.raf.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  let last = '';
  new MutationObserver(() => {
    const d = document.documentElement.dataset;
    const key = `${d.mapReady}|${d.step}`;
    if (key === last) return;
    last = key;
    probe.states.push({ t: performance.now(), ready: d.mapReady === 'true', step: d.step ?? '' });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready', 'data-step'] });

  for (const type of ['wheel', 'keydown', 'pointerdown']) {
    window.addEventListener(
      type,
      (e) => {
        probe.inputs.push(e.timeStamp);
        probe.inputsSeen.push(performance.now());
      },
      { capture: true, passive: true },
    );
  }
  window.addEventListener('scroll', () => probe.scrolls.push(performance.now()), {
    capture: true,
    passive: true,
  });
}
