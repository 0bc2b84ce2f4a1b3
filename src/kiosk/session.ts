/**
 * The kiosk's session: which slide shows, in which phase (idleClock.ts), and the attract loop that
 * plays the story by itself. Plain TypeScript over a host that does the page's side (the URL, the
 * map, the language), so every rule runs in a unit test with fake time.
 *
 * Slide 0 is the title, slides 1…n the kiosk's steps (slides.ts). The session keeps only the
 * story's structure (which story index each slide shows), never the story itself: its texts change
 * with the language.
 */
import { idleStep, type IdleEvent, type IdleState, type IdleTimeouts, type KioskPhase } from './idleClock.ts';

export interface SessionTimes extends IdleTimeouts {
  /** Seconds each slide stays in the attract loop, counted once its map is drawn. */
  dwellSeconds: number;
  /** Seconds over which a step with a period plays it when a visitor opens it. */
  playSeconds: number;
}

/** What the session asks of the page. */
export interface SessionHost {
  /**
   * Show `slide`: story step `step` (undefined for the title), its period (if it has one) played
   * from the beginning over `playMs`.
   */
  show(slide: number, step: number | undefined, playMs: number): void;
  /** The slide or the phase changed (to redraw). */
  changed(): void;
  /** The visitor's choices back to the kiosk's defaults: its language, its normal text size. */
  resetVisitor(): void;
  /**
   * At the title with no visitor: the moment to take a waiting update. True when it does (the page
   * reloads, and the session does nothing more).
   */
  takeUpdate(): boolean;
  /** Resolves once the slide just shown is drawn (or the abort). */
  drawn(signal: AbortSignal): Promise<void>;
  /** Resolves after `ms` (or at once on the abort). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export class KioskSession {
  /** Story index of each step slide: `steps[slide - 1]`. */
  readonly steps: readonly number[];
  readonly #times: SessionTimes;
  readonly #host: SessionHost;
  #slide: number;
  #idle: IdleState;
  /** The attract loop in progress, stopped by a touch. */
  #attract: AbortController | undefined;

  /**
   * @param steps story index of each step slide
   * @param firstSlide the slide opened first (a deep link's, else the title)
   * @param now the clock's time now (ms), the idle count starting from it
   */
  constructor(
    steps: readonly number[],
    firstSlide: number,
    times: SessionTimes,
    host: SessionHost,
    now: number,
  ) {
    this.steps = steps;
    this.#times = times;
    this.#host = host;
    this.#slide = firstSlide;
    this.#idle = { phase: firstSlide === 0 ? 'title' : 'story', lastInput: now };
  }

  get slide(): number {
    return this.#slide;
  }

  get phase(): KioskPhase {
    return this.#idle.phase;
  }

  /** The story index the map shows: the first step's under the title. */
  get stepIndex(): number {
    return this.steps[Math.max(0, this.#slide - 1)]!;
  }

  /** Show a slide (clamped to the slides there are); a step plays its period over `playSeconds`. */
  show(next: number, playSeconds = this.#times.playSeconds): void {
    this.#slide = Math.max(0, Math.min(this.steps.length, next));
    this.#host.show(
      this.#slide,
      this.#slide === 0 ? undefined : this.steps[this.#slide - 1],
      playSeconds * 1000,
    );
    this.#host.changed();
  }

  /** A visitor turns to a slide (Next, Back, a swipe, a key). */
  turn(to: number, at: number): void {
    this.#react({ type: 'input', at, navigated: to === 0 ? 'title' : 'story' });
    this.show(to);
  }

  /**
   * Any touch, click or key. True when it woke the kiosk from the attract loop: then it does
   * nothing else.
   */
  input(at: number): boolean {
    const waking = this.phase === 'attract';
    this.#react({ type: 'input', at });
    return waking;
  }

  /** The clock: resets and the attract loop follow from idleness. */
  tick(at: number): void {
    this.#react({ type: 'tick', at });
  }

  /** Stops the attract loop (the kiosk goes away). */
  stop(): void {
    this.#attract?.abort();
    this.#attract = undefined;
  }

  #react(event: IdleEvent): void {
    const before = this.phase;
    const { state, action } = idleStep(this.#idle, event, this.#times);
    this.#idle = state;
    if (state.phase !== before) this.#host.changed();
    if (action === 'none') return;
    this.stop();
    this.#host.resetVisitor();
    this.show(0);
    // Back at the title with no visitor, by the clock rather than a touch: take a waiting update.
    if (event.type === 'tick' && action === 'reset' && this.#host.takeUpdate()) return;
    if (action === 'attract') void this.#playAttract();
  }

  /** The story plays itself from the title, slide after slide, each once its map is drawn. */
  async #playAttract(): Promise<void> {
    const run = new AbortController();
    this.#attract = run;
    const { dwellSeconds } = this.#times;
    for (let next = 0; !run.signal.aborted; next = (next + 1) % (this.steps.length + 1)) {
      // Each pass through the title is unattended too: a waiting update is taken there.
      if (next === 0 && this.#host.takeUpdate()) return;
      this.show(next, dwellSeconds * 0.8);
      await this.#host.drawn(run.signal);
      await this.#host.sleep(dwellSeconds * 1000, run.signal);
    }
  }
}
