import { ROVING_KEYS } from '../timeline/timelineKeys.ts';

/**
 * Which step a key press moves to, or `undefined` if the key is not ours (modifiers held, typing
 * in a field, or a key that means something else where focus is: inside a widget marked
 * `data-arrow-keys`, such as the timeline, the arrows, Home and End move within the widget).
 * @example stepKeyTarget({ key: 'End' } as KeyboardEvent, 0, 5) === 4
 */
export function stepKeyTarget(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>,
  current: number,
  total: number,
): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const target = event.target as { closest?: (s: string) => Element | null } | null;
  if (target?.closest?.('input, textarea, select, [contenteditable]')) return undefined;
  if (ROVING_KEYS.includes(event.key) && target?.closest?.('[data-arrow-keys]')) return undefined;
  let next: number;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowRight':
    case 'PageDown':
      next = current + 1;
      break;
    case 'ArrowUp':
    case 'ArrowLeft':
    case 'PageUp':
      next = current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = total - 1;
      break;
    default:
      return undefined;
  }
  next = Math.min(total - 1, Math.max(0, next));
  return next === current ? undefined : next;
}
