/**
 * When an unattended kiosk should reset or start playing itself, as a pure reducer over touch and
 * clock events, so that every rule is testable without waiting.
 *
 * - `title`: the title slide, waiting. After `idle` seconds without a touch: `attract`.
 * - `story`: a visitor is reading. After `reset` seconds without a touch: back to the `title`
 *   (and the default language); after `idle` seconds: `attract`, from the title.
 * - `attract`: the story plays itself. Any touch returns to the `title`, ready for the visitor.
 */
export type KioskPhase = 'title' | 'story' | 'attract';

export interface IdleState {
  phase: KioskPhase;
  /** Time of the last touch, key or click (ms, any monotonic clock). */
  lastInput: number;
}

export type IdleEvent =
  /** A touch, click or key anywhere; `navigated` when it opened a step (Next, Back, swipe). */
  { type: 'input'; at: number; navigated?: 'title' | 'story' } | { type: 'tick'; at: number };

/** What the kiosk must do after an event, besides adopting the new state. */
export type IdleAction = 'none' | 'reset' | 'attract';

export interface IdleTimeouts {
  idleSeconds: number;
  resetSeconds: number;
}

export function idleStep(
  state: IdleState,
  event: IdleEvent,
  { idleSeconds, resetSeconds }: IdleTimeouts,
): { state: IdleState; action: IdleAction } {
  if (event.type === 'input') {
    // A touch during the attract loop wakes the kiosk at the title, whatever it touched.
    if (state.phase === 'attract') return { state: { phase: 'title', lastInput: event.at }, action: 'reset' };
    return { state: { phase: event.navigated ?? state.phase, lastInput: event.at }, action: 'none' };
  }
  const idle = (event.at - state.lastInput) / 1000;
  if (state.phase !== 'attract' && idle >= idleSeconds) {
    return { state: { ...state, phase: 'attract' }, action: 'attract' };
  }
  if (state.phase === 'story' && idle >= resetSeconds) {
    return { state: { ...state, phase: 'title' }, action: 'reset' };
  }
  return { state, action: 'none' };
}
