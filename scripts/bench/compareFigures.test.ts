import { describe, expect, it } from 'vitest';
import { compareFigures, type Round } from './compareFigures.ts';
import type { FirstLoad } from './firstLoad.ts';

const load = (fcpMs: number, idleMs: number, bytes: number, requests: number): FirstLoad => ({
  fcpMs,
  idleMs,
  bytes,
  requests,
  lastRequestMs: 0,
  longTasksMs: 0,
  taskMs: idleMs / 2,
  scriptMs: idleMs / 4,
  layoutMs: 100,
  styleMs: 10,
  served: [],
  errors: [],
});

describe('compareFigures', () => {
  const rounds: Round[] = [
    { ours: load(900, 3000, 2048_000, 30), template: load(1000, 2000, 1024_000, 20) },
    { ours: load(300, 1000, 1024_000, 10), template: load(2000, 4000, 2048_000, 20) },
    { ours: load(600, 2000, 3072_000, 40), template: load(1500, 3000, 1024_000, 20) },
  ];
  const { figures, medians } = compareFigures(rounds);

  it("takes each page's median over the rounds, and the ratio of the medians", () => {
    const main = (idleMs: number) => ({
      taskMs: idleMs / 2,
      scriptMs: idleMs / 4,
      layoutMs: 100,
      styleMs: 10,
    });
    expect(medians.ours).toEqual({ fcpMs: 600, idleMs: 2000, bytes: 2048_000, requests: 30, ...main(2000) });
    expect(medians.template).toEqual({
      fcpMs: 1500,
      idleMs: 3000,
      bytes: 1024_000,
      requests: 20,
      ...main(3000),
    });
    expect(medians.ratio.fcpMs).toBeCloseTo(0.4);
    expect(medians.ratio.idleMs).toBeCloseTo(2 / 3);
    expect(medians.ratio.bytes).toBe(2);
    expect(medians.ratio.requests).toBe(1.5);
  });

  it('checks the ratios against their budgets: FCP ≤ 0.5, map idle ≤ 0.7, bytes ≤ 1.0', () => {
    const ratios = figures.filter((f) => f.name === '  ours / template');
    expect(ratios.map((f) => [f.value, f.budget, f.pass])).toEqual([
      ['0.40', '≤ 0.5', true],
      ['0.67', '≤ 0.7', true],
      ['2.00', '≤ 1.0', false],
      ['1.50', '', undefined],
      ['0.67', '', undefined],
      ['0.67', '', undefined],
      ['1.00', '', undefined],
      ['1.00', '', undefined],
    ]);
  });

  it('shows each median in its unit', () => {
    expect(figures.slice(0, 2).map((f) => [f.name, f.value])).toEqual([
      ['first contentful paint, ours', '600 ms'],
      ['  template', '1500 ms'],
    ]);
    expect(figures.find((f) => f.name === 'bytes before first idle, ours')?.value).toBe('2000.0 KB');
    expect(figures.find((f) => f.name === 'requests before first idle, ours')?.value).toBe('30');
    expect(figures.every((f) => f.name.length <= 38)).toBe(true);
  });
});
