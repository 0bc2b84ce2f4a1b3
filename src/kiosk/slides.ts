/**
 * The kiosk's slides: slide 0 is the title, slides 1…n the steps the kiosk shows
 * (kiosk.config.ts `steps`), in story order.
 */
import type { Story } from '../story/schema.ts';

/**
 * Story indices of the kiosk's steps. Unknown ids are dropped with a warning; an empty choice
 * falls back to every step, so a typo never leaves a kiosk with nothing to show.
 */
export function kioskStepIndices(
  story: Pick<Story, 'steps'>,
  chosen: readonly string[] | 'all',
): { indices: number[]; warnings: string[] } {
  const all = story.steps.map((_, i) => i);
  if (chosen === 'all') return { indices: all, warnings: [] };
  const warnings: string[] = [];
  const wanted = new Set<string>();
  for (const id of chosen) {
    if (story.steps.some((s) => s.id === id)) wanted.add(id);
    else warnings.push(`kiosk.config.ts: unknown step "${id}" in steps; left out`);
  }
  const indices = all.filter((i) => wanted.has(story.steps[i]!.id));
  if (indices.length === 0) {
    warnings.push('kiosk.config.ts: no known steps chosen; showing every step');
    return { indices: all, warnings };
  }
  return { indices, warnings };
}

/** The slide showing story step `index`, or the title (0) for a step the kiosk leaves out. */
export function slideOfStep(indices: readonly number[], index: number): number {
  return indices.indexOf(index) + 1;
}
