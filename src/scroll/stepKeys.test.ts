import { describe, expect, it } from 'vitest';
import { activeFromGeometry } from './activeFromGeometry.ts';
import { stepKeyTarget } from './stepKeys.ts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
  ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    target: null,
    ...extra,
  }) as KeyboardEvent;

describe('stepKeyTarget', () => {
  it('maps the documented keys', () => {
    expect(stepKeyTarget(key('ArrowDown'), 1, 5)).toBe(2);
    expect(stepKeyTarget(key('ArrowRight'), 1, 5)).toBe(2);
    expect(stepKeyTarget(key('PageDown'), 1, 5)).toBe(2);
    expect(stepKeyTarget(key('ArrowUp'), 1, 5)).toBe(0);
    expect(stepKeyTarget(key('ArrowLeft'), 1, 5)).toBe(0);
    expect(stepKeyTarget(key('PageUp'), 1, 5)).toBe(0);
    expect(stepKeyTarget(key('Home'), 3, 5)).toBe(0);
    expect(stepKeyTarget(key('End'), 0, 5)).toBe(4);
  });

  it('leaves other keys, modified keys, fields and the ends to the browser', () => {
    expect(stepKeyTarget(key('a'), 1, 5)).toBeUndefined();
    expect(stepKeyTarget(key('ArrowDown', { ctrlKey: true }), 1, 5)).toBeUndefined();
    expect(stepKeyTarget(key('ArrowDown'), 4, 5)).toBeUndefined();
    expect(stepKeyTarget(key('ArrowUp'), 0, 5)).toBeUndefined();
    const input = { closest: (s: string) => (s.includes('input') ? {} : null) } as unknown as EventTarget;
    expect(stepKeyTarget(key('ArrowDown', { target: input }), 1, 5)).toBeUndefined();
  });

  it('leaves arrows, Home and End to a roving widget (the timeline), but not the page keys', () => {
    const inTimeline = {
      closest: (s: string) => (s.includes('[data-arrow-keys]') ? {} : null),
    } as unknown as EventTarget;
    for (const k of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Home', 'End']) {
      expect(stepKeyTarget(key(k, { target: inTimeline }), 2, 5), k).toBeUndefined();
    }
    expect(stepKeyTarget(key('PageDown', { target: inTimeline }), 2, 5)).toBe(3);
    expect(stepKeyTarget(key('PageUp', { target: inTimeline }), 2, 5)).toBe(1);
  });
});

describe('activeFromGeometry', () => {
  it('picks the last step whose top crossed the trigger line', () => {
    expect(activeFromGeometry([-900, -100, 300], 450)).toBe(2);
    expect(activeFromGeometry([-900, 460, 900], 450)).toBe(0);
    expect(activeFromGeometry([100, 460, 900], 450)).toBe(0);
    expect(activeFromGeometry([-3000, -2000, -1000], 450)).toBe(2);
  });
});
