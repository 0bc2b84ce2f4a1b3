/**
 * What one run of the benchmark measures (the figures are medians over the runs), and what each
 * measurement needs to know about the bench around it.
 */
import type { Step } from '../../src/story/schema.ts';
import type { Settle } from './settle.ts';

/** What each measurement is given: the served build, the story's steps, the settings. */
export interface BenchContext {
  /** `http://127.0.0.1:<port>/`, the served build. */
  base: string;
  steps: readonly Step[];
  /** CPU throttling rate for the load, scroll and jumps. */
  throttle: number;
  /** Print a line of progress for run `run`. */
  log: (run: number, message: string) => void;
}

export interface Run {
  /** URL paths of the scripts fetched before the first map idle. */
  firstScreenScripts: string[];
  /** URL paths of the story's text (a JSON file per language) fetched before the first map idle. */
  firstScreenText: string[];
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
