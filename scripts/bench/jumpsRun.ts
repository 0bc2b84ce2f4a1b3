import type { Browser } from 'playwright-core';
import { DESKTOP } from '../viewports.ts';
import { JUMPS } from './options.ts';
import { finalState, open, readProbe, ready, snapshot } from './page.ts';
import type { BenchContext, Run } from './run.ts';
import { settle } from './settle.ts';
import { max } from './stats.ts';

/**
 * Fast scroll: the story test's 200 random jumps (keys, wheel flings of any size, timeline clicks),
 * then the time from the page's last scroll (and from the last input) to the map ready on the step
 * under the trigger line, and whether that map is exactly the one a fresh deep link to the step
 * gives. On the story test's desktop viewport: on a phone the sources list covers the timeline at
 * the end of the story, so a timeline click there would wait forever.
 */
export async function jumpsRun(
  browser: Browser,
  { base, steps, throttle, log }: BenchContext,
  run: number,
): Promise<Pick<Run, 'jumpFromScrollMs' | 'jumpToReadyMs' | 'jumpSettle' | 'jumpFinal'>> {
  const { page } = await open(browser, base, '', { throttle, viewport: DESKTOP });
  await ready(page, steps[0]!.id);
  let seed = 42 + run - 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const marks = page.locator('.timeline .mark');
  const keys = ['End', 'Home', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'];
  await page.mouse.move(DESKTOP.width * 0.2, DESKTOP.height / 2);
  for (let i = 0; i < JUMPS; i++) {
    const kind = i % 4;
    if (kind === 0) await page.keyboard.press(keys[Math.floor(random() * keys.length)]!);
    else if (kind === 1) await marks.nth(Math.floor(random() * steps.length)).click();
    else await page.mouse.wheel(0, (random() - 0.5) * (kind === 2 ? 800 : 8000));
    if (i % 25 === 0) await page.waitForTimeout(30);
  }
  const final = await finalState(page);
  const probe = await readProbe(page);
  await page.context().close();
  if (!final) {
    const why = 'never settled on the step under the trigger line';
    log(run, `${JUMPS} jumps: WRONG: ${why}`);
    return {
      jumpFromScrollMs: Infinity,
      jumpToReadyMs: Infinity,
      jumpSettle: undefined,
      jumpFinal: { step: '', wrong: true, why, after: [] },
    };
  }
  // The same step by a fresh deep link (not throttled: only its final state matters).
  const link = await open(browser, base, `?step=${final.step}`, { viewport: DESKTOP });
  await ready(link.page, final.step);
  const expected = await snapshot(link.page);
  await link.page.context().close();
  const wrong = expected.layers !== final.layers || expected.camera !== final.camera;
  const why = wrong ? `${final.layers} ${final.camera}, deep link ${expected.layers} ${expected.camera}` : '';
  const lastInput = max(probe.inputs);
  const last = probe.inputs.lastIndexOf(lastInput);
  const lastReady = probe.states.filter((s) => s.ready).at(-1)!.t;
  const jumpSettle = settle({ stamped: lastInput, seen: probe.inputsSeen[last]! }, probe.scrolls, lastReady);
  const { fromScrollMs: jumpFromScrollMs, totalMs: jumpToReadyMs } = jumpSettle;
  const parts = `delivered ${jumpSettle.deliveryMs.toFixed(0)}, scrolled ${jumpSettle.scrollMs?.toFixed(0) ?? '–'}, map ${jumpSettle.mapMs.toFixed(0)}`;
  log(
    run,
    `${JUMPS} jumps: "${final.step}" ready ${jumpFromScrollMs.toFixed(0)} ms after the last scroll, ${jumpToReadyMs.toFixed(0)} ms after the last input (${parts})${wrong ? `, WRONG: ${why}` : ''}`,
  );
  const after = probe.states
    .filter((s) => s.t >= lastInput)
    .map((s) => ({ ms: Math.round(s.t - lastInput), ready: s.ready, step: s.step }));
  return { jumpFromScrollMs, jumpToReadyMs, jumpSettle, jumpFinal: { step: final.step, wrong, why, after } };
}
