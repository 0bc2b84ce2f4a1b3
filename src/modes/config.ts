/**
 * Everything the URL can say, resolved once at start-up into a typed config. Components read these
 * flags; nothing else reads the URL.
 *
 * Public contract (documented in docs/contract.md, keep stable): `step`, `progress`, `lang`, `mode`, `story`,
 * `debug`, the kiosk's `idle`, `reset` and `dwell`, and `#<step id>` as an alternative to `step`.
 */
import { DEFAULT_STORY } from '../identity.ts';
import { isId } from '../story/stepId.ts';

const MODES = ['web', 'kiosk', 'embed', 'figure'] as const;
export type Mode = (typeof MODES)[number];

export interface AppConfig {
  mode: Mode;
  storyId: string;
  /** Requested language, if any; validated against the story later. */
  lang: string | undefined;
  /** The browser's preferred languages (`navigator.languages`), for when `lang` is not given. */
  browserLanguages: readonly string[];
  /** Requested step id, if any; validated against the story later. */
  stepId: string | undefined;
  /** How far through that step to open, 0–1 (default 0, its beginning; 1, its end, for a figure). */
  progress: number;
  debug: boolean;
  /** Kiosk timeouts from the URL (`idle=`, `reset=`, `dwell=`, in seconds), over kiosk.config.ts. */
  kioskTimes: KioskTimes;
  /** Problems to report in the console (unknown mode, …); never fatal. */
  warnings: string[];
}

export interface KioskTimes {
  idleSeconds?: number;
  resetSeconds?: number;
  dwellSeconds?: number;
}

/** URL parameter → the kiosk timeout it overrides. */
const KIOSK_TIME_PARAMS = { idle: 'idleSeconds', reset: 'resetSeconds', dwell: 'dwellSeconds' } as const;

/**
 * The range a kiosk time from the URL is clamped to, in seconds. Below a tenth of a second the
 * attract loop would spin; above a day a timer overflows (setTimeout wraps past 2³¹ ms, ~24.8
 * days, and fires at once).
 */
export const KIOSK_SECONDS = { min: 0.1, max: 86_400 } as const;

/** Positive numbers of seconds only, clamped to {@link KIOSK_SECONDS}; else ignored with a warning. */
function kioskTimes(params: URLSearchParams, warnings: string[]): KioskTimes {
  const times: KioskTimes = {};
  for (const [param, key] of Object.entries(KIOSK_TIME_PARAMS)) {
    const raw = params.get(param);
    if (raw === null) continue;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) {
      warnings.push(`${param} ${quote(raw)} is not a positive number of seconds; using the kiosk default`);
      continue;
    }
    times[key] = Math.min(KIOSK_SECONDS.max, Math.max(KIOSK_SECONDS.min, value));
    if (times[key] !== value) warnings.push(`${param} ${quote(raw)} is out of range; using ${times[key]} s`);
  }
  return times;
}

/**
 * A value from the URL as a console warning shows it: quoted, escaped and cut short, so that an
 * address cannot write a message of its own into the console.
 */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * `decodeURIComponent` that cannot throw: a malformed escape (`#50%`, `#%E0%A4%A`) is kept as
 * it is, which names no step, so the story opens at its beginning.
 */
function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * @param browserLanguages `navigator.languages`: the default language when the URL names none
 * @example resolveConfig('?step=inchon&lang=ko', '').stepId === 'inchon'
 */
export function resolveConfig(
  search: string,
  hash: string,
  browserLanguages: readonly string[] = [],
): AppConfig {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const modeParam = params.get('mode');
  let mode: Mode = 'web';
  if (modeParam !== null) {
    if ((MODES as readonly string[]).includes(modeParam)) mode = modeParam as Mode;
    else warnings.push(`unknown mode ${quote(modeParam)}; using "web" (known: ${MODES.join(', ')})`);
  }
  const fromHash = decodeFragment(hash) || undefined;
  const progressParam = params.get('progress');
  // A figure shows its step finished (arrows drawn, the front at its last line) unless told.
  let progress = mode === 'figure' ? 1 : 0;
  if (progressParam !== null) {
    const value = Number(progressParam);
    if (progressParam.trim() !== '' && value >= 0 && value <= 1) progress = value;
    else warnings.push(`progress ${quote(progressParam)} is not a number from 0 to 1; using ${progress}`);
  }
  const storyParam = params.get('story');
  let storyId = DEFAULT_STORY;
  if (storyParam !== null) {
    // Only an id goes on: main.ts names the story it cannot find on the page.
    if (isId(storyParam)) storyId = storyParam;
    else warnings.push(`story= is not a story id (lower-case kebab-case); using "${DEFAULT_STORY}"`);
  }
  return {
    mode,
    storyId,
    lang: params.get('lang') ?? undefined,
    browserLanguages: [...browserLanguages],
    stepId: params.get('step') ?? fromHash,
    progress,
    debug: params.has('debug'),
    kioskTimes: kioskTimes(params, warnings),
    warnings,
  };
}
