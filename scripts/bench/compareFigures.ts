/**
 * The first-load comparison's figures: for each measure the median over the rounds of our page and
 * of the template's, and their ratio (ours / template) with its budget. How each is measured is in
 * docs/performance.md, "Against the template".
 */
import { kb, type Figure } from './figures.ts';
import type { FirstLoad } from './firstLoad.ts';
import { median } from './stats.ts';

/** One round: our page's first load and the template's. */
export interface Round {
  ours: FirstLoad;
  template: FirstLoad;
}

/** The measures compared, and the budget on ours / template (undefined: reported only). */
const MEASURES = [
  { key: 'fcpMs', name: 'first contentful paint', unit: 'ms', budget: 0.5 },
  { key: 'idleMs', name: 'first map idle', unit: 'ms', budget: 0.7 },
  { key: 'bytes', name: 'bytes before first idle', unit: 'bytes', budget: 1.0 },
  { key: 'requests', name: 'requests before first idle', unit: 'count', budget: undefined },
  { key: 'taskMs', name: 'main thread busy until idle', unit: 'ms', budget: undefined },
  { key: 'scriptMs', name: 'main thread in script', unit: 'ms', budget: undefined },
  { key: 'layoutMs', name: 'main thread in page layout', unit: 'ms', budget: undefined },
  { key: 'styleMs', name: 'main thread in style', unit: 'ms', budget: undefined },
] as const;

type Key = (typeof MEASURES)[number]['key'];

export interface Comparison {
  figures: Figure[];
  /** The medians of each page and their ratios, by measure. */
  medians: Record<'ours' | 'template' | 'ratio', Record<Key, number>>;
}

const show = (x: number, unit: (typeof MEASURES)[number]['unit']): string =>
  !Number.isFinite(x) ? '–' : unit === 'ms' ? `${x.toFixed(0)} ms` : unit === 'bytes' ? kb(x) : String(x);

/**
 * The median of each measure for both pages over `rounds`, and the ratio of the two medians.
 * @example compareFigures([{ ours: { fcpMs: 400, … }, template: { fcpMs: 800, … } }]).medians.ratio.fcpMs // 0.5
 */
export function compareFigures(rounds: readonly Round[]): Comparison {
  const byMeasure = (value: (key: Key) => number) =>
    Object.fromEntries(MEASURES.map(({ key }) => [key, value(key)])) as Record<Key, number>;
  const ours = byMeasure((key) => median(rounds.map((r) => r.ours[key])));
  const template = byMeasure((key) => median(rounds.map((r) => r.template[key])));
  const ratio = byMeasure((key) => ours[key] / template[key]);
  const figures = MEASURES.flatMap(({ key, name, unit, budget }): Figure[] => [
    { name: `${name}, ours`, value: show(ours[key], unit), budget: '', number: ours[key] },
    { name: '  template', value: show(template[key], unit), budget: '', number: template[key] },
    {
      name: '  ours / template',
      value: Number.isFinite(ratio[key]) ? ratio[key].toFixed(2) : '–',
      budget: budget === undefined ? '' : `≤ ${budget.toFixed(1)}`,
      ...(budget === undefined ? {} : { pass: ratio[key] <= budget }),
      number: ratio[key],
    },
  ]);
  return { figures, medians: { ours, template, ratio } };
}
