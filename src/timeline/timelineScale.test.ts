import { describe, expect, it } from 'vitest';
import { testStory } from '../testing/fixtures.ts';
import { timelineKeyTarget } from './timelineKeys.ts';
import {
  EVENT_GAP_PX,
  MIN_MARK_PX,
  densityScale,
  labelWidth,
  piecewiseScale,
  timelineLayout,
  yearAxis,
  type TimelineEvent,
  type TimelineStep,
} from './timelineScale.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A story shaped like the Korean War one: a long prologue, a crowded year, a long stalemate. */
const warSteps: TimelineStep[] = [
  { id: 'division', date: { start: '1945-08', end: '1948-08' } },
  { id: 'two-states', date: { start: '1948-04', end: '1949-12' } },
  { id: 'road', date: { start: '1949-03', end: '1950-05' } },
  { id: 'invasion', date: '1950-06-25' },
  { id: 'council', date: { start: '1950-06-25', end: '1950-07-07' } },
  { id: 'osan', date: { start: '1950-07-05', end: '1950-07-20' } },
  { id: 'perimeter', date: { start: '1950-08-04', end: '1950-09-15' } },
  { id: 'inchon', date: '1950-09-15' },
  { id: 'seoul', date: { start: '1950-09-16', end: '1950-09-29' } },
  { id: 'north', date: { start: '1950-10-01', end: '1950-11-24' } },
  { id: 'china', date: { start: '1950-10-19', end: '1950-11-05' } },
  { id: 'chosin', date: { start: '1950-11-25', end: '1950-12-24' } },
  { id: 'seoul-lost', date: { start: '1950-12-31', end: '1951-01-24' } },
  { id: 'ridgway', date: { start: '1951-01-25', end: '1951-03-31' } },
  { id: 'spring', date: { start: '1951-04-11', end: '1951-06-15' } },
  { id: 'talks', date: { start: '1951-07-10', end: '1951-11-27' } },
  { id: 'hills', date: { start: '1951-08', end: '1953-07' } },
  { id: 'armistice', date: '1953-07-27' },
];
const warEvents: TimelineEvent[] = [
  ['1945-08-15', 0],
  ['1948-08-15', 1],
  ['1948-09-09', 1],
  ['1950-06-25', 3],
  ['1950-06-27', 4],
  ['1950-06-28', 3],
  ['1950-06-30', 4],
  ['1950-07-05', 5],
  ['1950-07-20', 5],
  ['1950-09-15', 7],
  ['1950-09-28', 8],
  ['1950-10-01', 9],
  ['1950-10-19', 9],
  ['1950-10-19', 10],
  ['1950-10-26', 9],
  ['1950-11-25', 11],
  ['1950-12-24', 11],
  ['1951-01-04', 12],
  ['1951-03-15', 13],
  ['1951-07-10', 15],
  ['1953-07-27', 17],
].map(([date, step], i) => ({ id: `e${i}`, date: date as string, step: step as number }));

const PHONE = 390 - 2 * 16;

describe('timelineLayout: marks', () => {
  it('places steps in date order across the width, ranges as bars', () => {
    const { marks } = timelineLayout(testStory().steps, [], 800);
    expect(marks.map((m) => m.id)).toEqual(['one', 'two', 'three']);
    expect(marks[0]!.x).toBeGreaterThan(0);
    expect(marks[0]!.x).toBeLessThan(marks[1]!.x);
    expect(marks[1]!.x).toBeLessThan(marks[2]!.x);
    expect(marks[2]!.x).toBeLessThan(800);
    expect(marks[1]!.width).toBeGreaterThan(0);
    expect(marks[2]!.width).toBe(0);
    // A single day is drawn at the minimum width, centred on its date.
    expect(marks[2]!.drawWidth).toBe(MIN_MARK_PX);
    expect(marks[2]!.left + MIN_MARK_PX / 2).toBeCloseTo(marks[2]!.x);
  });

  it('puts overlapping periods in separate rows and keeps the rest in the first', () => {
    const story = testStory();
    const steps = [
      story.steps[0]!,
      { ...story.steps[1]!, id: 'a', date: { start: '1950-08-01', end: '1950-12-01' } },
      { ...story.steps[1]!, id: 'b', date: { start: '1950-10-01', end: '1951-01-01' } },
      { ...story.steps[2]!, id: 'c' },
    ];
    const { marks } = timelineLayout(steps, [], 800);
    expect(marks.map((m) => m.lane)).toEqual([0, 0, 1, 0]);
    expect(marks[2]!.y).toBeGreaterThan(marks[1]!.y);
  });

  it('never lets two marks in a row overlap, at phone or desktop width', () => {
    for (const width of [PHONE, 900]) {
      const { marks } = timelineLayout(warSteps, warEvents, width);
      for (const a of marks) {
        for (const b of marks) {
          if (a === b || a.lane !== b.lane) continue;
          const apart = a.left + a.drawWidth <= b.left || b.left + b.drawWidth <= a.left;
          expect(apart, `${a.id} and ${b.id} at ${width}px`).toBe(true);
        }
      }
    }
  });
});

