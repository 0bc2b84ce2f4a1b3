/**
 * Where the arrow keys, Home and End move the focus among the timeline's marks (a roving tab
 * stop: the timeline is one stop in the tab order, the arrows move within it), or `undefined`
 * for any other key. The step keys of the page leave these keys to the timeline
 * ({@link ../scroll/stepKeys.ts}), so one press never moves the story twice.
 * @example timelineKeyTarget({ key: 'End' } as KeyboardEvent, 2, 10) === 9
 */
export function timelineKeyTarget(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  current: number,
  total: number,
): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || total === 0) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(total - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return undefined;
  }
}

/** Keys a roving widget (`[data-arrow-keys]`) keeps for itself. */
export const ROVING_KEYS: readonly string[] = [
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'ArrowUp',
  'Home',
  'End',
];
