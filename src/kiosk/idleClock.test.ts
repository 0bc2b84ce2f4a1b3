import { describe, expect, it } from 'vitest';
import { idleStep, type IdleEvent, type IdleState } from './idleClock.ts';

const times = { idleSeconds: 90, resetSeconds: 60 };
const s = (seconds: number) => seconds * 1000;

/** Run events from a state; the actions taken, in order. */
function run(start: IdleState, events: IdleEvent[]) {
  let state = start;
  const actions: string[] = [];
  for (const event of events) {
    const next = idleStep(state, event, times);
    state = next.state;
    if (next.action !== 'none') actions.push(`${next.action}@${event.at / 1000}`);
  }
  return { state, actions };
}

describe('idleStep', () => {
  it('returns a visitor who walked away to the title, then plays the story', () => {
    const ticks = Array.from({ length: 100 }, (_, i) => ({ type: 'tick', at: s(i + 1) }) as const);
    const { state, actions } = run({ phase: 'story', lastInput: 0 }, ticks);
    expect(actions).toEqual(['reset@60', 'attract@90']);
    expect(state.phase).toBe('attract');
  });

  it('counts from the last touch', () => {
    const { state, actions } = run({ phase: 'story', lastInput: 0 }, [
      { type: 'tick', at: s(59) },
      { type: 'input', at: s(59.5) },
      { type: 'tick', at: s(110) },
      { type: 'tick', at: s(119.5) },
    ]);
    expect(actions).toEqual(['reset@119.5']);
    expect(state).toEqual({ phase: 'title', lastInput: s(59.5) });
  });

  it('from the title, only the attract loop follows idleness', () => {
    const { actions } = run({ phase: 'title', lastInput: 0 }, [
      { type: 'tick', at: s(60) },
      { type: 'tick', at: s(89) },
      { type: 'tick', at: s(90) },
      { type: 'tick', at: s(500) },
    ]);
    expect(actions).toEqual(['attract@90']);
  });

  it('a touch during the attract loop wakes the kiosk at the title', () => {
    const { state, actions } = run({ phase: 'attract', lastInput: 0 }, [
      { type: 'tick', at: s(200) },
      { type: 'input', at: s(201), navigated: 'story' },
    ]);
    expect(actions).toEqual(['reset@201']);
    expect(state).toEqual({ phase: 'title', lastInput: s(201) });
  });

  it('Next from the title starts the story; its idleness then resets it', () => {
    const { state, actions } = run({ phase: 'title', lastInput: 0 }, [
      { type: 'input', at: s(10), navigated: 'story' },
      { type: 'tick', at: s(69) },
      { type: 'tick', at: s(70) },
    ]);
    expect(actions).toEqual(['reset@70']);
    expect(state.phase).toBe('title');
  });

  it('with a reset longer than the idle time, the attract loop comes first', () => {
    const next = idleStep({ phase: 'story', lastInput: 0 }, { type: 'tick', at: s(95) }, times);
    expect(next.action).toBe('attract');
    const long = { idleSeconds: 30, resetSeconds: 300 };
    expect(idleStep({ phase: 'story', lastInput: 0 }, { type: 'tick', at: s(31) }, long).action).toBe(
      'attract',
    );
  });
});
