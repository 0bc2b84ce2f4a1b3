import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchContextLoss } from './watchContextLoss.ts';

afterEach(() => {
  vi.useRealTimers();
});

/**
 * A map container as far as context events go. (Node's EventTarget keeps a listener added with
 * `capture: true` after a removeEventListener with the same arguments, which a browser removes.)
 */
class Target {
  readonly listeners = new Set<string>();
  readonly #handlers = new Map<string, () => void>();
  addEventListener(type: string, handler: () => void, capture: boolean): void {
    this.#handlers.set(`${type}:${capture}`, handler);
    this.listeners.add(`${type}:${capture}`);
  }
  removeEventListener(type: string, handler: () => void, capture: boolean): void {
    if (this.#handlers.get(`${type}:${capture}`) !== handler) return;
    this.#handlers.delete(`${type}:${capture}`);
    this.listeners.delete(`${type}:${capture}`);
  }
  dispatch(type: string): void {
    // Context events do not bubble: only a capture listener on the container hears the canvas's.
    this.#handlers.get(`${type}:true`)?.();
  }
}

describe('watchContextLoss', () => {
  it('gives up on a context not restored in time, once, and not for one restored in time', () => {
    vi.useFakeTimers();
    const target = new Target();
    const gone = vi.fn();
    const stop = watchContextLoss(target as unknown as EventTarget, 3000, gone);
    target.dispatch('webglcontextlost');
    vi.advanceTimersByTime(2000);
    target.dispatch('webglcontextrestored');
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
    target.dispatch('webglcontextlost');
    vi.advanceTimersByTime(2999);
    expect(gone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(gone).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops watching, and forgets a wait under way, when told to', () => {
    vi.useFakeTimers();
    const target = new Target();
    const gone = vi.fn();
    const stop = watchContextLoss(target as unknown as EventTarget, 3000, gone);
    expect([...target.listeners]).toEqual(['webglcontextlost:true', 'webglcontextrestored:true']);
    target.dispatch('webglcontextlost');
    stop();
    expect(target.listeners.size).toBe(0);
    target.dispatch('webglcontextlost');
    vi.advanceTimersByTime(10_000);
    expect(gone).not.toHaveBeenCalled();
  });
});
