/**
 * A yes/no condition that can be awaited: the page sets it as it changes (the map drawn or not),
 * and the attract loop waits for it to be true instead of asking again and again.
 */
export class Readiness {
  #ready = false;
  readonly #waiting = new Set<() => void>();

  /** The condition's new value; waiters resume when it is true. */
  set(ready: boolean): void {
    this.#ready = ready;
    if (!ready) return;
    for (const resume of [...this.#waiting]) resume();
  }

  /**
   * Resolves when the condition is true (at once if it is), after `timeoutMs` whatever it is (a
   * map that never comes, e.g. without WebGL, must not stop the loop), or on the abort.
   */
  when(signal: AbortSignal, timeoutMs: number): Promise<void> {
    if (this.#ready || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.#waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done, { once: true });
      this.#waiting.add(done);
    });
  }
}
