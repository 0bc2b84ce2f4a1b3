/**
 * The kiosk's side of its service worker (sw.js, scripts/vite/serviceWorkerPlugin.ts), apart from
 * the browser API so that every rule is testable with fakes (src/kiosk/registerServiceWorker.ts
 * plugs in the real one):
 *
 * - Registration that fails (no server yet, a 503 during a deploy) or an install that fails (one
 *   precached file missing) is reported and tried again after 1, 2, 4 … s, at most 5 min apart.
 * - Persistent storage is asked for, so the browser does not evict the offline copy under
 *   storage pressure.
 * - A new version found (at each return to the title, and hourly) installs beside the running one
 *   and waits; at the next return to the title the kiosk tells it to take over and reloads once it
 *   has. A visitor is never interrupted, and the page never runs against a cache emptied of its
 *   files.
 *
 * Its state is published as `data-sw` on `<html>` (docs/kiosk.md, "Updates").
 */
import { backoffDelay } from './backoff.ts';

/** `data-sw`: `installing` until the offline copy is complete, then `ready`; `update` while a new
 * version waits for the title; `failed` after a failed registration or install (until a retry works). */
export type KioskWorkerState = 'installing' | 'ready' | 'update' | 'failed';

/** The registration of sw.js, as much of it as we use. */
export interface Registration {
  /** A new version installed and waiting to take over. */
  readonly waiting: unknown;
  update(): Promise<unknown>;
}

/** The browser's service-worker API, as much of it as we use. */
export interface Registrar {
  /**
   * Registers sw.js. `events` hears of this registration's workers: `ready` once one is active,
   * `waiting` when an update waits, `failed` when one fails to install.
   */
  register(events: (event: 'ready' | 'waiting' | 'failed', error?: unknown) => void): Promise<Registration>;
  /** Tells the waiting worker to take over (a SKIP_WAITING message). */
  activateWaiting(): void;
  /** Whether a worker controls the page now. */
  controlled(): boolean;
  onControllerChange(listener: () => void): void;
}

/** The page around it. */
export interface KioskHost {
  setState(state: KioskWorkerState): void;
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  reload(): void;
  /** `navigator.storage.persist()`, where there is one. */
  persist?: () => Promise<boolean>;
  setTimeout(run: () => void, ms: number): unknown;
  setInterval(run: () => void, ms: number): unknown;
}

export interface KioskWorker {
  /**
   * The kiosk is back at its title with no visitor: takes a waiting update (and reloads), or else
   * looks for one. Returns whether the page is about to reload.
   */
  atTitle(): boolean;
}

/** How often an idle kiosk looks for a new version besides at the title (ms). */
export const UPDATE_CHECK_MS = 60 * 60_000;

/** How long a waiting worker may take to take over before the kiosk reloads anyway (ms). */
const TAKEOVER_TIMEOUT_MS = 3000;

export function startKioskWorker(registrar: Registrar, host: KioskHost): KioskWorker {
  let registration: Registration | undefined;
  let failures = 0;
  let retryPending = false;
  let reloading = false;

  const retry = () => {
    if (retryPending) return;
    retryPending = true;
    host.setTimeout(() => {
      retryPending = false;
      void attempt();
    }, backoffDelay(failures++));
  };

  const fail = (message: string, error?: unknown) => {
    host.error(`kiosk: ${message}; trying again in ${backoffDelay(failures) / 1000} s`, error);
    host.setState('failed');
    retry();
  };

  const onEvent = (event: 'ready' | 'waiting' | 'failed', error?: unknown) => {
    if (event === 'failed') return fail('the offline copy (service worker) failed to install', error);
    failures = 0;
    host.setState(event === 'ready' ? 'ready' : 'update');
  };

  async function attempt(): Promise<void> {
    try {
      registration = await registrar.register(onEvent);
      // A failed update install leaves the old registration in place: look again for the new one.
      if (failures > 0) await registration.update();
    } catch (error) {
      fail('the offline copy (service worker) could not be registered', error);
    }
  }

  // A new worker taking over a page that had one runs new code against the page's old files:
  // reload at once (it happens at the title, where the kiosk asked for it). The first install,
  // which takes a page that had none, changes nothing the page uses.
  let controlled = registrar.controlled();
  registrar.onControllerChange(() => {
    if (controlled) host.reload();
    controlled = true;
  });

  host.setState('installing');
  host
    .persist?.()
    .then((granted) => {
      if (!granted)
        host.warn('kiosk: persistent storage not granted; the browser may evict the offline copy');
    })
    .catch(() => undefined);
  void attempt();
  host.setInterval(() => void registration?.update().catch(() => undefined), UPDATE_CHECK_MS);

  return {
    atTitle() {
      if (reloading) return true;
      if (registration?.waiting) {
        reloading = true;
        registrar.activateWaiting();
        // Chromium may hold the takeover while the page lives (measured: until the page unloads,
        // in tests/e2e/update.test.ts); the reload lets it happen, and the new page reloads once
        // more should it still have been served by the old worker (the controller change above).
        host.setTimeout(() => host.reload(), TAKEOVER_TIMEOUT_MS);
        return true;
      }
      // Found now, it installs while the kiosk waits and is taken at the next return to the title.
      void registration?.update().catch(() => undefined);
      return false;
    },
  };
}
