import { describe, expect, it, vi } from 'vitest';
import { WANTED_ON, whenWanted } from './whenWanted.ts';

/** A stand-in IntersectionObserver: the test says when the target is in view. */
function fakeObserver() {
  const made: FakeObserver[] = [];
  class FakeObserver {
    observed: unknown[] = [];
    disconnected = false;
    constructor(readonly callback: IntersectionObserverCallback) {
      made.push(this);
    }
    observe(target: Element) {
      this.observed.push(target);
    }
    disconnect() {
      this.disconnected = true;
    }
    /** The browser reporting the target's intersection. */
    report(isIntersecting: boolean) {
      const entry = { isIntersecting } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
  }
  return { Observer: FakeObserver, made };
}

/** An event target that counts its listeners. */
function fakePage() {
  const page = new EventTarget();
  let listeners = 0;
  const add = page.addEventListener.bind(page);
  const remove = page.removeEventListener.bind(page);
  page.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
    listeners++;
    add(...args);
  };
  page.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => {
    listeners--;
    remove(...args);
  };
  return { page, listeners: () => listeners };
}

const target = {} as Element;

function setup() {
  const { Observer, made } = fakeObserver();
  const { page, listeners } = fakePage();
  const start = vi.fn();
  const cleanup = whenWanted(target, start, { page, Observer });
  return { observer: made[0]!, page, listeners, start, cleanup };
}

describe('whenWanted', () => {
  it('waits while the target is out of view and nobody touches the page', () => {
    const { observer, start, listeners } = setup();
    expect(observer.observed).toEqual([target]);
    observer.report(false);
    expect(start).not.toHaveBeenCalled();
    expect(listeners()).toBe(WANTED_ON.length);
  });

  it('starts once when the target comes into view, and stops watching', () => {
    const { observer, page, start, listeners } = setup();
    observer.report(true);
    observer.report(true);
    page.dispatchEvent(new Event('pointerdown'));
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
    expect(listeners()).toBe(0);
  });

  it.each(WANTED_ON)('starts once at the first %s, and stops watching', (type) => {
    const { observer, page, start, listeners } = setup();
    page.dispatchEvent(new Event(type));
    page.dispatchEvent(new Event(type));
    observer.report(true);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
    expect(listeners()).toBe(0);
  });

  it('ignores other events, such as the article scrolling the frame', () => {
    const { page, start } = setup();
    for (const type of ['scroll', 'resize', 'message', 'pointermove']) page.dispatchEvent(new Event(type));
    expect(start).not.toHaveBeenCalled();
  });

  it('never starts once cleaned up, and leaves nothing behind', () => {
    const { observer, page, start, listeners, cleanup } = setup();
    cleanup();
    observer.report(true);
    page.dispatchEvent(new Event('keydown'));
    expect(start).not.toHaveBeenCalled();
    expect(observer.disconnected).toBe(true);
    expect(listeners()).toBe(0);
  });

  it('starts at once where there is no IntersectionObserver (as in Node)', () => {
    expect(globalThis.IntersectionObserver).toBeUndefined();
    const start = vi.fn();
    whenWanted(target, start, { page: new EventTarget() });
    expect(start).toHaveBeenCalledTimes(1);
  });
});
