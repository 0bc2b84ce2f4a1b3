import { describe, expect, it } from 'vitest';
import {
  initialScrollerState,
  scrollerReducer,
  type Page,
  type ScrollerEvent,
  type ScrollerState,
  type Transition,
} from './scrollerReducer.ts';

/**
 * A page of ten 800 px steps under a 400 px header, in a 1000 px viewport with the trigger line at
 * 60 %: step i's top is at 400 + 800·i in the document.
 */
class FakePage implements Page {
  scrollY = 0;
  /** Content inserted above the steps after load (a web font arriving, a language switch). */
  shift = 0;
  /** 60 % of the viewport's height. */
  triggerY = 600;
  readonly maxScroll = 400 + 10 * 800 - 1000;
  /** How many times the steps' geometry was read. */
  reads = 0;
  tops(): number[] {
    this.reads++;
    return Array.from({ length: 10 }, (_, i) => 400 + this.shift + 800 * i - this.scrollY);
  }
  height(): number {
    return 800;
  }
}

/** The page scrolled so that the trigger line is `progress` of the way through step `index`. */
const yAt = (index: number, progress = 0) => 400 + 800 * index + 800 * progress - 600;

/** Runs events in order, doing each scroll effect as the browser would; returns the last transition. */
function play(state: ScrollerState, page: FakePage, events: ScrollerEvent[]): Transition {
  let t: Transition = { state, effects: [] };
  for (const event of events) {
    t = scrollerReducer(t.state, event, page);
    for (const effect of t.effects) {
      if (effect.type === 'scrollTo') page.scrollY = effect.top;
      if (effect.type === 'scrollBy') page.scrollY += effect.top;
    }
  }
  return t;
}

/** A deep link to step 3 at progress 0.5, landed and settled. */
function deepLinked(page: FakePage): ScrollerState {
  const t = play(initialScrollerState(3, 0.5), page, [
    { type: 'scrollTo', index: 3, smooth: false, progress: 0.5 },
    { type: 'scroll' },
    { type: 'settle' },
  ]);
  return t.state;
}

