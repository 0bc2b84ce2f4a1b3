/**
 * First load against the story-map template (docs/performance.md, "Against the template"): our
 * build and the template (templatePage.ts) each served uncompressed from 127.0.0.1
 * (servePlain.ts), loaded alternately, ours then the template's, in a fresh browser context each
 * (firstLoad.ts), `rounds` times; the medians and their ratios (compareFigures.ts).
 */
import type { Browser } from 'playwright-core';
import type { Story } from '../../src/story/schema.ts';
import { DESKTOP } from '../viewports.ts';
import { compareFigures, type Comparison, type Round } from './compareFigures.ts';
import { firstLoad, type FirstLoad } from './firstLoad.ts';
import { servePlain } from './servePlain.ts';
import { TEMPLATE, templatePage } from './templatePage.ts';

/** The story's first steps that become the template's chapters. */
const CHAPTERS = 4;

export interface CompareResult extends Comparison {
  rounds: Round[];
  template: typeof TEMPLATE & { installedWith: string; maplibreVersion: string; chapters: string[] };
  viewport: typeof DESKTOP;
}

export async function compareFirstLoad(
  browser: Browser,
  {
    dist,
    story,
    rounds: count,
    throttle,
    log,
  }: {
    /** Our build. */
    dist: string;
    story: Story;
    rounds: number;
    throttle: number;
    log: (round: number, message: string) => void;
  },
): Promise<CompareResult> {
  const page = templatePage({
    story,
    dist,
    chapters: CHAPTERS,
    viewport: DESKTOP,
    log: (message) => log(0, message),
  });
  const [ours, template] = [await servePlain(dist), await servePlain(page.dir)];
  const rounds: Round[] = [];
  const line = (load: FirstLoad) =>
    `FCP ${load.fcpMs.toFixed(0)} ms, map idle ${load.idleMs.toFixed(0)} ms, ` +
    `${(load.bytes / 1024).toFixed(0)} KB in ${load.requests} requests (the last at ` +
    `${load.lastRequestMs.toFixed(0)} ms), long tasks ${load.longTasksMs.toFixed(0)} ms, main thread ` +
    `${load.taskMs.toFixed(0)} ms (script ${load.scriptMs.toFixed(0)}, layout ${load.layoutMs.toFixed(0)})`;
  try {
    for (let round = 1; round <= count; round++) {
      const options = { throttle, viewport: DESKTOP };
      const a = await firstLoad(browser, ours, { ...options, watch: 'ours' });
      log(round, `ours:     ${line(a)}`);
      const b = await firstLoad(browser, template, { ...options, watch: 'template' });
      log(round, `template: ${line(b)}`);
      rounds.push({ ours: a, template: b });
    }
  } finally {
    await Promise.all([ours.close(), template.close()]);
  }
  return {
    ...compareFigures(rounds),
    rounds,
    template: {
      ...TEMPLATE,
      installedWith: page.bundle.installedWith,
      maplibreVersion: page.bundle.maplibreVersion,
      chapters: page.config.chapters.map((c) => c.id),
    },
    viewport: DESKTOP,
  };
}
