/**
 * The museum kiosk (`?mode=kiosk`) as a visitor and a technician meet it: fingers and keys turn
 * the slides, nothing leaves the story, idleness resets and then plays the story, the offline cache
 * serves the app with the network gone, and a lost WebGL context comes back at the same slide.
 * Timeouts are shortened with the public `idle=`, `reset=` and `dwell=` parameters.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadStory, openPage, settled, useBrowser, type Tracked } from './harness.ts';
import { shootLayout, shootMap } from './screenshots.ts';

const browser = useBrowser();
const story = loadStory();
const KIOSK = { width: 1280, height: 800 };
const external: string[] = [];

async function openKiosk(query = '') {
  const tracked = await openPage(browser(), `?mode=kiosk${query}`, KIOSK, { touch: true });
  tracked.page.on('close', () => external.push(...tracked.external));
  return tracked;
}

const kiosk = (page: Page) =>
  page.evaluate(() => {
    const { kiosk, kioskSlide, step } = document.documentElement.dataset;
    return { phase: kiosk, slide: Number(kioskSlide), step, lang: document.documentElement.lang };
  });

/** Wait for the kiosk to show `slide` (0: the title) with its map drawn. */
async function onSlide(page: Page, slide: number, phase?: string) {
  await page.waitForFunction(
    ([s, p]) => {
      const d = document.documentElement.dataset;
      return d.kioskSlide === String(s) && (!p || d.kiosk === p);
    },
    [slide, phase] as const,
    { polling: 50, timeout: 30_000 },
  );
  const id = story.steps[Math.max(0, slide - 1)]!.id;
  await settled(page, id);
}

/**
 * A real finger swipe (touch events, which Chromium also turns into pointer events), 100 ms long by
 * the events' own timestamps: a loaded machine delivering them slowly does not make it a slow drag.
 * The finger rests 150 ms before it lifts, so the swipe ends without a fling: a tap while a fling
 * runs only stops it (Chromium's tap suppression), and the next tap of the test would be lost.
 */
async function swipe(cdp: CDPSession, from: [number, number], to: [number, number]) {
  const start = Date.now() / 1000;
  const at = (i: number, [x, y]: [number, number]) => ({
    touchPoints: [{ x, y }],
    timestamp: start + i * 0.025,
  });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', ...at(0, from) });
  for (let i = 1; i <= 4; i++) {
    const x = from[0] + ((to[0] - from[0]) * i) / 4;
    const y = from[1] + ((to[1] - from[1]) * i) / 4;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at(i, [x, y]) });
  }
  for (let i = 5; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at(i, to) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: start + 0.26 });
}

function expectClean({ errors }: Tracked) {
  expect(errors).toEqual([]);
}

describe('kiosk: a visitor with fingers and keys', () => {
  it('taps from the title through the slides, swipes both ways, and keys work too', async () => {
    const tracked = await openKiosk();
    const { page } = tracked;
    await onSlide(page, 0, 'title');
    expect(await page.locator('.kiosk-title h1').textContent()).toBe(story.title.en);

    await page.tap('.kiosk-start');
    await onSlide(page, 1, 'story');
    await page.getByRole('button', { name: 'Next' }).tap();
    await onSlide(page, 2);
    expect(new URL(page.url()).searchParams.get('step')).toBe(story.steps[1]!.id);

    const cdp = await page.context().newCDPSession(page);
    await swipe(cdp, [400, 400], [80, 410]);
    await onSlide(page, 3);
    await swipe(cdp, [80, 400], [420, 390]);
    await onSlide(page, 2);
    await page.getByRole('button', { name: 'Back' }).tap();
    await onSlide(page, 1);

    await page.keyboard.press('ArrowRight');
    await onSlide(page, 2);
    await page.keyboard.press('End');
    await onSlide(page, story.steps.length);
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await page.keyboard.press('Home');
    await onSlide(page, 0, 'title');
    expectClean(tracked);
    await page.context().close();
  });

  it('is a fixed screen: no page scroll, no selection, no context menu, no link out', async () => {
    const tracked = await openKiosk(`&step=${story.steps[2]!.id}`);
    const { page } = tracked;
    await onSlide(page, 3, 'story');
    const screen = await page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('.kiosk-card')!.dispatchEvent(menu);
      return {
        scrolls: document.scrollingElement!.scrollHeight > window.innerHeight,
        select: getComputedStyle(document.querySelector('.kiosk')!).userSelect,
        touchAction: getComputedStyle(document.querySelector('.kiosk')!).touchAction,
        menuPrevented: menu.defaultPrevented,
        viewport: document.querySelector('meta[name="viewport"]')!.getAttribute('content'),
      };
    });
    expect(screen).toEqual({
      scrolls: false,
      select: 'none',
      touchAction: 'none',
      menuPrevented: true,
      // Zoom is stopped by touch-action and Chromium's --disable-pinch, not taken away here.
      viewport: expect.not.stringMatching(/user-scalable|maximum-scale/),
    });
    const before = page.url();
    await page.locator('.kiosk-card cite').first().click({ force: true });
    await page.waitForTimeout(200);
    expect(page.url()).toBe(before);
    expectClean(tracked);
    await page.context().close();
  });

  it('the language switch is in reach on every slide and relabels the slide', async () => {
    const tracked = await openKiosk();
    const { page } = tracked;
    await onSlide(page, 0);
    await page.getByRole('button', { name: '한국어' }).tap();
    // The Korean story module may still be loading: poll rather than read once.
    await expect.poll(() => page.locator('.kiosk-title h1').textContent()).toBe(story.title.ko);
    await page.locator('.kiosk-start').tap();
    await onSlide(page, 1);
    expect((await kiosk(page)).lang).toBe('ko');
    expect(await page.locator('.kiosk-card h2').textContent()).toBe(story.steps[0]!.title.ko);
    expect(await page.getByRole('button', { name: '다음' }).isVisible()).toBe(true);
    expectClean(tracked);
    await page.context().close();
  });
});

