/**
 * The scroller's decisions, as a pure function: given what it knows and what just happened, the
 * new state and what to do to the page. scroller.svelte.ts owns the DOM side (scrollama, the
 * listeners, the settle timer) and runs the effects; this file owns the rules, which each came
 * from a bug (see the tests):
 *
 * - During a scroll of ours (keyboard, timeline, deep link) observer reports are not the reader's
 *   and are ignored until it settles, so the map goes straight to the destination.
 * - A step we scrolled to stays pinned under the trigger line at the progress asked for until the
 *   reader takes over (their input, or the page scrolled away from where we put it): observer
 *   reports that arrive late on a busy page and layout shifts cannot move it.
 * - When scrolling settles, the step under the trigger line wins whatever events were skipped (a
 *   fling), with its progress from geometry. `scrollend` settles at once only when it ended on
 *   another step or ended a scroll of ours: a slow wheel ends a scroll at every notch.
 * - Otherwise a layout shift the reader did not cause keeps the active step where it was on screen,
 *   and a viewport resize keeps it at the same progress under the (moved) trigger line.
 */
import { activeFromGeometry } from './activeFromGeometry.ts';

export type Direction = 'up' | 'down';

export interface ScrollerState {
  activeIndex: number;
  /** How far the trigger line is through the active step, 0–1. */
  progress: number;
  direction: Direction;
  /** Our own scroll is under way (its scroll events are not the reader's). */
  programmatic: boolean;
  /** The step we scrolled to, held under the trigger line until the reader takes over. */
  pinned: number | undefined;
  /** How far through the pinned step the trigger line is held. */
  pinnedProgress: number;
  /** Where we last put the page (`scrollY`) for the pinned step. */
  pinnedY: number;
  /** A step and where its top should stay on screen while the layout shifts. */
  anchor: { index: number; top: number } | undefined;
}

/**
 * What the reducer may read of the page at the moment of an event. Read lazily by the DOM side,
 * so an event that needs no geometry costs no layout.
 */
export interface Page {
  readonly scrollY: number;
  /** The trigger line, in pixels from the viewport's top. */
  readonly triggerY: number;
  /** The furthest the page scrolls (`scrollHeight - innerHeight`). */
  readonly maxScroll: number;
  /** Every step's top edge on screen, in document order. */
  tops(): readonly number[];
  height(index: number): number;
}

export type ScrollerEvent =
  /** scrollama: a step's top crossed the trigger line. */
  | { type: 'enter'; index: number; direction: Direction }
  /** scrollama: the trigger line moved through a step. */
  | { type: 'progress'; index: number; progress: number }
  /** We were asked to show step `index` at `progress` (a key, the timeline, a deep link). */
  | { type: 'scrollTo'; index: number; smooth: boolean; progress: number }
  | { type: 'scroll' }
  /** The browser's `scrollend`. */
  | { type: 'scrollEnd' }
  /** Wheel, touch, pointer or key: the reader takes over. */
  | { type: 'readerInput' }
  | { type: 'resize' }
  /** The page or a step changed size. */
  | { type: 'layout' }
  /** The settle timer ran out: no scroll event for a while. */
  | { type: 'settle' };

export type ScrollerEffect =
  | { type: 'scrollTo'; top: number; smooth: boolean }
  | { type: 'scrollBy'; top: number }
  /** (Re)start the settle timer; it sends `settle` when it runs out. */
  | { type: 'scheduleSettle' }
  | { type: 'cancelSettle' };

export interface Transition {
  state: ScrollerState;
  effects: ScrollerEffect[];
}

/** The state before any event: the page opens at `index` (a deep link may name a progress). */
export function initialScrollerState(index: number, progress = 0): ScrollerState {
  return {
    activeIndex: index,
    progress: clamp01(progress),
    direction: 'down',
    programmatic: false,
    pinned: undefined,
    pinnedProgress: 0,
    pinnedY: 0,
    anchor: undefined,
  };
}

/**
 * The scroller's next state and the page effects of one event.
 * @example
 * scrollerReducer(state, { type: 'progress', index: 3, progress: 0.5008 }, page)
 * // while step 3 is pinned at 0.5: the same state, no effects
 */
