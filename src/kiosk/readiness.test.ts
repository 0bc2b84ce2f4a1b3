import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Readiness } from './readiness.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Whether `promise` has settled, after the microtasks now queued have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('Readiness', () => {
  it('resolves at once when already true', async () => {
    const ready = new Readiness();
    ready.set(true);
    expect(await settled(ready.when(new AbortController().signal, 5000))).toBe(true);
  });

  it('waits for the next change to true, not for a false', async () => {
    const ready = new Readiness();
    const waited = ready.when(new AbortController().signal, 5000);
    ready.set(false);
    expect(await settled(waited)).toBe(false);
    ready.set(true);
    expect(await settled(waited)).toBe(true);
  });

  it('gives up after the timeout, and on the abort', async () => {
    const ready = new Readiness();
    const timedOut = ready.when(new AbortController().signal, 5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(await settled(timedOut)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(timedOut)).toBe(true);
    const run = new AbortController();
    const aborted = ready.when(run.signal, 5000);
    run.abort();
    expect(await settled(aborted)).toBe(true);
  });
});
