/**
 * The timeline's events: a dot per event of stories/korean-war.events.yaml, reachable by pointer
 * and keyboard (one tab stop, arrows within), each moving the story to its step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/story/formatDate.ts';
import { timelineLayout } from '../../src/timeline/timelineScale.ts';
import { useBrowser, loadStory, openPage, settled } from './harness.ts';

const story = loadStory();

const getBrowser = useBrowser();

const stepIndex = new Map(story.steps.map((s, i) => [s.id, i]));
const events = story.events.map((e) => ({ ...e, step: stepIndex.get(e.step)! }));

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

describe('timeline events', () => {
  it('draws every event, named "Go to: <title>, <date>", the active step’s emphasised', async () => {
    const step = story.steps.find((s) => story.events.filter((e) => e.step === s.id).length >= 2)!;
    const { page } = await openPage(getBrowser(), `?step=${step.id}`);
    await settled(page, step.id);
    const dots = page.locator('.timeline .event');
    expect(await dots.count()).toBe(story.events.length);
    for (const event of story.events) {
      const dot = page.locator(`.timeline .event[data-event="${event.id}"]`);
      expect(await dot.getAttribute('aria-label')).toBe(
        `Go to: ${event.title.en}, ${formatDate(event.date, 'en')}`,
      );
      expect(await dot.evaluate((el) => el.classList.contains('current'))).toBe(event.step === step.id);
    }
    // One mark per step, as before; the active one is the timeline's only tab stop.
    expect(await page.locator('.timeline .mark').count()).toBe(story.steps.length);
    expect(await page.locator('.timeline [tabindex="0"]').count()).toBe(1);
    expect(await page.locator('.timeline [tabindex="0"]').getAttribute('data-step')).toBe(step.id);
    await page.context().close();
  });

  it('clicking an event moves the story to its step', async () => {
    const event = story.events.find((e) => e.step !== story.steps[0]!.id && e.step !== story.steps[1]!.id)!;
    const { page } = await openPage(getBrowser(), '');
    await settled(page, story.steps[0]!.id);
    await page.locator(`.timeline .event[data-event="${event.id}"]`).click();
    const snap = await settled(page, event.step);
    expect(snap.step).toBe(event.step);
    await page.context().close();
  });

  it('the keyboard walks the marks with the arrows without moving the story, and Enter goes there', async () => {
    const { page } = await openPage(getBrowser(), '');
    const first = story.steps[0]!.id;
    await settled(page, first);
    // Tab from the page into the timeline: it is one stop, on the active step's mark.
    await page.locator('.timeline [tabindex="0"]').focus();
    expect(await activeId(page)).toMatch(/^Go to: /);
    // End and Home: the latest and the earliest mark or event by date.
    const { order } = timelineLayout(story.steps, events, 800);
    const focusedItem = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.event ? `event:${el.dataset.event}` : `step:${el?.dataset.step}`;
      });
    const itemId = (item: (typeof order)[number]) =>
      item.kind === 'step' ? `step:${story.steps[item.index]!.id}` : `event:${story.events[item.index]!.id}`;
    await page.keyboard.press('End');
    expect(await focusedItem()).toBe(itemId(order.at(-1)!));
    await page.keyboard.press('Home');
    expect(await focusedItem()).toBe(itemId(order[0]!));
    const last = story.events.at(-1)!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedItem()).toBe(itemId(order[1]!));
    // The arrows moved the focus only: the story is still on its first step.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.step)).toBe(first);
    // Walk to the last event and open it.
    for (let i = 0; i < 200; i++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
      if (focused === last.id) break;
      await page.keyboard.press('ArrowRight');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe(last.id);
    expect(await page.locator('.timeline [tabindex="0"]').getAttribute('data-event')).toBe(last.id);
    await page.keyboard.press('Enter');
    await settled(page, last.step);
    // Focus went to the step, and the timeline's tab stop follows the active step again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'))).toBe(last.step);
    expect(await page.locator('.timeline [tabindex="0"]').getAttribute('data-step')).toBe(last.step);
    expect(await page.locator('.timeline [tabindex="0"]').getAttribute('class')).toMatch(/\bmark\b/);
    await page.context().close();
  });

  it('Space on an event works too, and page keys still step the story from the timeline', async () => {
    const event = story.events[Math.floor(story.events.length / 2)]!;
    const { page } = await openPage(getBrowser(), '');
    await settled(page, story.steps[0]!.id);
    await page.locator(`.timeline .event[data-event="${event.id}"]`).focus();
    await page.keyboard.press('Space');
    await settled(page, event.step);
    const index = story.steps.findIndex((s) => s.id === event.step);
    await page.locator('.timeline [tabindex="0"]').focus();
    await page.keyboard.press('PageDown');
    await settled(page, story.steps[index + 1]!.id);
    await page.context().close();
  });
});
