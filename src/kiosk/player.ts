/**
 * Plays a step's period: drives progress from 0 to 1 over a duration, frame by frame, the way a
 * reader's scroll would. Used by the kiosk when a visitor opens a step and in the attract loop.
 */
export class ProgressPlayer {
  readonly #onProgress: (progress: number) => void;
  readonly #frame: (callback: (time: number) => void) => number;
  readonly #cancel: (handle: number) => void;
  #handle: number | undefined;

  constructor(
    onProgress: (progress: number) => void,
    frame: (callback: (time: number) => void) => number = (cb) => requestAnimationFrame(cb),
    cancel: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
  ) {
    this.#onProgress = onProgress;
    this.#frame = frame;
    this.#cancel = cancel;
  }

  /** Start at 0 and reach 1 after `durationMs` (at once for 0). Stops a play in progress. */
  play(durationMs: number): void {
    this.stop();
    this.#onProgress(0);
    if (durationMs <= 0) return this.#onProgress(1);
    let start: number | undefined;
    const tick = (time: number) => {
      start ??= time;
      const progress = Math.min(1, (time - start) / durationMs);
      this.#onProgress(progress);
      this.#handle = progress < 1 ? this.#frame(tick) : undefined;
    };
    this.#handle = this.#frame(tick);
  }

  stop(): void {
    if (this.#handle !== undefined) this.#cancel(this.#handle);
    this.#handle = undefined;
  }
}
