/**
 * The one adapter around scrollama. It owns setup, resize and teardown, and exposes read-only
 * `activeIndex`, `progress` and `direction` as runes.
 *
 * scrollama's IntersectionObserver events give the fast response while scrolling; when scrolling
 * settles, the active step is recomputed from the steps' geometry, so a fling or a jump that skipped
 * events still ends on the step under the trigger line. During a programmatic scroll (keyboard,
 * deep link) events are ignored until it settles, so the map goes straight to the destination.
 */
import scrollama from 'scrollama';
import { activeFromGeometry } from './activeFromGeometry.ts';

export interface ScrollerOptions {
  /** Trigger line as a fraction of the viewport height from the top. */
  offset: scrollama.DecimalType;
  /** The step the page opens at (deep link). */
  initialIndex: number;
}

export class Scroller {
  #activeIndex = $state(0);
  #progress = $state(0);
  #direction = $state<'up' | 'down'>('down');
  #instance: scrollama.ScrollamaInstance | undefined;
  #steps: HTMLElement[] = [];
  #offset: scrollama.DecimalType;
  #programmatic = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ScrollerOptions) {
    this.#offset = options.offset;
    this.#activeIndex = options.initialIndex;
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
      .onStepEnter(({ index, direction }) => {
        if (this.#programmatic) return;
        this.#direction = direction;
        this.#setIndex(index);
      })
      .onStepProgress(({ index, progress }) => {
        if (!this.#programmatic && index === this.#activeIndex) this.#progress = progress;
      });
    window.addEventListener('scroll', this.#onScroll, { passive: true });
    window.addEventListener('resize', this.#onResize);
  }

  /**
   * Make step `index` active now and scroll it under the trigger line.
   * @param smooth animate the scroll (off under reduced motion and for deep links)
   */
  scrollTo(index: number, smooth: boolean): void {
    const el = this.#steps[index];
    if (!el) return;
    this.#direction = index >= this.#activeIndex ? 'down' : 'up';
    this.#setIndex(index);
    const y = window.scrollY + el.getBoundingClientRect().top - this.#triggerY() + 1;
    this.#programmatic = true;
    window.scrollTo({ top: Math.max(0, y), behavior: smooth ? 'smooth' : 'instant' });
    this.#scheduleSettle();
  }

  destroy(): void {
    this.#instance?.destroy();
    this.#instance = undefined;
    clearTimeout(this.#settleTimer);
    window.removeEventListener('scroll', this.#onScroll);
    window.removeEventListener('resize', this.#onResize);
  }

  #setIndex(index: number): void {
    if (index === this.#activeIndex) return;
    this.#activeIndex = index;
    this.#progress = 0;
  }

  #triggerY(): number {
    return window.innerHeight * this.#offset;
  }

  readonly #onScroll = (): void => this.#scheduleSettle();

  readonly #onResize = (): void => {
    this.#instance?.resize();
    this.#scheduleSettle();
  };

  /** Scrolling has stopped when no scroll event came for a short while ('scrollend' is not everywhere). */
  #scheduleSettle(): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(this.#settle, 120);
  }

  readonly #settle = (): void => {
    this.#programmatic = false;
    const tops = this.#steps.map((el) => el.getBoundingClientRect().top);
    const index = activeFromGeometry(tops, this.#triggerY());
    if (index !== this.#activeIndex) {
      this.#direction = index > this.#activeIndex ? 'down' : 'up';
      this.#setIndex(index);
    }
  };
}
