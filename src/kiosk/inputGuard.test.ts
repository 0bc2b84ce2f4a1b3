import { describe, expect, it } from 'vitest';
import { guardInput } from './inputGuard.ts';

/** A window stand-in: an event target with a listener after the guard's, as the page's would be. */
function page(woke: () => boolean) {
  const win = new EventTarget();
  const undo = guardInput(win as unknown as Window, woke);
  const reached: string[] = [];
  for (const type of ['pointerdown', 'keydown', 'click'])
    win.addEventListener(type, () => reached.push(type));
  const fire = (type: string, target?: object) => {
    const event = new Event(type, { cancelable: true });
    if (target) Object.defineProperty(event, 'target', { value: target });
    win.dispatchEvent(event);
    return event;
  };
  return { reached, fire, undo };
}

describe('guardInput', () => {
  it('lets input through while the kiosk is awake', () => {
    const { reached, fire } = page(() => false);
    fire('pointerdown');
    fire('click');
    fire('keydown');
    expect(reached).toEqual(['pointerdown', 'click', 'keydown']);
  });

  it('a touch that wakes the kiosk stops there, with the click that follows it', () => {
    let attract = true;
    const { reached, fire } = page(() => (attract ? ((attract = false), true) : false));
    expect(fire('pointerdown').defaultPrevented).toBe(false);
    expect(fire('click').defaultPrevented).toBe(true);
    expect(reached).toEqual([]);
    fire('pointerdown');
    fire('click');
    expect(reached).toEqual(['pointerdown', 'click']);
  });

  it('a key that wakes the kiosk is used up', () => {
    const { reached, fire } = page(() => true);
    expect(fire('keydown').defaultPrevented).toBe(true);
    expect(reached).toEqual([]);
  });

  it('follows no link', () => {
    const { fire } = page(() => false);
    const link = { closest: (s: string) => (s === 'a[href]' ? {} : null) };
    expect(fire('click', link).defaultPrevented).toBe(true);
  });

  it('removes every listener it added when undone', () => {
    const calls: { added: unknown[][]; removed: unknown[][] } = { added: [], removed: [] };
    const win = {
      addEventListener: (...args: unknown[]) => calls.added.push(args),
      removeEventListener: (...args: unknown[]) => calls.removed.push(args),
    };
    guardInput(win as unknown as Window, () => false)();
    expect(calls.added).toHaveLength(4);
    expect(calls.removed).toEqual(calls.added);
  });
});