describe('timelineLayout: events', () => {
  it('puts each event at its date, in rows above the axis where they would touch', () => {
    const layout = timelineLayout(warSteps, warEvents, PHONE);
    expect(layout.events).toHaveLength(warEvents.length);
    for (const [i, e] of layout.events.entries()) {
      expect(e.x).toBeCloseTo(layout.scale(utc(warEvents[i]!.date)));
      expect(e.step).toBe(warEvents[i]!.step);
      expect(e.y).toBeLessThan(layout.axisY);
      expect(e.y).toBeGreaterThan(Math.max(...layout.marks.map((m) => m.y)));
    }
    for (const a of layout.events) {
      for (const b of layout.events) {
        if (a !== b && a.lane === b.lane) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(EVENT_GAP_PX);
      }
    }
    // The crowded days (25–30 June 1950) need more than one row; nothing needs an absurd number.
    const rows = new Set(layout.events.map((e) => e.lane)).size;
    expect(rows).toBeGreaterThan(1);
    expect(layout.height).toBeLessThan(140);
  });

  it('orders marks and events by date for the keyboard, a step before its same-day events', () => {
    const { order } = timelineLayout(warSteps, warEvents, 900);
    expect(order).toHaveLength(warSteps.length + warEvents.length);
    const time = (item: (typeof order)[number]) =>
      item.kind === 'step'
        ? +utc(
            (() => {
              const d = warSteps[item.index]!.date;
              return typeof d === 'string' ? d : d.start;
            })()
              .padEnd(10, '-01')
              .slice(0, 10),
          )
        : +utc(warEvents[item.index]!.date);
    for (let i = 1; i < order.length; i++)
      expect(time(order[i]!)).toBeGreaterThanOrEqual(time(order[i - 1]!));
    // 25 June 1950: the two steps that start that day, then its event.
    const invasion = order.findIndex((item) => item.kind === 'step' && item.index === 3);
    expect(order.slice(invasion, invasion + 3)).toEqual([
      { kind: 'step', index: 3 },
      { kind: 'step', index: 4 },
      { kind: 'event', index: 3 },
    ]);
  });
});

describe('densityScale', () => {
  const spans = [
    ...warSteps.map((s) => {
      const d = s.date;
      return [
        utc(typeof d === 'string' ? d : d.start.padEnd(10, '-01')),
        utc(typeof d === 'string' ? d : d.end.padEnd(10, '-01')),
      ] as const;
    }),
    ...warEvents.map((e) => [utc(e.date), utc(e.date)] as const),
  ];

  it('fills the width, pads the span by a month and only goes forward in time', () => {
    const scale = densityScale(spans, 600);
    const [lo, hi] = [scale.domain()[0]!, scale.domain().at(-1)!];
    expect(scale(lo)).toBe(0);
    expect(scale(hi)).toBe(600);
    expect(lo < utc('1945-08-01') && lo > utc('1945-06-15')).toBe(true);
    expect(hi > utc('1953-07-27') && hi < utc('1953-09-15')).toBe(true);
    let previous = -1;
    for (let t = +lo; t <= +hi; t += 7 * 24 * 3600 * 1000) {
      const x = scale(new Date(t));
      expect(x).toBeGreaterThan(previous);
      previous = x;
    }
  });

  it('gives the crowded months room: a month of 1950–51 is far wider than a month of 1946–48', () => {
    const scale = densityScale(spans, PHONE);
    const perMonth = (from: string, to: string, months: number) =>
      (scale(utc(to)) - scale(utc(from))) / months;
    const crowded = perMonth('1950-06-01', '1951-07-01', 13);
    const quiet = perMonth('1946-01-01', '1948-01-01', 24);
    expect(crowded).toBeGreaterThan(4 * quiet);
    // … while a linear scale would give every month the same width.
    expect(scale(utc('1951-07-01')) - scale(utc('1950-06-01'))).toBeGreaterThan(0.4 * PHONE);
  });

  it('breaks at calendar boundaries, so every 1 January is a breakpoint', () => {
    const scale = densityScale(spans, 600);
    const breaks = scale.domain().map((d) => d.toISOString().slice(8));
    expect(breaks.slice(1, -1).every((b) => b === '01T00:00:00.000Z')).toBe(true);
    for (let year = 1946; year <= 1953; year++)
      expect(scale.domain().map(Number)).toContain(+utc(`${year}-01-01`));
  });

  it('copes with a story of a single day: padded a month each side, the day inside', () => {
    const scale = densityScale([[utc('1950-06-25'), utc('1950-06-25')]], 100);
    const x = scale(utc('1950-06-25'));
    expect(x).toBeGreaterThan(10);
    expect(x).toBeLessThan(90);
  });
});

