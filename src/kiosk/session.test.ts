import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Readiness } from './readiness.ts';
import { KioskSession, type SessionHost } from './session.ts';
import { sleep } from './sleep.ts';

const times = { idleSeconds: 90, resetSeconds: 60, dwellSeconds: 10, playSeconds: 6 };
/** Story indices of the kiosk's three step slides (the story's steps 0, 2 and 5). */
const steps = [0, 2, 5];

/**
 * A session over a fake page, on vitest's fake clock: the log records what the page was asked to
 * do, and `map` is whether the map has drawn what was last shown (the test says when it has).
 */
function kiosk(firstSlide = 0, { updateWaiting = false } = {}) {
  const log: string[] = [];
  const map = new Readiness();
  const host: SessionHost = {
    show(slide, step, playMs) {
      map.set(false);
      log.push(`show ${slide} step=${step ?? '-'} play=${playMs}`);
    },
    changed: () => {},
    resetVisitor: () => log.push('visitor'),
    takeUpdate: () => updateWaiting && (log.push('update'), true),
    drawn: (signal) => map.when(signal, 5000),
    sleep,
  };
  const session = new KioskSession(steps, firstSlide, times, host, Date.now());
  /** Runs the clock on by `seconds`, ticking like the page (every 250 ms). */
  const wait = async (seconds: number) => {
    for (let t = 0; t < seconds * 4; t++) {
      await vi.advanceTimersByTimeAsync(250);
      session.tick(Date.now());
    }
  };
  return { session, log, map, wait };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('KioskSession', () => {
  it('maps slides to the story steps it shows, the title over the first', () => {
    const { session, log } = kiosk();
    expect(session.stepIndex).toBe(0);
    session.turn(2, Date.now());
    expect(session.stepIndex).toBe(2);
    session.turn(9, Date.now());
    expect(session.slide).toBe(3);
    session.turn(-1, Date.now());
    expect(session.slide).toBe(0);
    expect(log).toEqual(['show 2 step=2 play=6000', 'show 3 step=5 play=6000', 'show 0 step=- play=6000']);
  });

  it('returns a visitor who walked away to the title, with the default language and text size', async () => {
    const { session, log, wait } = kiosk();
    session.turn(1, Date.now());
    expect(session.phase).toBe('story');
    await wait(59);
    expect(session.slide).toBe(1);
    await wait(1);
    expect(session).toMatchObject({ phase: 'title', slide: 0 });
    expect(log.slice(1)).toEqual(['visitor', 'show 0 step=- play=6000']);
  });

  it("keeps a visitor's choices when the visitor goes back to the title", () => {
    const { session, log } = kiosk(2);
    session.turn(0, Date.now());
    expect(session.phase).toBe('title');
    expect(log).toEqual(['show 0 step=- play=6000']);
  });

  it('plays the story by itself after longer, from the title', async () => {
    const { session, log, map, wait } = kiosk();
    await wait(89);
    expect(session.phase).toBe('title');
    expect(log).toEqual([]);
    map.set(true);
    await wait(1);
    expect(session.phase).toBe('attract');
    expect(log).toEqual(['visitor', 'show 0 step=- play=6000', 'show 0 step=- play=8000']);
  });

  it('advances the attract loop only once each map is drawn, then after the dwell', async () => {
    const { session, log, map, wait } = kiosk();
    await wait(90);
    log.length = 0;
    await wait(4.5); // the title's map is not drawn yet: no dwell counted
    expect(log).toEqual([]);
    map.set(true);
    await wait(9.75);
    expect(session.slide).toBe(0);
    await wait(0.25);
    expect(log).toEqual(['show 1 step=0 play=8000']);
    map.set(true);
    await wait(10);
    expect(log).toEqual(['show 1 step=0 play=8000', 'show 2 step=2 play=8000']);
  });

  it('moves on without a drawn map after 5 s (no WebGL), and round to the title', async () => {
    const { session, log, wait } = kiosk();
    await wait(90);
    log.length = 0;
    await wait(4 * 15);
    expect(log).toEqual([
      'show 1 step=0 play=8000',
      'show 2 step=2 play=8000',
      'show 3 step=5 play=8000',
      'show 0 step=- play=8000',
    ]);
    expect(session.phase).toBe('attract');
  });

  it('a touch wakes it at the title, in the default language, and stops the loop', async () => {
    const { session, log, map, wait } = kiosk();
    await wait(90);
    map.set(true);
    await wait(10);
    expect(session.slide).toBe(1);
    log.length = 0;
    expect(session.input(Date.now())).toBe(true);
    expect(session).toMatchObject({ phase: 'title', slide: 0 });
    expect(log).toEqual(['visitor', 'show 0 step=- play=6000']);
    await wait(60);
    expect(log).toHaveLength(2);
    expect(session.input(Date.now())).toBe(false);
  });

  it('a deep link opens its slide in the story phase', () => {
    const { session } = kiosk(2);
    expect(session).toMatchObject({ phase: 'story', slide: 2, stepIndex: 2 });
  });

  it('takes a waiting update back at the title by itself, not after a touch', async () => {
    const unattended = kiosk(1, { updateWaiting: true });
    await unattended.wait(60);
    expect(unattended.log).toEqual(['visitor', 'show 0 step=- play=6000', 'update']);
    await unattended.wait(60);
    expect(unattended.log.filter((l) => l === 'update')).toHaveLength(2);
    expect(unattended.log.filter((l) => l.startsWith('show'))).toHaveLength(2);
  });
});
