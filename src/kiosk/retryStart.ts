/**
 * A kiosk whose story failed to load (its server not up yet, a file missing mid-deploy) reloads
 * itself after 1, 2, 4 … s, at most 5 min apart, instead of showing "please reload" to a room
 * with no keyboard. The count of tries survives the reloads in sessionStorage and is cleared once
 * the story runs.
 */
import { backoffDelay } from './backoff.ts';
import { identity } from '../identity.ts';

const KEY = identity.storageKey('kiosk-start-failures');

/** Schedules the next try; returns its delay (ms). */
export function retryKioskStart(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  reload: () => void,
  wait: (run: () => void, ms: number) => unknown = setTimeout,
): number {
  const failures = Number(storage.getItem(KEY) ?? 0) || 0;
  storage.setItem(KEY, String(failures + 1));
  const delay = backoffDelay(failures);
  wait(reload, delay);
  return delay;
}

/** The story runs: the next failure starts again from one second. */
export function kioskStarted(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(KEY);
}
