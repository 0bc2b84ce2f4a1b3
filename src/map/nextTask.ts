/**
 * Runs `run` in a task of its own, soon: after the current task (and its rendering, if due) and
 * before slower timers. Unlike `requestAnimationFrame` it also runs in a hidden tab or an
 * off-screen frame, and unlike `setTimeout` it is not clamped or throttled there.
 */
export function nextTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (f: () => void) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(run);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}
