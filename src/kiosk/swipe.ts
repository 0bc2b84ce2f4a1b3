/**
 * A horizontal swipe on the slide card: far enough, quick enough and more across than down, so
 * that a slow drag or a vertical scroll of a long text is not taken for a page turn.
 */
export interface Point {
  x: number;
  y: number;
  /** ms */
  t: number;
}

/** Least horizontal travel, in CSS pixels. */
const SWIPE_MIN_PX = 60;
/** Longest gesture that still counts as a swipe, in ms. */
const SWIPE_MAX_MS = 800;

/**
 * @returns `'next'` for a swipe to the left (the page moves on), `'back'` to the right, else null
 * @example swipeDirection({ x: 300, y: 0, t: 0 }, { x: 100, y: 10, t: 200 }) === 'next'
 */
export function swipeDirection(start: Point, end: Point): 'next' | 'back' | null {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (end.t - start.t > SWIPE_MAX_MS) return null;
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'back';
}

/**
 * An attachment (`{@attach swipeable(onswipe)}`): a swipe on the element calls `onswipe` with its
 * direction. Pointer events, so a mouse drag counts as well as a finger.
 */
export function swipeable(onswipe: (direction: 'next' | 'back') => void) {
  return (element: HTMLElement): (() => void) => {
    let start: Point | undefined;
    const down = (event: PointerEvent) =>
      (start = { x: event.clientX, y: event.clientY, t: event.timeStamp });
    const cancel = () => (start = undefined);
    const up = (event: PointerEvent) => {
      if (!start) return;
      const direction = swipeDirection(start, { x: event.clientX, y: event.clientY, t: event.timeStamp });
      start = undefined;
      if (direction) onswipe(direction);
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
    };
  };
}
