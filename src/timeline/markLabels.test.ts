import { describe, expect, it } from 'vitest';
import { LABEL_INSET_PX, estimateTextWidth, markLabels, type MarkName } from './markLabels.ts';
import { timelineLayout, type StepMark, type TimelineStep } from './timelineScale.ts';

/** 6 px a character: easy to reason about. */
const measure = (text: string) => text.length * 6;

function mark(index: number, left: number, drawWidth: number, lane = 0): StepMark {
  return { index, id: `s${index}`, x: left, width: drawWidth, left, drawWidth, lane, y: 5 + lane * 17 };
}

describe('markLabels', () => {
  const name: MarkName = { full: 'The Pusan Perimeter', short: 'Pusan' }; // 114 px, 30 px

  it('picks the full name, then the short one, then none, as the box narrows', () => {
    // A neighbour right after the box leaves no room beside it.
    const at = (w: number) =>
      markLabels([mark(0, 0, w), mark(1, w + 2, 50)], [name, { full: 'x' }], measure, 400)[0];
    expect(at(114 + 2 * LABEL_INSET_PX)).toMatchObject({
      text: name.full,
      form: 'full',
      placement: 'inside',
    });
    expect(at(114 + 2 * LABEL_INSET_PX - 1)).toMatchObject({
      text: 'Pusan',
      form: 'short',
      placement: 'inside',
    });
    expect(at(30 + 2 * LABEL_INSET_PX)).toMatchObject({ form: 'short' });
    expect(at(30 + 2 * LABEL_INSET_PX - 1)).toBeUndefined();
    // Without a short form, a box too narrow for the full name goes unnamed.
    const noShort = markLabels(
      [mark(0, 0, 60), mark(1, 62, 50)],
      [{ full: name.full }, { full: 'x' }],
      measure,
      400,
    );
    expect(noShort[0]).toBeUndefined();
  });

  it('puts the text inside the box, inset from its left edge', () => {
    const [label] = markLabels([mark(0, 40, 200)], [name], measure, 400);
    expect(label).toMatchObject({ x: 40 + LABEL_INSET_PX, width: 114 });
  });

  it('names a narrow box beside it when its row is free, and never past the right end', () => {
    const [free] = markLabels([mark(0, 10, 10)], [name], measure, 400);
    expect(free).toMatchObject({ text: name.full, placement: 'beside' });
    expect(free!.x).toBeGreaterThanOrEqual(20);
    // Room for the short form only before the right end.
    const [tight] = markLabels([mark(0, 10, 10)], [name], measure, 20 + 3 + 40);
    expect(tight).toMatchObject({ text: 'Pusan', placement: 'beside' });
    // A box in another row does not take the room.
    const [other] = markLabels([mark(0, 10, 10), mark(1, 30, 300, 1)], [name, { full: 'x' }], measure, 400);
    expect(other).toMatchObject({ placement: 'beside', form: 'full' });
  });

  it('leaves a name out rather than let it reach the next box of its row', () => {
    // 'Aaaaa' (30 px) after box 0 would end 8 px short of box 1 only from x = 13 + 30 + 8 = 51.
    const names = [{ full: 'Aaaaa' }, { full: 'x' }];
    expect(markLabels([mark(0, 0, 10), mark(1, 50, 10)], names, measure, 400)[0]).toBeUndefined();
    expect(markLabels([mark(0, 0, 10), mark(1, 51, 10)], names, measure, 400)[0]).toMatchObject({
      placement: 'beside',
      x: 13,
    });
  });

  it('never lets a name cover another box or name, on the war story at phone and desktop widths', () => {
    const steps: TimelineStep[] = [
      { id: 'division', date: { start: '1945-08', end: '1947-11' } },
      { id: 'two-states', date: { start: '1948-04', end: '1949-12' } },
      { id: 'road', date: { start: '1949-03', end: '1950-05' } },
      { id: 'invasion', date: { start: '1950-06-25', end: '1950-06-28' } },
      { id: 'council', date: { start: '1950-06-25', end: '1950-07-07' } },
      { id: 'osan', date: { start: '1950-07-05', end: '1950-08-04' } },
      { id: 'perimeter', date: { start: '1950-08-04', end: '1950-09-15' } },
      { id: 'inchon', date: '1950-09-15' },
      { id: 'seoul', date: { start: '1950-09-16', end: '1950-09-29' } },
      { id: 'north', date: { start: '1950-10-01', end: '1950-11-24' } },
      { id: 'hills', date: { start: '1951-08', end: '1953-07' } },
      { id: 'armistice', date: '1953-07-27' },
    ];
    const names = steps.map((s, i) => ({ full: i % 2 ? `${s.id} 전쟁의 시작` : `The ${s.id} step` }));
    for (const width of [358, 900]) {
      const { marks } = timelineLayout(steps, [], width);
      {
        const labels = markLabels(marks, names, (t) => estimateTextWidth(t, 11), width);
        const boxes = labels.flatMap((l) => (l ? [{ ...l, lane: marks[l.index]!.lane }] : []));
        expect(boxes.length, `${width}px`).toBeGreaterThan(0);
        for (const l of boxes) {
          expect(l.x + l.width).toBeLessThanOrEqual(width);
          for (const m of marks) {
            if (m.lane !== l.lane) continue;
            if (m.index === l.index) {
              if (l.placement === 'inside')
                expect(l.x + l.width + LABEL_INSET_PX).toBeLessThanOrEqual(m.left + m.drawWidth);
              continue;
            }
            const apart = l.x + l.width <= m.left || m.left + m.drawWidth <= l.x;
            expect(apart, `${l.text} over ${m.id} at ${width}px`).toBe(true);
          }
          for (const o of boxes) {
            if (o === l || o.lane !== l.lane) continue;
            expect(l.x + l.width <= o.x || o.x + o.width <= l.x, `${l.text} / ${o.text}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('estimateTextWidth', () => {
  it('counts Hangul about twice as wide as Latin letters', () => {
    expect(estimateTextWidth('고지전', 10)).toBeCloseTo(30);
    expect(estimateTextWidth('abc', 10)).toBeCloseTo(16.8);
    expect(estimateTextWidth('고지전', 11)).toBeGreaterThan(1.5 * estimateTextWidth('abc', 11));
  });

  it('so a Korean name that no wider in characters may still not fit where the English one does', () => {
    const measure11 = (t: string) => estimateTextWidth(t, 11);
    const box = [mark(0, 0, 60), mark(1, 62, 40)];
    const en = markLabels(box, [{ full: 'Chosin' }, { full: 'x' }], measure11, 400)[0];
    const ko = markLabels(box, [{ full: '장진호 전투' }, { full: 'x' }], measure11, 400)[0];
    expect(en).toMatchObject({ placement: 'inside' });
    expect(ko).toBeUndefined();
  });
});
