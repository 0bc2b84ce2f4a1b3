/**
 * The museum kiosk's settings, in one place. A technician edits this file and rebuilds
 * (`npm run kiosk`); the URL parameters `idle=`, `reset=` and `dwell=` override the timeouts
 * without a rebuild (see docs/kiosk.md).
 */
export interface KioskConfig {
  /** Seconds without a touch before the story starts playing itself from the title (attract loop). */
  idleSeconds: number;
  /**
   * Seconds without a touch before a visitor's half-read story returns to the title and the
   * default language. Counted from the same last touch as `idleSeconds`.
   */
  resetSeconds: number;
  /** Seconds each slide stays on screen in the attract loop, counted once its map is drawn. */
  dwellSeconds: number;
  /** Seconds over which a step that moves the front plays its period when a visitor opens it. */
  playSeconds: number;
  /** The language a visitor finds and the attract loop speaks; a language of the story. */
  language: string | undefined;
  /** The steps the kiosk shows, by id, in story order; `'all'` for every step. */
  steps: readonly string[] | 'all';
  /**
   * What a visitor's fingers do to the map. `'pan-zoom'`: drag and pinch within the theatre,
   * with a "Reset view" button back to the step's camera (also reset by every step change and
   * by the idle reset); `'locked'`: the map does not move under a finger.
   */
  gestures: 'pan-zoom' | 'locked';
  /** Kiosk interface colours (CSS colours): the buttons and the progress bar. */
  colors: { accent: string; onAccent: string };
}

export const kioskConfig: KioskConfig = {
  idleSeconds: 90,
  resetSeconds: 60,
  dwellSeconds: 14,
  playSeconds: 6,
  language: undefined, // the story's defaultLanguage
  steps: 'all',
  gestures: 'pan-zoom',
  colors: { accent: '#1f2a36', onAccent: '#ffffff' },
};
