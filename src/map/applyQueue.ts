/**
 * The map takes the newest state in a task of its own, after the page has updated, and what the
 * page shows of it (the date, the data attributes) follows in another: a step change is then three
 * short tasks instead of one long one (each of the last two took up to 30 ms on a 4× throttled
 * CPU), and the states a fast scroll passes through within one task are never sent to the map at
 * all. Until both have run the map is not ready.
 */
import type { MapState } from '../story/targetState.ts';
import { chooseTransition } from './camera.ts';
import type { Cover } from './cameraFit.ts';
import type { ApplyOptions, Padding } from './controller.ts';
import { nextTask } from './nextTask.ts';

/** Everything the map needs to draw one moment of the story. */
export interface MapRequest {
  /** The active step, to choose how the camera moves from the last one. */
  index: number;
  state: MapState;
  padding: Padding;
  /** What lies over the map, for the camera and the names to keep clear of (controller.ts). */
  covers?: readonly Cover[];
  lang: string;
  reduced: boolean;
}

/** What the queue publishes: the state the map shows, and whether a newer one is on its way. */
export interface Published {
  /** The last state applied and published; unchanged while only `pending` changes. */
  applied?: MapState;
  pending: boolean;
}

/** The controller as the queue uses it: nothing while there is no map (yet, or any longer). */
type Apply = ((state: MapState, options: ApplyOptions) => void) | undefined;

export class ApplyQueue {
  readonly #target: () => Apply;
  readonly #publish: (update: Published) => void;
  #queued: MapRequest | undefined;
  #previousIndex: number | undefined;

  /**
   * @param target the controller's `apply`, read when the task runs
   * @param publish told when a state is queued (`pending`) and when the page may show it
   */
  constructor(target: () => Apply, publish: (update: Published) => void) {
    this.#target = target;
    this.#publish = publish;
  }

  /** Queue `next`, replacing any state not yet sent to the map. */
  push(next: MapRequest): void {
    if (!this.#queued) nextTask(this.#applyQueued);
    this.#queued = next;
    this.#publish({ pending: true });
  }

  readonly #applyQueued = (): void => {
    const next = this.#queued;
    this.#queued = undefined;
    const apply = this.#target();
    if (!next || !apply) {
      this.#publish({ pending: false });
      return;
    }
    apply(next.state, {
      transition: chooseTransition(this.#previousIndex, next.index, next.reduced),
      padding: next.padding,
      covers: next.covers,
      lang: next.lang,
      reducedMotion: next.reduced,
    });
    this.#previousIndex = next.index;
    nextTask(() => {
      // A newer state is queued behind this task: it publishes itself.
      if (this.#queued) return;
      this.#publish({ applied: next.state, pending: false });
    });
  };
}