describe('kiosk: what a visitor sees', () => {
  // The title screen is a layout shot; a slide's map is shot without the card over it, so an edit
  // to the step's text does not fail a picture (docs/testing.md).
  it.each([
    ['title, landscape', '', KIOSK, 0, shootLayout, 'layout-kiosk-title-landscape'],
    [
      'Inchon, portrait',
      `&step=inchon`,
      { width: 800, height: 1280 },
      8,
      shootMap,
      'map-kiosk-inchon-portrait',
    ],
  ] as const)('%s matches its baseline', async (_, query, viewport, slide, shoot, baseline) => {
    const tracked = await openPage(browser(), `?mode=kiosk${query}`, viewport, {
      touch: true,
      reducedMotion: 'reduce',
    });
    await onSlide(tracked.page, slide);
    const { ok, message } = await shoot(tracked.page, baseline);
    expect(ok, message).toBe(true);
    external.push(...tracked.external);
    expectClean(tracked);
    await tracked.page.context().close();
  });
});

describe('kiosk: left alone', () => {
  it('a visitor who walks away is returned to the title in the default language', async () => {
    // Long enough that the taps below all land within it on a busy machine (they were 2.6 and
    // 4.7 s apart at a load average of 20, and a 2 s reset sent the kiosk home between them).
    const tracked = await openKiosk('&reset=8&idle=600');
    const { page } = tracked;
    await onSlide(page, 0);
    await page.getByRole('button', { name: '한국어' }).tap();
    await page.locator('.kiosk-start').tap();
    await page.getByRole('button', { name: '다음' }).tap();
    await onSlide(page, 2, 'story');
    expect((await kiosk(page)).lang).toBe('ko');
    await onSlide(page, 0, 'title'); // after 8 s without a touch
    expect(await kiosk(page)).toMatchObject({ phase: 'title', slide: 0, lang: 'en' });
    expect(new URL(page.url()).searchParams.has('step')).toBe(false);
    expectClean(tracked);
    await page.context().close();
  });

  it('idle, it plays the story from the title; a touch brings back the title', async () => {
    const tracked = await openKiosk('&idle=1&reset=1&dwell=0.5');
    const { page } = tracked;
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'attract', null, {
      timeout: 30_000,
    });
    // The loop turns the slides by itself, each once its map is drawn.
    await onSlide(page, 2, 'attract');
    await page.mouse.click(900, 300); // on the map, not on a button
    await onSlide(page, 0, 'title');
    expectClean(tracked);
    await page.context().close();
  });

  it('a touch on Next during the attract loop only wakes it, at the title', async () => {
    const tracked = await openKiosk('&idle=1&dwell=0.5');
    const { page } = tracked;
    await onSlide(page, 2, 'attract');
    // Record every phase and slide the kiosk shows from now on.
    await page.evaluate(() => {
      const log: string[] = ((window as unknown as { kioskLog: string[] }).kioskLog = []);
      new MutationObserver(() => {
        const d = document.documentElement.dataset;
        log.push(`${d.kiosk}:${d.kioskSlide}`);
      }).observe(document.documentElement, { attributeFilter: ['data-kiosk', 'data-kiosk-slide'] });
    });
    await page.getByRole('button', { name: 'Next' }).tap();
    await onSlide(page, 0);
    const log = await page.evaluate(() => (window as unknown as { kioskLog: string[] }).kioskLog);
    // Straight to the title: the tap did not also turn to a slide of the story. (The loop may
    // have moved on between the recorder and the tap, on a busy machine.)
    expect(log.find((entry) => !entry.startsWith('attract:'))).toBe('title:0');
    expect(log.filter((entry) => entry.startsWith('story:'))).toEqual([]);
    await page.context().close();
  });
});

describe('kiosk: restart-proof', () => {
  it('the service worker serves the whole app with the network gone', async () => {
    const tracked = await openKiosk();
    const { page } = tracked;
    await onSlide(page, 0);
    // Installed once its precache is complete: from then on it answers every request.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await page.context().setOffline(true);
    await page.goto(new URL(`?mode=kiosk&step=${story.steps[7]!.id}`, page.url()).href);
    await onSlide(page, 8, 'story');
    expect(await page.locator('.kiosk-card h2').textContent()).toBe(story.steps[7]!.title.en);
    expect(await page.evaluate(() => document.querySelector('[data-map]')!.getAttribute('data-map'))).toBe(
      'webgl',
    );
    expectClean(tracked);
    await page.context().close();
  });

  it('a lost WebGL context that does not come back reloads the same slide', async () => {
    const tracked = await openKiosk(`&step=${story.steps[4]!.id}&lang=ko`);
    const { page } = tracked;
    await onSlide(page, 5, 'story');
    await page.evaluate(() => {
      (window as unknown as { beforeLoss: boolean }).beforeLoss = true;
      const canvas = document.querySelector('canvas')!;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      gl!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.waitForFunction(() => !(window as unknown as { beforeLoss?: boolean }).beforeLoss, null, {
      timeout: 30_000,
    });
    await onSlide(page, 5, 'story');
    expect((await kiosk(page)).lang).toBe('ko');
    expect(tracked.errors.join('\n')).toMatch(/kiosk watchdog: WebGL context lost/);
    await page.context().close();
  });

  it('no request left the app origin', () => {
    expect(external).toEqual([]);
  });
});
