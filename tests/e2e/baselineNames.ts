/**
 * Every screenshot baseline a test may compare with, by name. A test can only compare with a name
 * claimed here (screenshots.ts refuses others), and baselines.test.ts fails on a file in
 * __screenshots__ that is not claimed (an orphan) or a claim without its file. `map-*` shots are
 * the map panel alone; `layout-*` shots are the whole screen, kept to a few on purpose.
 */
import { loadStory } from './harness.ts';

const SIZES = ['desktop', 'phone'] as const;

/** The steps also shot whole-screen, per size and language: one wide page, a phone's first screen and a step. */
export const LAYOUT_STEPS: Record<string, readonly string[]> = {
  'desktop-en': ['inchon'],
  'phone-ko': ['division', 'inchon'],
};

/** Moments of the summer 1950 retreat (`progress=`) shot as it moves. */
export const MOTION_PROGRESS = [0, 0.5, 1] as const;

const KIOSK = ['layout-kiosk-title-landscape', 'map-kiosk-inchon-portrait'];
const PRINT = ['layout-print-en-top', 'layout-print-en-pusan-perimeter', 'layout-nojs-ko-top'];

let claimed: Set<string> | undefined;

export function claimedBaselines(): Set<string> {
  if (claimed) return claimed;
  const steps = loadStory().steps.map((s) => s.id);
  const atlas = loadStory('atlas').steps.map((s) => s.id);
  claimed = new Set([
    ...SIZES.flatMap((size) =>
      ['en', 'ko'].flatMap((lang) => steps.map((id) => `map-${size}-${lang}-${id}`)),
    ),
    ...Object.entries(LAYOUT_STEPS).flatMap(([page, ids]) => ids.map((id) => `layout-${page}-${id}`)),
    ...MOTION_PROGRESS.map((p) => `map-motion-osan-taejon-${p}`),
    ...atlas.map((id) => `map-atlas-${id}`),
    ...KIOSK,
    ...PRINT,
  ]);
  return claimed;
}
