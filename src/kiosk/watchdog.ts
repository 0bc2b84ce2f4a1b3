/**
 * The kiosk's watchdog: an uncaught error or a WebGL context that does not come back reloads the
 * page at the current step and language (the URL carries them) instead of leaving a broken screen.
 * A page that keeps failing stops being reloaded, so a fault cannot turn into a reload storm.
 */
import { identity } from '../identity.ts';

/** At most this many reloads … */
export const MAX_RELOADS = 3;
/** … within this window (ms). */
export const RELOAD_WINDOW_MS = 5 * 60_000;
/** Grace for a lost WebGL context to be restored before the page is reloaded (ms). */
export const CONTEXT_RESTORE_MS = 2_000;

/**
 * Decide on a reload from the times of the recent ones.
 * @returns whether to reload, and the reload times to remember (this one included)
 */
export function allowReload(recent: readonly number[], now: number): { reload: boolean; recent: number[] } {
  const kept = recent.filter((t) => now - t < RELOAD_WINDOW_MS && t <= now);
  if (kept.length >= MAX_RELOADS) return { reload: false, recent: kept };
  return { reload: true, recent: [...kept, now] };
}

const KEY = identity.storageKey('kiosk-reloads');

/** The times of the recent reloads, kept in session storage across them (unreadable → none). */
function readReloads(storage: Pick<Storage, 'getItem'>): number[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((t): t is number => typeof t === 'number') : [];
  } catch {
    return [];
  }
}

export interface WatchdogOptions {
  /** Reload the page (location.reload in the app; a spy in tests). */
  reload: () => void;
  now?: () => number;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  log?: (message: string) => void;
}

/**
 * Arm the watchdog on `target` (the window). Returns the function that disarms it.
 */
export function armWatchdog(target: Window, options: WatchdogOptions): () => void {
  const now = options.now ?? Date.now;
  const storage = options.storage ?? sessionStorage;
  const log = options.log ?? ((m: string) => console.error(m));
  let pending: ReturnType<typeof setTimeout> | undefined;

  function recover(reason: string, delay: number) {
    if (pending !== undefined) return;
    const decision = allowReload(readReloads(storage), now());
    if (!decision.reload) {
      log(`kiosk watchdog: ${reason}; not reloading (${MAX_RELOADS} reloads in the last 5 minutes)`);
      return;
    }
    log(`kiosk watchdog: ${reason}; reloading the current step`);
    storage.setItem(KEY, JSON.stringify(decision.recent));
    pending = setTimeout(() => options.reload(), delay);
  }

  let restoreTimer: ReturnType<typeof setTimeout> | undefined;
  const onError = (event: ErrorEvent) => {
    // Chromium reports a ResizeObserver that had to skip a round as an error; nothing is broken.
    if (/ResizeObserver loop/.test(event.message)) return;
    recover(`uncaught error: ${event.message}`, 500);
  };
  const onRejection = (event: PromiseRejectionEvent) =>
    recover(`unhandled rejection: ${String(event.reason)}`, 500);
  // Context events do not bubble: listen in the capture phase to hear the map's canvas.
  const onLost = () => {
    clearTimeout(restoreTimer);
    restoreTimer = setTimeout(() => recover('WebGL context lost and not restored', 0), CONTEXT_RESTORE_MS);
  };
  const onRestored = () => clearTimeout(restoreTimer);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('webglcontextlost', onLost, true);
  target.addEventListener('webglcontextrestored', onRestored, true);
  return () => {
    clearTimeout(restoreTimer);
    clearTimeout(pending);
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('webglcontextlost', onLost, true);
    target.removeEventListener('webglcontextrestored', onRestored, true);
  };
}
