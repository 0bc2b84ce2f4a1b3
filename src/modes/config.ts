/**
 * Everything the URL can say, resolved once at start-up into a typed config. Components read these
 * flags; nothing else reads the URL.
 *
 * Public contract (documented in README, keep stable): `step`, `progress`, `lang`, `mode`, `story`,
 * `debug`, and `#<step id>` as an alternative to `step`.
 */
export const MODES = ['web', 'kiosk', 'embed', 'figure'] as const;
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
  /** How far through that step to open, 0–1 (default 0, its beginning). */
  progress: number;
  debug: boolean;
  /** Problems to report in the console (unknown mode, …); never fatal. */
  warnings: string[];
}

export const DEFAULT_STORY = 'korean-war';

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
  let progress = 0;
  if (progressParam !== null) {
    const value = Number(progressParam);
    if (progressParam.trim() !== '' && value >= 0 && value <= 1) progress = value;
    else warnings.push(`progress "${progressParam}" is not a number from 0 to 1; using 0`);
  }
  return {
    mode,
    storyId: params.get('story') ?? DEFAULT_STORY,
    lang: params.get('lang') ?? undefined,
    browserLanguages: [...browserLanguages],
    stepId: params.get('step') ?? fromHash,
    progress,
    debug: params.has('debug'),
    warnings,
  };
}
