/**
 * Everything the URL can say, resolved once at start-up into a typed config. Components read these
 * flags; nothing else reads the URL.
 *
 * Public contract (documented in README, keep stable): `step`, `progress`, `lang`, `mode`, `story`,
 * `debug`, the kiosk's `idle`, `reset` and `dwell`, and `#<step id>` as an alternative to `step`.
 */
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

export const DEFAULT_STORY = 'korean-war';

export interface KioskTimes {
  idleSeconds?: number;
  resetSeconds?: number;
  dwellSeconds?: number;
}

/** URL parameter → the kiosk timeout it overrides. */
const KIOSK_TIME_PARAMS = { idle: 'idleSeconds', reset: 'resetSeconds', dwell: 'dwellSeconds' } as const;

/** Positive numbers of seconds only; anything else is ignored with a warning. */
function kioskTimes(params: URLSearchParams, warnings: string[]): KioskTimes {
  const times: KioskTimes = {};
  for (const [param, key] of Object.entries(KIOSK_TIME_PARAMS)) {
    const raw = params.get(param);
    if (raw === null) continue;
    const value = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(value) && value > 0) times[key] = value;
    else warnings.push(`${param} "${raw}" is not a positive number of seconds; using the kiosk default`);
  }
  return times;
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
    else warnings.push(`unknown mode "${modeParam}"; using "web" (known: ${MODES.join(', ')})`);
  }
  const fromHash = decodeURIComponent(hash.replace(/^#/, '')) || undefined;
  const progressParam = params.get('progress');
  // A figure shows its step finished (arrows drawn, the front at its last line) unless told.
  let progress = mode === 'figure' ? 1 : 0;
  if (progressParam !== null) {
    const value = Number(progressParam);
    if (progressParam.trim() !== '' && value >= 0 && value <= 1) progress = value;
    else warnings.push(`progress "${progressParam}" is not a number from 0 to 1; using ${progress}`);
  }
  return {
    mode,
    storyId: params.get('story') ?? DEFAULT_STORY,
    lang: params.get('lang') ?? undefined,
    browserLanguages: [...browserLanguages],
    stepId: params.get('step') ?? fromHash,
    progress,
    debug: params.has('debug'),
    kioskTimes: kioskTimes(params, warnings),
    warnings,
  };
}