export function scrollerReducer(state: ScrollerState, event: ScrollerEvent, page: Page): Transition {
  const held = state.programmatic || state.pinned !== undefined;
  switch (event.type) {
    case 'enter':
      // While a step is pinned its observers' reports are no news: they can arrive after our
      // scroll has settled (late on a busy page) and would move the step or its progress by the
      // pixel the trigger line sits past its top, away from what the link or key asked for.
      if (held) return same(state);
      return { state: withIndex({ ...state, direction: event.direction }, event.index), effects: [] };
    case 'progress':
      if (held || event.index !== state.activeIndex) return same(state);
      return { state: { ...state, progress: event.progress }, effects: [] };
    case 'scrollTo': {
      if (event.index < 0 || event.index >= page.tops().length) return same(state);
      const direction: Direction = event.index >= state.activeIndex ? 'down' : 'up';
      const pinnedProgress = clamp01(event.progress);
      const next = {
        ...withIndex({ ...state, direction }, event.index),
        pinned: event.index,
        pinnedProgress,
        progress: pinnedProgress,
      };
      return align(next, event.index, event.smooth, pinnedProgress, page);
    }
    case 'scroll': {
      if (state.programmatic) return { state, effects: [{ type: 'scheduleSettle' }] };
      // Not our scroll, and the page is not where we put it: the reader took over by a way that
      // sends no reader input (a scrollbar dragged in some browsers, find in page).
      const moved = Math.abs(page.scrollY - state.pinnedY) >= 1;
      const next = { ...state, anchor: undefined, ...(moved ? { pinned: undefined } : {}) };
      return { state: next, effects: [{ type: 'scheduleSettle' }] };
    }
    case 'scrollEnd': {
      // Settle now (up to 120 ms sooner on the map) only when the scroll ended on another step
      // than the active one, or ended a scroll of ours. Settling at every notch of a slow wheel
      // (progress from geometry, then scrollama's again) gave the map extra states to draw
      // through the moving fronts (frame p95 217 ms against 100, benchmark).
      if (!state.programmatic && activeFromGeometry(page.tops(), page.triggerY) === state.activeIndex) {
        return same(state);
      }
      const settled = settle(state, page);
      return { state: settled.state, effects: [{ type: 'cancelSettle' }, ...settled.effects] };
    }
    case 'readerInput':
      return { state: { ...state, programmatic: false, pinned: undefined }, effects: [] };
    case 'resize': {
      // The viewport changed size (a phone's toolbar collapsing as the reader scrolls, a window
      // resized): the trigger line moved, and steps sized to the viewport moved under it. Left to
      // the settle, the step under the line would win: the one before, on a phone whose page grew.
      // So the step is put back now: a pinned one at its progress, else the reader's own place,
      // the active step and how far through it they were. In WebKit the reader's last scroll
      // event can come after the resize; it finds the page ours and changes nothing. A scroll of
      // ours under way is left to finish, and its settle puts its step back.
      if (state.programmatic) return { state, effects: [{ type: 'scheduleSettle' }] };
      const pinned = state.pinned !== undefined;
      const index = state.pinned ?? state.activeIndex;
      const aligned = align(state, index, false, pinned ? state.pinnedProgress : state.progress, page);
      return {
        state: aligned.state,
        effects: [...aligned.effects.filter(isScroll), { type: 'scheduleSettle' }],
      };
    }
    case 'layout':
      return layout(state, page);
    case 'settle':
      return settle(state, page);
  }
}

const isScroll = (effect: ScrollerEffect) => effect.type === 'scrollTo';

function same(state: ScrollerState): Transition {
  return { state, effects: [] };
}

function withIndex(state: ScrollerState, index: number): ScrollerState {
  return index === state.activeIndex ? state : { ...state, activeIndex: index, progress: 0 };
}

/**
 * Scroll so that the trigger line crosses step `index` `progress` of the way down (at 0: just past
 * its top), as far as the page allows.
 */
function align(
  state: ScrollerState,
  index: number,
  smooth: boolean,
  progress: number,
  page: Page,
): Transition {
  const top = page.triggerY - 1 - progress * page.height(index);
  const y = Math.min(page.maxScroll, Math.max(0, page.scrollY + page.tops()[index]! - top));
  const next = { ...state, anchor: { index, top }, pinnedY: y };
  if (Math.abs(y - page.scrollY) < 1) return same(next);
  return {
    state: { ...next, programmatic: true },
    effects: [{ type: 'scrollTo', top: y, smooth }, { type: 'scheduleSettle' }],
  };
}

/** The layout shifted: put the pinned or anchored step back where it was on screen. */
function layout(state: ScrollerState, page: Page): Transition {
  if (state.pinned !== undefined) return align(state, state.pinned, false, state.pinnedProgress, page);
  const anchor = state.anchor;
  if (!anchor) return same(state);
  const delta = page.tops()[anchor.index]! - anchor.top;
  if (Math.abs(delta) < 1) return same(state);
  return {
    state: { ...state, programmatic: true },
    effects: [{ type: 'scrollBy', top: delta }, { type: 'scheduleSettle' }],
  };
}

/**
 * Scrolling came to rest. A pinned step is put back under the trigger line if something moved it;
 * otherwise the step under the trigger line wins, and is anchored there.
 */
function settle(state: ScrollerState, page: Page): Transition {
  const tops = page.tops();
  const index = activeFromGeometry(tops, page.triggerY);
  let next: ScrollerState = { ...state, programmatic: false };
  const pinned = next.pinned;
  if (pinned !== undefined && index !== pinned) return align(next, pinned, false, next.pinnedProgress, page);
  if (index !== next.activeIndex) {
    next = withIndex({ ...next, direction: index > next.activeIndex ? 'down' : 'up' }, index);
  }
  next.anchor = { index, top: tops[index]! };
  // Progress from geometry too, so a fling that skipped progress events still ends exact.
  if (pinned === undefined) {
    const height = page.height(index);
    next.progress = height > 0 ? clamp01((page.triggerY - tops[index]!) / height) : 0;
  }
  return same(next);
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
