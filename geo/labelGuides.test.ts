/**
 * The label guides the build writes (geo/scripts/labelGuides.ts): each belongs to a line or arrow
 * of its own file, follows it closely, and every named formation is named once per group.
 */
import type { Feature, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { headReach, MARK_ZOOMS } from '../src/map/layers.ts';
import { readStory, storyFiles } from '../scripts/storyFiles.ts';
import { MARK_CLEARS_WIDTH, worldPixels } from './scripts/labelGuides.ts';
import { kmToLine, load } from './testing.ts';

const props = (f: Feature) => f.properties as Record<string, string | boolean | undefined>;
const guidesIn = (name: string) => load(name).features.filter((f) => props(f).label_of !== undefined);

describe('line guides (fronts, the MDL)', () => {
  it.each(['fronts', 'mdl-1953'])(
    '%s: every line has one guide, close to it, with its name and date',
    (name) => {
      const features = load(name).features;
      const lines = features.filter((f) => props(f).label_guided === true);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const id = props(line).id;
        const guides = guidesIn(name).filter((g) => props(g).label_of === id && !props(g).label_end);
        expect(guides, String(id)).toHaveLength(1);
        const guide = guides[0]!;
        for (const key of ['name_en', 'name_ko', 'date'])
          expect(props(guide)[key], `${id} ${key}`).toBe(props(line)[key]);
        const course = (line.geometry as LineString).coordinates;
        const gaps = (guide.geometry as LineString).coordinates.map((p) =>
          kmToLine(p as [number, number], course),
        );
        const worst = Math.max(...gaps);
        const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
        // The simplification keeps within 0.04° (4.4 km); cutting a sharp salient's corner strays
        // further at its tip (8.3 km on the November 1950 line, some 20 px at the scale it is read).
        expect(worst, `${id}: guide strays ${worst.toFixed(1)} km`).toBeLessThan(10);
        expect(mean, `${id}: guide strays ${mean.toFixed(1)} km on average`).toBeLessThan(2);
        expect((guide.geometry as LineString).coordinates.length).toBeGreaterThan(1);
      }
    },
  );
});

describe('end labels (the parallel, the MDL, the fronts)', () => {
  it.each(['fronts', 'mdl-1953', 'parallel-38'])(
    '%s: every line has three, on its east end on the coast, with its name and date',
    (name) => {
      const features = load(name).features;
      const lines = features.filter((f) => f.geometry.type === 'LineString' && !props(f).label_of);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const id = props(line).id;
        const ends = guidesIn(name).filter((g) => props(g).label_of === id && props(g).label_end === true);
        // In the sea, then over the land above the line's end, then below it; tried in order.
        expect(
          ends.map((e) => [props(e).label_rank, props(e).label_anchor]),
          String(id),
        ).toEqual([
          [0, 'left'],
          [1, 'bottom-right'],
          [2, 'top-right'],
        ]);
        const course = (line.geometry as LineString).coordinates as [number, number][];
        const east = course.reduce((a, b) => (b[0] > a[0] ? b : a));
        for (const end of ends) {
          for (const key of ['name_en', 'name_ko', 'date'])
            expect(props(end)[key], `${id} ${key}`).toBe(props(line)[key]);
          expect((end.geometry as Point).coordinates, String(id)).toEqual(east);
        }
      }
    },
  );
});

describe('unit label points (arrows)', () => {
  it('clear the widest arrowhead any story draws', () => {
    const widths = storyFiles().flatMap((file) =>
      readStory(file)
        .layers.filter((l) => l.kind === 'arrow')
        .map((l) => l.width),
    );
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBeLessThanOrEqual(MARK_CLEARS_WIDTH);
  });

  it.each(['arrows', 'inchon', 'pva-crossings'])(
    '%s: each formation is named once per group, on one of its arrows',
    (name) => {
      const features = load(name).features;
      const arrows = features.filter((f) => props(f).unit_en && f.geometry.type === 'LineString');
      const points = guidesIn(name);
      const formations = new Set(arrows.map((a) => `${props(a).group ?? props(a).id}|${props(a).unit_en}`));
      expect(points).toHaveLength(formations.size * 12);
      const byArrow = new Map<string, Feature[]>();
      for (const p of points) {
        const id = String(props(p).label_of);
        byArrow.set(id, [...(byArrow.get(id) ?? []), p]);
      }
      expect(byArrow.size).toBe(formations.size);
      for (const [id, places] of byArrow) {
        // One point; four sides, then the four moved along the arrow each way; tried in order.
        expect(
          places.map((p) => props(p).label_rank),
          id,
        ).toEqual([...Array(12).keys()]);
        for (let k = 0; k < 12; k += 4) {
          expect(new Set(places.slice(k, k + 4).map((p) => props(p).label_anchor)), id).toEqual(
            new Set(['left', 'right', 'top', 'bottom']),
          );
        }
        expect(new Set(places.map((p) => JSON.stringify(props(p).label_offset))).size, id).toBe(12);
        expect(new Set(places.map((p) => JSON.stringify((p.geometry as Point).coordinates))).size, id).toBe(
          1,
        );
        expect(new Set(places.map((p) => JSON.stringify(props(p).mark_offset))).size, id).toBe(1);
      }
      for (const p of points) {
        const arrow = arrows.find((a) => props(a).id === props(p).label_of)!;
        expect(arrow, String(props(p).id)).toBeDefined();
        expect([props(p).unit_en, props(p).unit_ko, props(p).group]).toEqual([
          props(arrow).unit_en,
          props(arrow).unit_ko,
          props(arrow).group,
        ]);
        const at = (p.geometry as Point).coordinates as [number, number];
        const line = (arrow.geometry as LineString).coordinates;
        expect(kmToLine(at, line)).toBeLessThan(0.5);
        // The invisible mark, clear of every head of its group at every zoom (the heads of
        // arrows that converge cover each other's middles): where a head covers the point, moved
        // back towards the tail out of reach; elsewhere, at the point.
        const tips = features
          .filter((f) => f.geometry.type === 'LineString')
          .filter((f) => f === arrow || (props(arrow).group && props(f).group === props(arrow).group))
          .map((f) => (f.geometry as LineString).coordinates.at(-1) as [number, number]);
        const offsets = props(p).mark_offset as [number, number][];
        expect(offsets).toHaveLength(MARK_ZOOMS.length);
        MARK_ZOOMS.forEach((zoom, k) => {
          const [mx, my] = offsets[k]!;
          const [ax, ay] = worldPixels(at, zoom);
          const [tx, ty] = worldPixels(line[0] as [number, number], zoom);
          const reach = headReach(zoom, MARK_CLEARS_WIDTH);
          const where = `${String(props(p).id)} at zoom ${zoom}`;
          const from = (x: number, y: number) =>
            Math.min(
              ...tips.map((tip) => worldPixels(tip, zoom)).map(([hx, hy]) => Math.hypot(hx - x, hy - y)),
            );
          if (from(ax, ay) >= reach) expect([mx, my], where).toEqual([0, 0]);
          else {
            expect(from(ax + mx, ay + my), where).toBeGreaterThan(reach - 0.5);
            expect(mx * (tx - ax) + my * (ty - ay), where).toBeGreaterThan(0);
          }
        });
      }
    },
  );
});
