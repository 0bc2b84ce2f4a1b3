import { describe, expect, it } from 'vitest';
import { settle } from './settle.ts';

describe('settle', () => {
  it('cuts the time into delivery, the scroll and the map', () => {
    expect(settle({ stamped: 100, seen: 400 }, [50, 380, 600, 900], 1500)).toEqual({
      fromScrollMs: 600,
      totalMs: 1400,
      deliveryMs: 300,
      scrollMs: 500,
      mapMs: 600,
    });
  });

  it('counts no scroll when the last input did not move the page, and times the map from the input', () => {
    // Scroll events before the input belong to earlier inputs; the budgeted figure still starts at
    // the last of them, when the page stopped moving.
    expect(settle({ stamped: 100, seen: 150 }, [20, 90], 700)).toEqual({
      fromScrollMs: 610,
      totalMs: 600,
      deliveryMs: 50,
      scrollMs: undefined,
      mapMs: 550,
    });
  });

  it('times from the input when nothing ever scrolled', () => {
    expect(settle({ stamped: 100, seen: 150 }, [], 700).fromScrollMs).toBe(550);
  });

  it('never reports a negative time when the map was ready before the last input or scroll', () => {
    const s = settle({ stamped: 100, seen: 120 }, [110, 130], 80);
    expect(s.fromScrollMs).toBe(0);
    expect(s.totalMs).toBe(0);
    expect(s.mapMs).toBe(0);
  });
});
