import type { Browser, CDPSession } from 'playwright-core';
import { heapSizes, type HeapSizes, type HeapSnapshot } from './heapSnapshot.ts';
import { PASSES } from './options.ts';
import { open, ready } from './page.ts';
import type { BenchContext, Run } from './run.ts';

/**
 * Memory: ten passes through the story by keyboard (↓ through every step, each applied and drawn,
 * then Home), with the heap (after a full garbage collection) and MapLibre's style layer and
 * source counts after the first pass and after the tenth. Not CPU-throttled: the figures do not
 * depend on the CPU's speed, only the time to get them does.
 */
export async function memoryRun(browser: Browser, { base, steps }: BenchContext): Promise<Run['memory']> {
  const { page, cdp } = await open(browser, base, '?debug', { probe: false });
  await ready(page, steps[0]!.id);
  const samples: Run['memory'] = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((id) => document.documentElement.dataset.step === id, steps[i]!.id, {
        polling: 'raf',
      });
      // Two frames: the step's state is applied and drawn before the next key.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
    }
    await ready(page, steps.at(-1)!.id);
    await page.keyboard.press('Home');
    await ready(page, steps[0]!.id);
    // Every pass, though only the first and the last are judged: the JSON shows the trend.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const counts = await page.evaluate(() => ({
      ...window.storyDebug!.mapStats(),
      domNodes: document.getElementsByTagName('*').length,
    }));
    const codeMB = pass === 1 || pass === PASSES ? (await snapshotSizes(cdp)).code / 2 ** 20 : undefined;
    const mb = (x: number) => Math.round(x * 100) / 100;
    samples.push({
      heapMB: mb(heap.usedSize / 2 ** 20),
      ...(codeMB === undefined ? {} : { codeMB: mb(codeMB) }),
      ...counts,
    });
  }
  await page.context().close();
  return samples;
}

/** Sizes from a heap snapshot of the page (streamed in chunks over the DevTools protocol). */
async function snapshotSizes(cdp: CDPSession): Promise<HeapSizes> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return heapSizes(JSON.parse(chunks.join('')) as HeapSnapshot);
}
