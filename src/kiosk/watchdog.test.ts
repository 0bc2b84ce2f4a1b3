import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_RESTORE_MS, MAX_RELOADS, RELOAD_WINDOW_MS, allowReload, armWatchdog } from './watchdog.ts';

describe('allowReload', () => {
  it(`allows ${MAX_RELOADS} reloads in the window, then refuses until old ones age out`, () => {
    let recent: number[] = [];
    const decisions: boolean[] = [];
    for (const t of [0, 1000, 2000, 3000]) {
      const d = allowReload(recent, t);
      decisions.push(d.reload);
      recent = d.recent;
    }
    expect(decisions).toEqual([true, true, true, false]);
    expect(allowReload(recent, RELOAD_WINDOW_MS + 500).reload).toBe(true);
  });
});

describe('armWatchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const target = new EventTarget() as unknown as Window;
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const reload = vi.fn();
    const log = vi.fn();
    const disarm = armWatchdog(target, { reload, storage, log, now: () => Date.now() });
    return { target, reload, log, disarm };
  }

  it('reloads after an uncaught error', () => {
    const { target, reload } = setup();
    target.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('gives a lost WebGL context time to come back, and reloads if it does not', () => {
    const { target, reload } = setup();
    target.dispatchEvent(new Event('webglcontextlost'));
    target.dispatchEvent(new Event('webglcontextrestored'));
    vi.advanceTimersByTime(CONTEXT_RESTORE_MS * 2);
    expect(reload).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('webglcontextlost'));
    vi.advanceTimersByTime(CONTEXT_RESTORE_MS + 10);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('ignores the harmless ResizeObserver loop report, and nothing after disarm', () => {
    const { target, reload, disarm } = setup();
    target.dispatchEvent(
      Object.assign(new Event('error'), {
        message: 'ResizeObserver loop completed with undelivered notifications.',
      }),
    );
    disarm();
    target.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
    vi.advanceTimersByTime(5000);
    expect(reload).not.toHaveBeenCalled();
  });
});