describe('scrollerReducer', () => {
  it('scrolls a deep link so the trigger line sits at its progress, and pins the step', () => {
    const page = new FakePage();
    const t = scrollerReducer(
      initialScrollerState(3, 0.5),
      { type: 'scrollTo', index: 3, smooth: false, progress: 0.5 },
      page,
    );
    // The line one pixel past the point half-way through the step.
    expect(t.effects).toEqual([
      { type: 'scrollTo', top: yAt(3, 0.5) + 1, smooth: false },
      { type: 'scheduleSettle' },
    ]);
    expect(t.state).toMatchObject({ activeIndex: 3, progress: 0.5, pinned: 3, programmatic: true });
  });

  it('ignores observer reports that arrive late after a pinned deep link (c336eac)', () => {
    const page = new FakePage();
    const pinned = deepLinked(page);
    expect(pinned).toMatchObject({ activeIndex: 3, progress: 0.5, pinned: 3, programmatic: false });
    // scrollama's reports, delivered after the settle timer on a busy page: the trigger line sits
    // a pixel past the point asked for, which moved the front by a pixel.
    const late = play(pinned, page, [
      { type: 'progress', index: 3, progress: 0.5008 },
      { type: 'enter', index: 3, direction: 'down' },
    ]);
    expect(late.state).toBe(pinned);
    expect(late.effects).toEqual([]);
  });

  it('holds a pinned step under the line when the layout shifts, at its progress', () => {
    const page = new FakePage();
    const pinned = deepLinked(page);
    page.shift = 240; // fonts arrive: content above the steps grows
    const t = play(pinned, page, [{ type: 'layout' }]);
    expect(t.effects[0]).toEqual({ type: 'scrollTo', top: yAt(3, 0.5) + 1 + 240, smooth: false });
    const settled = play(t.state, page, [{ type: 'scroll' }, { type: 'settle' }]);
    expect(settled.state).toMatchObject({ activeIndex: 3, progress: 0.5, pinned: 3 });
  });

  it('puts a pinned step back when scrolling settles on another one', () => {
    const page = new FakePage();
    const pinned = deepLinked(page);
    page.shift = -900; // the page shrank above the step while no observer ran
    const t = play(pinned, page, [{ type: 'settle' }]);
    expect(t.effects[0]).toEqual({ type: 'scrollTo', top: yAt(3, 0.5) + 1 - 900, smooth: false });
    expect(t.state).toMatchObject({ activeIndex: 3, pinned: 3 });
  });

  it('releases a pinned step when the page is scrolled away by no reader input (find in page)', () => {
    const page = new FakePage();
    const pinned = deepLinked(page);
    page.scrollY += 0.5; // sub-pixel: still where we put it
    const still = play(pinned, page, [{ type: 'scroll' }]);
    expect(still.state.pinned).toBe(3);
    page.scrollY = yAt(5, 0.25);
    const released = play(still.state, page, [{ type: 'scroll' }]);
    expect(released.state.pinned).toBeUndefined();
    expect(released.state.anchor).toBeUndefined();
    // From now on the observers speak for the reader again.
    const moved = play(released.state, page, [{ type: 'enter', index: 5, direction: 'down' }]);
    expect(moved.state).toMatchObject({ activeIndex: 5, progress: 0, direction: 'down' });
    expect(play(moved.state, page, [{ type: 'progress', index: 5, progress: 0.25 }]).state.progress).toBe(
      0.25,
    );
  });

  it('releases a pinned step and our scroll at the reader’s input', () => {
    const page = new FakePage();
    const t = play(initialScrollerState(0), page, [
      { type: 'scrollTo', index: 8, smooth: true, progress: 0 },
    ]);
    expect(t.state.programmatic).toBe(true);
    const taken = play(t.state, page, [
      { type: 'readerInput' },
      { type: 'enter', index: 7, direction: 'up' },
    ]);
    expect(taken.state).toMatchObject({
      activeIndex: 7,
      direction: 'up',
      pinned: undefined,
      programmatic: false,
    });
  });

  it('goes straight to the destination of a scroll of ours, ignoring the steps it passes', () => {
    const page = new FakePage();
    let state = scrollerReducer(
      initialScrollerState(0),
      { type: 'scrollTo', index: 8, smooth: true, progress: 0 },
      page,
    ).state;
    expect(state).toMatchObject({ activeIndex: 8, direction: 'down' });
    for (let i = 1; i < 8; i++) {
      page.scrollY = yAt(i, 0.5);
      state = play(state, page, [
        { type: 'scroll' },
        { type: 'enter', index: i, direction: 'down' },
        { type: 'progress', index: i, progress: 0.5 },
      ]).state;
      expect(state.activeIndex).toBe(8);
    }
  });

  it('settles a fling that skipped steps on the step under the line, progress from geometry', () => {
    const page = new FakePage();
    // The observer saw step 1 come in; the fling then outran it to a quarter through step 6.
    let state = play(initialScrollerState(0), page, [{ type: 'enter', index: 1, direction: 'down' }]).state;
    page.scrollY = yAt(6, 0.25);
    state = play(state, page, [{ type: 'scroll' }, { type: 'settle' }]).state;
    expect(state).toMatchObject({ activeIndex: 6, direction: 'down', progress: 0.25, programmatic: false });
    expect(state.anchor).toEqual({ index: 6, top: 600 - 200 });
    // And back up, past four steps.
    page.scrollY = yAt(2, 0.5);
    state = play(state, page, [{ type: 'scroll' }, { type: 'settle' }]).state;
    expect(state).toMatchObject({ activeIndex: 2, direction: 'up', progress: 0.5 });
  });

  it('settles at scrollend at once when the scroll ended on another step (94d135f)', () => {
    const page = new FakePage();
    const state = play(initialScrollerState(2), page, []).state;
    page.scrollY = yAt(5, 0.5);
    const t = scrollerReducer(state, { type: 'scrollEnd' }, page);
    expect(t.effects).toEqual([{ type: 'cancelSettle' }]);
    expect(t.state).toMatchObject({ activeIndex: 5, progress: 0.5, direction: 'down' });
  });

  it('leaves scrollend on the active step to the timer: a slow wheel ends a scroll per notch (247a122)', () => {
    const page = new FakePage();
    page.scrollY = yAt(2, 0.3);
    const state = { ...initialScrollerState(2), progress: 0.3 };
    const t = scrollerReducer(state, { type: 'scrollEnd' }, page);
    expect(t).toEqual({ state, effects: [] });
    // The step tops were read once for the decision, not again to settle.
    expect(page.reads).toBe(1);
  });

  it('settles at scrollend that ends a scroll of ours, even on the same step', () => {
    const page = new FakePage();
    const going = scrollerReducer(
      initialScrollerState(0),
      { type: 'scrollTo', index: 4, smooth: true, progress: 0 },
      page,
    );
    page.scrollY = (going.effects[0] as { top: number }).top;
    page.reads = 0;
    const t = scrollerReducer(going.state, { type: 'scrollEnd' }, page);
    expect(t.effects).toEqual([{ type: 'cancelSettle' }]);
    expect(t.state).toMatchObject({ activeIndex: 4, programmatic: false, pinned: 4, progress: 0 });
    expect(page.reads).toBe(1);
  });

  it('keeps the anchored step where it was on screen when the layout shifts (a language switch)', () => {
    const page = new FakePage();
    page.scrollY = yAt(4, 0.5);
    const settled = play(initialScrollerState(4), page, [{ type: 'settle' }]).state;
    page.shift = 120;
    const t = scrollerReducer(settled, { type: 'layout' }, page);
    expect(t.effects).toEqual([{ type: 'scrollBy', top: 120 }, { type: 'scheduleSettle' }]);
    expect(t.state.programmatic).toBe(true);
    // Our own scroll back does not drop the anchor; the reader's would.
    page.scrollY += 120;
    expect(scrollerReducer(t.state, { type: 'scroll' }, page).state.anchor).toEqual(settled.anchor);
    const readers = scrollerReducer({ ...t.state, programmatic: false }, { type: 'scroll' }, page);
    expect(readers.state.anchor).toBeUndefined();
  });

  it('keeps the reader on their step and progress when the viewport grows as they scroll', () => {
    // A phone's toolbar collapses as the reader scrolls: the viewport grows by 100 px, the trigger
    // line moves down by 60, and the steps, sized to the viewport, move down by 800 in the page:
    // left to the settle, the step before would be under the line.
    const page = new FakePage();
    page.scrollY = yAt(4, 0.5);
    let state = play(initialScrollerState(4), page, [{ type: 'settle' }]).state;
    page.scrollY += 40;
    state = play(state, page, [{ type: 'scroll' }, { type: 'progress', index: 4, progress: 0.55 }]).state;
    page.shift = 800;
    page.triggerY = 660;
    const t = play(state, page, [{ type: 'resize' }, { type: 'scroll' }, { type: 'settle' }]);
    expect(t.state).toMatchObject({ activeIndex: 4, pinned: undefined, programmatic: false });
    expect(page.tops()[4]).toBeCloseTo(660 - 1 - 0.55 * 800, 6);
  });

  it('puts a pinned step back at its progress when the viewport changes, before the reader’s scroll event', () => {
    // WebKit: the reader's scroll comes in after the resize it caused.
    const page = new FakePage();
    const state = deepLinked(page);
    page.scrollY += 40;
    page.shift = 800;
    page.triggerY = 660;
    const t = play(state, page, [{ type: 'resize' }, { type: 'scroll' }, { type: 'settle' }]);
    expect(t.state).toMatchObject({ activeIndex: 3, pinned: 3, programmatic: false });
    expect(page.tops()[3]).toBeCloseTo(660 - 1 - 0.5 * 800, 6);
    // A scroll of ours under way is left to finish; its settle puts the step back.
    const flying = { ...state, programmatic: true };
    expect(scrollerReducer(flying, { type: 'resize' }, page)).toEqual({
      state: flying,
      effects: [{ type: 'scheduleSettle' }],
    });
  });

  it('ignores a layout change that moved nothing, and a step that does not exist', () => {
    const page = new FakePage();
    page.scrollY = yAt(4, 0.5);
    const settled = play(initialScrollerState(4), page, [{ type: 'settle' }]).state;
    expect(scrollerReducer(settled, { type: 'layout' }, page)).toEqual({ state: settled, effects: [] });
    const t = scrollerReducer(settled, { type: 'scrollTo', index: 10, smooth: false, progress: 0 }, page);
    expect(t).toEqual({ state: settled, effects: [] });
  });

  it('does not scroll to a step already under the line, but still pins it', () => {
    const page = new FakePage();
    page.scrollY = yAt(2) + 1;
    const t = scrollerReducer(
      initialScrollerState(2),
      { type: 'scrollTo', index: 2, smooth: true, progress: 0 },
      page,
    );
    expect(t.effects).toEqual([]);
    expect(t.state).toMatchObject({ pinned: 2, programmatic: false, pinnedY: yAt(2) + 1 });
  });

  it('clamps a deep link’s progress and scrolls no further than the page goes', () => {
    const page = new FakePage();
    expect(initialScrollerState(0, Number.NaN).progress).toBe(0);
    const t = scrollerReducer(
      initialScrollerState(0),
      { type: 'scrollTo', index: 9, smooth: false, progress: 7 },
      page,
    );
    expect(t.state.progress).toBe(1);
    expect(t.effects[0]).toEqual({ type: 'scrollTo', top: page.maxScroll, smooth: false });
  });
});
