import { describe, expect, it, vi } from 'vitest';
import type { MapState } from '../story/targetState.ts';
import { ApplyQueue, type MapRequest, type Published } from './applyQueue.ts';

const padding = { top: 0, right: 0, bottom: 0, left: 0 };
const request = (index: number): MapRequest => ({
  index,
  state: { step: index } as unknown as MapState,
  padding,
  lang: 'en',
  reduced: false,
});
/** Lets the queued tasks run (nextTask is a MessageChannel task in Node). */
const tasks = async (n = 4) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('ApplyQueue', () => {
  it('sends only the newest of the states queued within one task, then publishes it', async () => {
    const apply = vi.fn();
    const published: Published[] = [];
    const queue = new ApplyQueue(
      () => apply,
      (p) => published.push(p),
    );
    queue.push(request(1));
    queue.push(request(2));
    queue.push(request(3));
    expect(apply).not.toHaveBeenCalled();
    expect(published.at(-1)).toEqual({ pending: true });
    await tasks();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply.mock.calls[0]![0]).toEqual({ step: 3 });
    // The first state the map gets is a cut; a neighbour then flies.
    expect(apply.mock.calls[0]![1]).toMatchObject({ transition: 'cut', lang: 'en', reducedMotion: false });
    expect(published.at(-1)).toEqual({ applied: { step: 3 }, pending: false });
    queue.push(request(4));
    await tasks();
    expect(apply.mock.calls[1]![1]).toMatchObject({ transition: 'fly' });
  });

  it('leaves publishing to a newer state queued behind the one applied', async () => {
    const published: Published[] = [];
    const apply = vi.fn((state: MapState) => {
      // A state arrives just after the map took the last one, before the page shows it.
      if ((state as unknown as { step: number }).step === 1) queueMicrotask(() => queue.push(request(2)));
    });
    const queue: ApplyQueue = new ApplyQueue(
      () => apply,
      (p) => published.push(p),
    );
    queue.push(request(1));
    await tasks(6);
    expect(apply).toHaveBeenCalledTimes(2);
    expect(published.filter((p) => p.applied)).toEqual([{ applied: { step: 2 }, pending: false }]);
  });

  it('drops the queue, not ready, when there is no map to apply to', async () => {
    const published: Published[] = [];
    const queue = new ApplyQueue(
      () => undefined,
      (p) => published.push(p),
    );
    queue.push(request(1));
    await tasks();
    expect(published).toEqual([{ pending: true }, { pending: false }]);
  });
});
