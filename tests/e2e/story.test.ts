/**
 * Chromium-only cases of reaching a step (the contract suite, contract.test.ts, makes the checks
 * every engine shares: scrolling down and back, random jumps, keyboard, language switch): a resize
 * mid-flight, a reader who drags the map, the browser's `scrollend`, the URL's fallbacks, and the
 * SVG map's drawing without WebGL or after a lost context.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selects } from '../../src/map/motionGeometry.ts';
import { TRIGGER_OFFSET } from '../../src/scroll/trigger.ts';
import { targetState, visibleLayerIds } from '../../src/story/targetState.ts';
import { DESKTOP, PHONE, expectCamera, launch, loadStory, openPage, settled, useBrowser } from './harness.ts';

const story = loadStory();
const getBrowser = useBrowser();

describe('reaching a step', () => {
  it('a resize during a flight still lands on the step, fitted to the new size', async () => {
    const { page } = await openPage(getBrowser(), '');
    await settled(page, story.steps[0]!.id);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300); // mid-flight
    await page.setViewportSize({ width: 1100, height: 700 });
    const resized = await settled(page, story.steps[1]!.id);
    const link = await openPage(getBrowser(), `?step=${story.steps[1]!.id}`, { width: 1100, height: 700 });
    expect(await settled(link.page, story.steps[1]!.id)).toEqual(resized);
    await link.page.context().close();
    await page.context().close();
  });

  it('a reader who drags the map gets a Reset view button back to the step camera', async () => {
    const id = story.steps[7]!.id;
    const { page, errors } = await openPage(getBrowser(), `?step=${id}`);
    const before = await settled(page, id);
    expect(await page.locator('.reset-view').count()).toBe(0);
    await page.mouse.move(1000, 450);
    await page.mouse.down();
    await page.mouse.move(900, 380, { steps: 8 });
    await page.mouse.up();
    await page.locator('.reset-view').waitFor();
    const dragged = await settled(page, id);
    expect(dragged.camera.center).not.toEqual(before.camera.center);
    await page.locator('.reset-view').click();
    expect(await settled(page, id)).toEqual(before);
    expect(await page.locator('.reset-view').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the browser's scrollend settles the step at once, not a timer's wait later", async () => {
    const { page } = await openPage(getBrowser(), '');
    await settled(page, story.steps[0]!.id);
    const target = story.steps[5]!.id;
    // In one task: the reader takes over (no pin), the page jumps so the target is under the
    // trigger line, and the scroll ends. Neither the scroll events nor the intersection observer
    // can run before the next frame, nor the settle timer for 120 ms: only 'scrollend' can have
    // set the step by the time the microtasks (Svelte's DOM update) are done.
    const step = await page.evaluate(
      async ({ id, trigger }) => {
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: 1 }));
        const el = document.querySelector(`[data-step-id="${id}"]`)!;
        const top = window.scrollY + el.getBoundingClientRect().top - window.innerHeight * trigger + 10;
        window.scrollTo({ top, behavior: 'instant' });
        window.dispatchEvent(new Event('scrollend'));
        for (let i = 0; i < 10; i++) await Promise.resolve();
        return document.documentElement.dataset.step;
      },
      { id: target, trigger: TRIGGER_OFFSET },
    );
    expect(step).toBe(target);
    await settled(page, target);
    await page.context().close();
  });
});

describe('public contract', () => {
  it('lang and step from the URL; unknown values fall back with a warning', async () => {
    const { page, warnings } = await openPage(getBrowser(), `?lang=ko&step=${story.steps[2]!.id}`);
    const snap = await settled(page, story.steps[2]!.id);
    expect(snap.lang).toBe('ko');
    expect(await page.locator('h1').textContent()).toBe(story.title.ko);
    await page.context().close();
    expect(warnings).toEqual([]);

    const bad = await openPage(getBrowser(), '?lang=xx&step=nope&mode=bogus');
    const fallback = await settled(bad.page, story.steps[0]!.id);
    expect(fallback.lang).toBe('en');
    expect(await bad.page.evaluate(() => document.documentElement.dataset.mode)).toBe('web');
    expect(bad.warnings.join('\n')).toMatch(/unknown mode "bogus"/);
    expect(bad.warnings.join('\n')).toMatch(/unknown language "xx"/);
    expect(bad.warnings.join('\n')).toMatch(/unknown step "nope"/);
    await bad.page.context().close();
  });
});

describe('without WebGL', () => {
  const arrowLines = (ids: string[]) =>
    story.layers
      .filter((l) => ids.includes(l.id))
      .map((l) => {
        const file = JSON.parse(readFileSync(`geo/layers/${l.geo}.geojson`, 'utf8')) as FeatureCollection;
        return file.features.filter((f) => selects(l, f.properties)).length;
      })
      .reduce((a, b) => a + b, 0);

  /** What the SVG draws: story layer → its paths, circles and labels; and the held ground and front. */
  const drawing = (page: Page) =>
    page.evaluate(() => {
      const count = (selector: string) => document.querySelectorAll(selector).length;
      const layers = [...document.querySelectorAll<SVGGElement>('.map-svg g[data-layer]')].map(
        (g) => g.dataset.layer!,
      );
      const drawn = [...document.querySelectorAll('.map-svg path[pathLength]')].map((p) =>
        p.getAttribute('stroke-dasharray'),
      );
      return {
        map: document.querySelector<HTMLElement>('[data-map]')!.dataset.map,
        layers: [...new Set(layers)].sort().join(' '),
        heads: count('[data-style-layer="motion:heads"] path'),
        front: count('[data-style-layer="motion:front-a"] path'),
        held: count('[data-style-layer^="motion:held-"] path'),
        labels: [...document.querySelectorAll('[data-style-layer="places::label"] text')].map(
          (t) => t.textContent,
        ),
        drawn,
      };
    });

  it('draws the map as SVG with the same layers, camera and motion, and redraws it as the keys step', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-gpu']);
    try {
      // Inchon halfway: the landing and the advances drawing in (a step with motion).
      const query = '?step=inchon&progress=0.5';
      const gl = await openPage(getBrowser(), query, DESKTOP);
      const expected = await settled(gl.page, 'inchon');
      const glDraw = await gl.page.getAttribute('[data-map]', 'data-draw');
      await gl.page.context().close();
      const { page, errors, external: ext } = await openPage(noGl, query, DESKTOP);
      const snap = await settled(page, 'inchon');
      expect(snap).toEqual(expected);
      expect(await page.getAttribute('[data-map]', 'data-draw')).toBe(glDraw);
      let svg = await drawing(page);
      expect(svg.map).toBe('svg');
      expect(svg.layers).toBe(snap.layers);
      expect(svg.heads).toBe(arrowLines(['inchon-landing', 'inchon-advance']));
      expect(svg.drawn).toHaveLength(svg.heads);
      for (const dash of svg.drawn) expect(dash).toMatch(/^0\.\d+ 1$/);
      expect(svg.labels).toContain('Seoul');

      // ↓ to the next step: redrawn, with that step's layers and camera.
      await page.keyboard.press('ArrowDown');
      const next = await settled(page, story.steps[story.steps.findIndex((s) => s.id === 'inchon') + 1]!.id);
      const index = story.steps.findIndex((s) => s.id === next.step);
      expect(next.layers).toBe(visibleLayerIds(targetState(story, index)).join(' '));
      svg = await drawing(page);
      // Arrows that draw in have not started at the step's beginning: nothing of them is drawn yet.
      const notYet = ((await page.getAttribute('[data-map]', 'data-draw')) ?? '')
        .split(' ')
        .filter((entry) => entry.endsWith(':0.00'))
        .map((entry) => entry.split(':')[0]);
      expect(notYet.length).toBeGreaterThan(0);
      expect(svg.layers).toBe(
        next.layers
          .split(' ')
          .filter((id) => !notYet.includes(id))
          .join(' '),
      );
      expectCamera(story, next, index, DESKTOP, false);
      // The language switch relabels the map.
      await page.getByRole('button', { name: '한국어' }).click();
      await expect.poll(async () => (await drawing(page)).labels).toContain('서울');
      expect(errors).toEqual([]);
      expect(ext).toEqual([]);
      await page.context().close();

      // A moving front, in Korean on a phone: the same camera as the WebGL map, the front and the
      // ground each side held, labels in Korean.
      const ko = '?step=osan-taejon&progress=0.5&lang=ko';
      const glPhone = await openPage(getBrowser(), ko, PHONE);
      const expectedPhone = await settled(glPhone.page, 'osan-taejon');
      await glPhone.page.context().close();
      const phone = await openPage(noGl, ko, PHONE);
      expect(await settled(phone.page, 'osan-taejon')).toEqual(expectedPhone);
      svg = await drawing(phone.page);
      expect(svg).toMatchObject({ map: 'svg', layers: expectedPhone.layers, front: 1, held: 2 });
      expect(svg.heads).toBe(arrowLines(['invasion']));
      expect(svg.labels).toContain('서울');
      expect(phone.errors).toEqual([]);
      await phone.page.context().close();
    } finally {
      await noGl.close();
    }
  });

  it('draws the map as SVG when the WebGL context is lost and not restored', async () => {
    const id = 'pusan-perimeter';
    const { page, errors } = await openPage(getBrowser(), `?step=${id}`);
    const before = await settled(page, id);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!
        .getExtension('WEBGL_lose_context')!
        .loseContext();
    });
    await page.waitForSelector('[data-map="svg"]', { timeout: 10_000 });
    expect(await settled(page, id)).toEqual(before);
    expect((await drawing(page)).layers).toBe(before.layers);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
