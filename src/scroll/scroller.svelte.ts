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
 */
import scrollama from 'scrollama';
import { activeFromGeometry } from './activeFromGeometry.ts';

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
  #instance: scrollama.ScrollamaInstance | undefined;
  #steps: HTMLElement[] = [];
  #offset: scrollama.DecimalType;
  /** Our own scroll is under way (its scroll events are not the reader's). */
  #programmatic = false;
  /** The step we scrolled to, held under the trigger line until the reader takes over. */
  #pinned: HTMLElement | undefined;
  /** How far through the pinned step the trigger line is held. */
  #pinnedProgress = 0;
  /** Where we last put the page (`scrollY`) for the pinned step. */
  #pinnedY = 0;
  /** A step and where its top should stay on screen while the layout shifts. */
  #anchor: { el: HTMLElement; top: number } | undefined;
  #layoutObserver: ResizeObserver | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ScrollerOptions) {
    this.#offset = options.offset;
    this.#activeIndex = options.initialIndex;
    this.#progress = clamp01(options.initialProgress ?? 0);
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
      // While a step is pinned its observers' reports are no news: they can arrive after our
      // scroll has settled (late on a busy page) and would move the step or its progress by the
      // pixel the trigger line sits past its top, away from what the link or key asked for.
      .onStepEnter(({ index, direction }) => {
        if (this.#programmatic || this.#pinned) return;
        this.#direction = direction;
        this.#setIndex(index);
      })
      .onStepProgress(({ index, progress }) => {
        if (!this.#programmatic && !this.#pinned && index === this.#activeIndex) this.#progress = progress;
      });
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
    const el = this.#steps[index];
    if (!el) return;
    this.#direction = index >= this.#activeIndex ? 'down' : 'up';
    this.#setIndex(index);
    this.#pinned = el;
    this.#pinnedProgress = clamp01(progress);
    this.#progress = this.#pinnedProgress;
    this.#align(el, smooth, this.#pinnedProgress);
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

  #setIndex(index: number): void {
    if (index === this.#activeIndex) return;
    this.#activeIndex = index;
    this.#progress = 0;
  }

  /** Each step's top edge on screen, in document order. */
  #stepTops(): number[] {
    return this.#steps.map((el) => el.getBoundingClientRect().top);
  }

  #triggerY(): number {
    return window.innerHeight * this.#offset;
  }

  /**
   * Scroll so that the trigger line crosses `el` `progress` of the way down (at 0: just past its
   * top), as far as the page allows.
   */
  #align(el: HTMLElement, smooth: boolean, progress = 0): void {
    const top = this.#triggerY() - 1 - progress * el.getBoundingClientRect().height;
    const max = document.documentElement.scrollHeight - window.innerHeight;
    const y = Math.min(max, Math.max(0, window.scrollY + el.getBoundingClientRect().top - top));
    this.#anchor = { el, top };
    this.#pinnedY = y;
    if (Math.abs(y - window.scrollY) < 1) return;
    this.#programmatic = true;
    window.scrollTo({ top: y, behavior: smooth ? 'smooth' : 'instant' });
    this.#scheduleSettle();
  }

  readonly #onScroll = (): void => {
    if (!this.#programmatic) {
      this.#anchor = undefined;
      // Not our scroll, and the page is not where we put it: the reader took over by a way that
      // sends none of READER_INPUT (a scrollbar dragged in some browsers, find in page).
      if (Math.abs(window.scrollY - this.#pinnedY) >= 1) this.#pinned = undefined;
    }
    this.#scheduleSettle();
  };

  /**
   * The browser says the scroll is over (the fling's glide, a smooth scroll of ours, a finger
   * lifted). When it ended on a step other than the active one (a fling that outran the observer,
   * the end of a scroll of ours), settle now rather than a timer's wait later: up to 120 ms sooner
   * on the map. Otherwise the timer settles as before: a slow wheel ends a scroll at every notch,
   * and settling each one (progress from geometry, then scrollama's again) gave the map extra
   * states to draw through the moving fronts (frame p95 217 ms against 100, benchmark).
   */
  readonly #onScrollEnd = (): void => {
    const tops = this.#stepTops();
    if (!this.#programmatic && activeFromGeometry(tops, this.#triggerY()) === this.#activeIndex) return;
    clearTimeout(this.#settleTimer);
    this.#settle(tops);
  };

  readonly #onReaderInput = (): void => {
    this.#programmatic = false;
    this.#pinned = undefined;
  };

  readonly #onResize = (): void => {
    this.#instance?.resize();
    this.#scheduleSettle();
  };

  /** The layout shifted: put the pinned or anchored step back where it was on screen. */
  readonly #onLayout = (): void => {
    if (this.#pinned) return this.#align(this.#pinned, false, this.#pinnedProgress);
    const anchor = this.#anchor;
    if (!anchor) return;
    const delta = anchor.el.getBoundingClientRect().top - anchor.top;
    if (Math.abs(delta) < 1) return;
    this.#programmatic = true;
    window.scrollBy({ top: delta, behavior: 'instant' });
    this.#scheduleSettle();
  };

  #scheduleSettle(): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => this.#settle(), SETTLE_MS);
  }

  /**
   * Scrolling came to rest. A pinned step is put back under the trigger line if something moved
   * it; otherwise the step under the trigger line wins, and is anchored there.
   */
  readonly #settle = (tops = this.#stepTops()): void => {
    this.#programmatic = false;
    const index = activeFromGeometry(tops, this.#triggerY());
    const pinned = this.#pinned ? this.#steps.indexOf(this.#pinned) : -1;
    if (pinned >= 0 && index !== pinned) return this.#align(this.#pinned!, false, this.#pinnedProgress);
    if (index !== this.#activeIndex) {
      this.#direction = index > this.#activeIndex ? 'down' : 'up';
      this.#setIndex(index);
    }
    const el = this.#steps[index]!;
    this.#anchor = { el, top: tops[index]! };
    // Progress from geometry too, so a fling that skipped progress events still ends exact.
    if (pinned < 0) {
      const height = el.getBoundingClientRect().height;
      this.#progress = height > 0 ? clamp01((this.#triggerY() - tops[index]!) / height) : 0;
    }
  };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
