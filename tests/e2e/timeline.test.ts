/**
 * The timeline's events: a dot per event of stories/korean-war.events.yaml, reachable by pointer
 * and keyboard (one tab stop, arrows within), each moving the story to its step. And its marks:
 * named wherever the name fits, the active one set apart by more than colour.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/story/formatDate.ts';
import { timelineLayout } from '../../src/timeline/timelineScale.ts';
import { DESKTOP, PHONE, useBrowser, loadStory, openPage, settled } from './harness.ts';

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

describe('timeline names', () => {
  const step = 'hill-war';

  /** Each mark's box and ring, and its name's box and text if it has one. */
  const readMarks = (page: Page) =>
    page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise(requestAnimationFrame);
      const nav = document.querySelector<HTMLElement>('nav.timeline')!;
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, width: r.width };
      };
      return [...nav.querySelectorAll<HTMLElement>('.mark')].map((mark) => {
        const label = nav.querySelector<HTMLElement>(`[data-name-of="${mark.dataset.step}"]`);
        return {
          id: mark.dataset.step!,
          box: rect(mark),
          label: label && { text: label.textContent, box: rect(label) },
          shadow: getComputedStyle(mark).boxShadow,
        };
      });
    });

  /** How wide each text is drawn in the timeline's names' type, by the browser's own layout. */
  const drawnWidths = (page: Page, texts: string[]) =>
    page.evaluate((texts) => {
      const probe = document.createElement('span');
      probe.style.cssText =
        'position:absolute;visibility:hidden;white-space:nowrap;font-size:11px;font-weight:600';
      document.querySelector('nav.timeline')!.append(probe);
      const widths = texts.map((t) => {
        probe.textContent = t;
        return probe.getBoundingClientRect().width;
      });
      probe.remove();
      return widths;
    }, texts);

  it.each(['en', 'ko'] as const)(
    'every box wide enough shows its name (%s, 1440 and 390 wide)',
    async (lang) => {
      for (const viewport of [DESKTOP, PHONE]) {
        const { page } = await openPage(getBrowser(), `?lang=${lang}&step=${step}`, viewport);
        await settled(page, step);
        const marks = await readMarks(page);
        const titleWidths = await drawnWidths(
          page,
          story.steps.map((s) => s.title[lang]!),
        );
        const at = `${lang} ${viewport.width}px`;
        let named = 0;
        for (const [i, mark] of marks.entries()) {
          const title = story.steps[i]!.title[lang]!;
          expect(mark.id).toBe(story.steps[i]!.id);
          // 4 px of room each side, and a pixel for rounding.
          if (titleWidths[i]! + 8 <= mark.box.width - 1) {
            expect(mark.label?.text, `${mark.id} at ${at}`).toBe(title);
          }
          if (!mark.label) continue;
          named++;
          expect(mark.label.box.top).toBeCloseTo(mark.box.top, 0);
          // Inside its own box, or after it; never over another box of its row.
          expect(mark.label.box.left).toBeGreaterThanOrEqual(mark.box.left);
          for (const other of marks) {
            if (other === mark || Math.abs(other.box.top - mark.box.top) > 1) continue;
            const apart = mark.label.box.right <= other.box.left || other.box.right <= mark.label.box.left;
            expect(apart, `${mark.id}'s name over ${other.id} at ${at}`).toBe(true);
          }
        }
        // With the short titles, most boxes are named at 1440 px and a few even at 390 px.
        expect(named, at).toBeGreaterThanOrEqual(viewport === DESKTOP ? 10 : 2);
        // The active box is ringed, not only coloured.
        const active = marks.find((m) => m.id === step)!;
        expect(active.shadow).not.toBe('none');
        expect(marks.filter((m) => m.shadow !== 'none').map((m) => m.id)).toEqual([step]);
        await page.context().close();
      }
    },
  );
});
