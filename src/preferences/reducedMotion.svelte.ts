/**
 * Whether to reduce motion: the reader's own choice on this site (kept in localStorage), or else
 * the operating system's setting. Under it the camera cuts, the front jumps between dated lines
 * with a crossfade and arrows are drawn whole.
 */
import { prefersReducedMotion } from 'svelte/motion';
import { identity } from '../identity.ts';

const KEY = identity.storageKey('motion');

export class ReducedMotionPreference {
  /** true: reduce; false: full motion; undefined: follow the OS. */
  #choice = $state<boolean | undefined>(readChoice());

  get reduced(): boolean {
    return this.#choice ?? prefersReducedMotion.current;
  }

  /** Remember the reader's choice on this device. */
  set(reduced: boolean): void {
    this.#choice = reduced;
    try {
      localStorage.setItem(KEY, reduced ? 'reduce' : 'full');
    } catch {
      // Storage may be off (private mode, kiosk policy): the choice then lasts for the page.
    }
  }
}

function readChoice(): boolean | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'reduce' ? true : value === 'full' ? false : undefined;
  } catch {
    return undefined;
  }
}