describe('yearAxis', () => {
  it('ticks every 1 January exactly and labels each year inside its own band', () => {
    const scale = densityScale(
      [
        [utc('1945-08-01'), utc('1948-08-01')],
        [utc('1950-06-25'), utc('1950-06-25')],
        [utc('1950-09-15'), utc('1950-09-15')],
        [utc('1953-07-27'), utc('1953-07-27')],
      ],
      900,
    );
    const { ticks, labels } = yearAxis(scale);
    expect(ticks).toEqual(
      [1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953].map((y) => scale(utc(`${y}-01-01`))),
    );
    for (const l of labels) {
      const x0 = Math.max(0, scale(utc(`${l.year}-01-01`)));
      const x1 = Math.min(900, scale(utc(`${l.year + 1}-01-01`)));
      expect(l.x).toBeGreaterThan(x0);
      expect(l.x).toBeLessThan(x1);
      // A label reaches past its band by less than half its width: it reads as that year's.
      expect(x1 - x0).toBeGreaterThanOrEqual(labelWidth(l.text) / 2);
    }
    expect(labels.find((l) => l.year === 1950)!.text).toBe('1950');
    expect(labels.length).toBeGreaterThanOrEqual(6);
  });

  it('at 390 px, labels never overlap and the crowded years keep their full label', () => {
    const layout = timelineLayout(warSteps, warEvents, PHONE);
    const { labels } = layout;
    for (let i = 1; i < labels.length; i++) {
      const [a, b] = [labels[i - 1]!, labels[i]!];
      expect(b.x - a.x, `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(
        (labelWidth(a.text) + labelWidth(b.text)) / 2 + 2,
      );
    }
    expect(labels.filter((l) => l.text.length === 4).map((l) => l.year)).toEqual(
      expect.arrayContaining([1950, 1951]),
    );
    // Every label stays on screen.
    for (const l of labels) {
      expect(l.x - labelWidth(l.text) / 2).toBeGreaterThanOrEqual(-16);
      expect(l.x + labelWidth(l.text) / 2).toBeLessThanOrEqual(PHONE + 16);
    }
  });
});

describe('timelineKeyTarget', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
    ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...extra }) as KeyboardEvent;

  it('moves along the marks with the arrows, to the ends with Home and End, and stops at the ends', () => {
    expect(timelineKeyTarget(key('ArrowRight'), 2, 5)).toBe(3);
    expect(timelineKeyTarget(key('ArrowDown'), 2, 5)).toBe(3);
    expect(timelineKeyTarget(key('ArrowLeft'), 2, 5)).toBe(1);
    expect(timelineKeyTarget(key('ArrowUp'), 2, 5)).toBe(1);
    expect(timelineKeyTarget(key('Home'), 2, 5)).toBe(0);
    expect(timelineKeyTarget(key('End'), 2, 5)).toBe(4);
    expect(timelineKeyTarget(key('ArrowRight'), 4, 5)).toBe(4);
    expect(timelineKeyTarget(key('ArrowLeft'), 0, 5)).toBe(0);
  });

  it('leaves other keys and modified keys alone', () => {
    expect(timelineKeyTarget(key('Enter'), 2, 5)).toBeUndefined();
    expect(timelineKeyTarget(key('PageDown'), 2, 5)).toBeUndefined();
    expect(timelineKeyTarget(key('ArrowRight', { altKey: true }), 2, 5)).toBeUndefined();
  });
});

describe('piecewiseScale', () => {
  const scale = piecewiseScale([utc('1950-01-01'), utc('1950-01-11'), utc('1950-01-21')], [0, 100, 120]);

  it('puts each breakpoint on its pixel and is linear between them', () => {
    expect(scale(utc('1950-01-01'))).toBe(0);
    expect(scale(utc('1950-01-11'))).toBe(100);
    expect(scale(utc('1950-01-21'))).toBe(120);
    expect(scale(utc('1950-01-06'))).toBeCloseTo(50);
    expect(scale(utc('1950-01-16'))).toBeCloseTo(110);
  });

  it('extends the first and last piece past the ends, as a d3 scale does unclamped', () => {
    expect(scale(utc('1949-12-27'))).toBeCloseTo(-50);
    expect(scale(utc('1950-01-26'))).toBeCloseTo(130);
  });

  it('reports its domain and range', () => {
    expect(scale.domain().map((d) => d.toISOString().slice(0, 10))).toEqual([
      '1950-01-01',
      '1950-01-11',
      '1950-01-21',
    ]);
    expect(scale.range()).toEqual([0, 100, 120]);
  });
});
