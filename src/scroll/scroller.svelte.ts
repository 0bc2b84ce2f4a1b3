/**
 * The one adapter around scrollama. It owns setup, resize and teardown, and exposes read-only
 * `activeIndex`, `progress` and `direction` as runes.
 *
 * - scrollama's IntersectionObserver events give the fast response while the reader scrolls.
 * - When scrolling settles ('scrollend' where the browser has it, else no scroll event for a short
 *   while), the active step is recomputed from the steps' geometry, so a fling or a jump that
 *   skipped events still ends on the step under the trigger line.
 * - During a programmatic scroll (keyboard, timeline, deep link) events are ignored until it
 *   settles, so the map goes straight to the destination instead of through every step between.
 * - A step we scrolled to stays pinned under the trigger line, at the progress asked for, until
 *   the reader takes over (wheel, touch, pointer, key, or the page scrolled away from where we put
 *   it): layout shifts after a deep link (web fonts arriving) and observer reports that come in
 *   late cannot move the map.
 * - Otherwise, when the layout shifts without the reader scrolling (a language switch), the active
 *   step is held where it was on screen. The browser's own scroll anchoring is off (app.css): it
 *   would pick its own anchor, and its scroll events would look like the reader's.
 *
 * Those decisions are scrollerReducer.ts (pure, unit-tested); this file turns the browser's events
 * into its events, and its effects into scrolls and the settle timer.
 */
import scrollama from 'scrollama';
import {
  initialScrollerState,
  scrollerReducer,
  type Page,
  type ScrollerEffect,
  type ScrollerEvent,
  type ScrollerState,
} from './scrollerReducer.ts';

/** Input that means the reader is taking over, interrupting any scroll of ours. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Without 'scrollend', scrolling has settled when no scroll event came for this long. */
const SETTLE_MS = 120;

export interface ScrollerOptions {
  /** Trigger line as a fraction of the viewport height from the top. */
  offset: scrollama.DecimalType;
  /** The step the page opens at (deep link). */
  initialIndex: number;
  /** How far through that step, 0–1 (deep link `progress`). */
  initialProgress?: number;
}

export class Scroller {
  #activeIndex = $state(0);
  #progress = $state(0);
  #direction = $state<'up' | 'down'>('down');
  /** The reducer's state; the three runes above mirror its public part. */
  #state: ScrollerState;
  #instance: scrollama.ScrollamaInstance | undefined;
  #steps: HTMLElement[] = [];
  #offset: scrollama.DecimalType;
  #layoutObserver: ResizeObserver | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ScrollerOptions) {
    this.#offset = options.offset;
    this.#state = initialScrollerState(options.initialIndex, options.initialProgress);
    this.#publish();
  }

  get activeIndex(): number {
    return this.#activeIndex;
  }
  get progress(): number {
    return this.#progress;
  }
  get direction(): 'up' | 'down' {
    return this.#direction;
  }

  /** Start observing `steps` (in document order). Call {@link destroy} to remove every listener. */
  attach(steps: HTMLElement[]): void {
    this.destroy();
    this.#steps = steps;
    this.#instance = scrollama()
      .setup({ step: steps, offset: this.#offset, progress: true })
      .onStepEnter(({ index, direction }) => this.#dispatch({ type: 'enter', index, direction }))
      .onStepProgress(({ index, progress }) => this.#dispatch({ type: 'progress', index, progress }));
    window.addEventListener('scroll', this.#onScroll, { passive: true });
    window.addEventListener('scrollend', this.#onScrollEnd, { passive: true });
    window.addEventListener('resize', this.#onResize);
    // Capture phase: runs before a key or click handler that pins a new step.
    for (const type of READER_INPUT) {
      window.addEventListener(type, this.#onReaderInput, { passive: true, capture: true });
    }
    // Content above a step can grow without the step resizing: watch the page as well.
    this.#layoutObserver = new ResizeObserver(this.#onLayout);
    for (const el of [document.body, ...steps]) this.#layoutObserver.observe(el);
  }

  /**
   * Make step `index` active now and scroll it under the trigger line.
   * @param smooth animate the scroll (off under reduced motion and for deep links)
   * @param progress how far through the step the trigger line should sit, 0–1 (default its top)
   */
  scrollTo(index: number, smooth: boolean, progress = 0): void {
    this.#dispatch({ type: 'scrollTo', index, smooth, progress });
  }

  destroy(): void {
    this.#instance?.destroy();
    this.#instance = undefined;
    clearTimeout(this.#settleTimer);
    this.#layoutObserver?.disconnect();
    this.#layoutObserver = undefined;
    window.removeEventListener('scroll', this.#onScroll);
    window.removeEventListener('scrollend', this.#onScrollEnd);
    window.removeEventListener('resize', this.#onResize);
    for (const type of READER_INPUT) window.removeEventListener(type, this.#onReaderInput, { capture: true });
  }

  #dispatch(event: ScrollerEvent): void {
    const { state, effects } = scrollerReducer(this.#state, event, this.#page());
    this.#state = state;
    this.#publish();
    for (const effect of effects) this.#run(effect);
  }

  /** Assigning an unchanged value to a rune notifies nobody. */
  #publish(): void {
    this.#activeIndex = this.#state.activeIndex;
    this.#progress = this.#state.progress;
    this.#direction = this.#state.direction;
  }

  #run(effect: ScrollerEffect): void {
    switch (effect.type) {
      case 'scrollTo':
        window.scrollTo({ top: effect.top, behavior: effect.smooth ? 'smooth' : 'instant' });
        break;
      case 'scrollBy':
        window.scrollBy({ top: effect.top, behavior: 'instant' });
        break;
      case 'scheduleSettle':
        clearTimeout(this.#settleTimer);
        this.#settleTimer = setTimeout(() => this.#dispatch({ type: 'settle' }), SETTLE_MS);
        break;
      case 'cancelSettle':
        clearTimeout(this.#settleTimer);
        break;
    }
  }

  /**
   * The page as the reducer reads it, measured only when read, and each step's top at most once
   * per event: the reducer reads everything before any effect writes.
   */
  #page(): Page {
    const steps = this.#steps;
    const offset = this.#offset;
    let tops: number[] | undefined;
    return {
      get scrollY() {
        return window.scrollY;
      },
      get triggerY() {
        return window.innerHeight * offset;
      },
      get maxScroll() {
        return document.documentElement.scrollHeight - window.innerHeight;
      },
      tops: () => (tops ??= steps.map((el) => el.getBoundingClientRect().top)),
      height: (index) => steps[index]?.getBoundingClientRect().height ?? 0,
    };
  }

  readonly #onScroll = (): void => this.#dispatch({ type: 'scroll' });
  readonly #onScrollEnd = (): void => this.#dispatch({ type: 'scrollEnd' });
  readonly #onReaderInput = (): void => this.#dispatch({ type: 'readerInput' });
  readonly #onLayout = (): void => this.#dispatch({ type: 'layout' });
  readonly #onResize = (): void => {
    this.#instance?.resize();
    this.#dispatch({ type: 'resize' });
  };
}
