/**
 * A step's subject is in view: the step's camera subject lies inside the map and clear of everything
 * over it — on a phone the step's card, and at every size the page's switches, the legend, the date
 * readout and the timeline — measured from the page's own element rectangles.
 *
 * The subject is the step's camera `bounds` (its `narrow.bounds` on a phone); for a centre-and-zoom
 * camera, a box of {@link FOCUS_BOX} px round the centre. Where it sits on screen comes from the
 * public contract: the zoom from `data-camera`, and the view's north-west corner from the `?debug`
 * camera helper (the bounds of the whole view), since the centre in `data-camera` is the centre of
 * the padded area, wherever the padding puts it. The page must be opened with `?debug`.
 */
import type { Page } from 'playwright-core';
import type { Story } from '../../src/story/schema.ts';
import { targetState } from '../../src/story/targetState.ts';
import { project, type MapSnapshot } from './harness.ts';

/** Side of the box round a centre-and-zoom camera's centre that must be clear, CSS px. */
const FOCUS_BOX = 80;
/** Pixels an edge may stray: rounding of the published camera and of the fit. */
const TOLERANCE = 3;
/** What lies over the map, besides the active step's card (over it on a phone only). */
const COVERS =
  '.page-controls button, .map-key > *, .legend, .map-date, .timeline, .reset-view, .story-header';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Layout {
  map: Box;
  covers: (Box & { what: string })[];
  /** The `?debug` helper's bounds form: the whole view, [[west, south], [east, north]]. */
  viewYaml: string;
}

/** The view's west, south, east and north edges, from the `?debug` helper's bounds form. */
const viewEdges = (layout: Layout) =>
  layout.viewYaml.match(/-?\d+(\.\d+)?/g)!.map(Number) as [number, number, number, number];

/** The map, the rectangles over it (the step's card among them), and the view's bounds. */
async function readLayout(page: Page, id: string): Promise<Layout> {
  await page.waitForSelector('[data-camera-form="bounds"]');
  return page.evaluate(
    ({ id, selector }) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
      };
      const card = document.querySelector(`[data-step-id="${id}"]`)!;
      const others = [...new Set(document.querySelectorAll(selector))].filter(shown);
      const name = (el: Element) =>
        el === card ? 'the step card' : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      return {
        map: box(document.querySelector('[data-map]')!),
        covers: [card, ...others].map((el) => ({ ...box(el), what: name(el) })),
        viewYaml: document.querySelector('[data-camera-form="bounds"]')!.textContent!,
      };
    },
    { id, selector: COVERS },
  );
}

/** The step's subject in screen pixels, from the published zoom and the view's north-west corner. */
function subjectOnScreen(story: Story, index: number, layout: Layout, zoom: number, narrow: boolean): Box {
  const { camera } = targetState(story, index, { narrow });
  const [west, , , north] = viewEdges(layout);
  const [x0, y0] = project([west, north], zoom);
  const toScreen = (p: [number, number]) => {
    const [x, y] = project(p, zoom);
    return [layout.map.left + x - x0, layout.map.top + y - y0] as const;
  };
  if (camera.bounds) {
    const [[w, s], [e, n]] = camera.bounds;
    const [left, top] = toScreen([w, n]);
    const [right, bottom] = toScreen([e, s]);
    return { left, top, right, bottom };
  }
  const [x, y] = toScreen(camera.center!);
  const half = FOCUS_BOX / 2;
  return { left: x - half, top: y - half, right: x + half, bottom: y + half };
}

/** The helper's view spans the map exactly, or the reading above is off: how far it is off, px. */
function viewMismatch(layout: Layout, zoom: number): number {
  const [west, , east, north] = viewEdges(layout);
  const span = project([east, north], zoom)[0] - project([west, north], zoom)[0];
  return Math.abs(span - (layout.map.right - layout.map.left));
}

const round = (b: Box) => Object.values(b).map(Math.round).join(',');

/**
 * What is wrong with where step `id`'s subject lies on the page as it is now: outside the map, or
 * under something over it. Empty when it is in view. The map must face north (`snap.camera`);
 * `narrow`: the page is at a phone's width, where a step's camera may have bounds of its own.
 */
export async function subjectProblems(
  page: Page,
  story: Story,
  id: string,
  snap: MapSnapshot,
  narrow: boolean,
): Promise<string[]> {
  const index = story.steps.findIndex((s) => s.id === id);
  if (snap.camera.bearing !== 0) return [`bearing ${snap.camera.bearing}: the reading assumes north up`];
  const layout = await readLayout(page, id);
  const zoom = snap.camera.zoom;
  if (viewMismatch(layout, zoom) > 5) return ['the camera helper’s view does not span the map'];
  const subject = subjectOnScreen(story, index, layout, zoom, narrow);
  const found: string[] = [];
  const { map } = layout;
  const out = {
    left: map.left - subject.left,
    top: map.top - subject.top,
    right: subject.right - map.right,
    bottom: subject.bottom - map.bottom,
  };
  for (const [side, px] of Object.entries(out)) {
    if (px > TOLERANCE) found.push(`${Math.round(px)} px past the map's ${side} edge`);
  }
  for (const cover of layout.covers) {
    const width = Math.min(subject.right, cover.right) - Math.max(subject.left, cover.left);
    const height = Math.min(subject.bottom, cover.bottom) - Math.max(subject.top, cover.top);
    if (width > TOLERANCE && height > TOLERANCE) {
      found.push(`under ${cover.what} (${Math.round(width)}×${Math.round(height)} px)`);
    }
  }
  return found.map((p) => `${p}; subject ${round(subject)} in map ${round(map)}`);
}
