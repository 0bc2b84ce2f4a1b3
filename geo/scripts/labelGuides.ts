/**
 * Label guides: for each dated line, its general course, for the date or name written along it.
 *
 * MapLibre writes text along a line only where the line bends less than the layer's
 * `text-max-angle` over the text's whole length. A front digitised hill by hill, or the MDL as
 * Natural Earth draws it, nowhere does over the 100–190 px of "26 October 1950" or "Military
 * Demarcation Line" at the country scale, so those lines went unlabelled. A campaign atlas letters a
 * line along its course, not along each bend; the guide is that course: the line simplified at
 * {@link LABEL_GUIDE_TOLERANCE} and its corners rounded, written as a second feature that is never drawn
 * (`label_of: <the line's id>`), while the line itself says it has one (`label_guided: true`).
 * src/map/layers.ts draws the line from the line and its label from the guide.
 */
import type { Feature, LineString } from 'geojson';
import {
  END_LABEL_PLACES,
  headReach,
  MARK_ZOOMS,
  UNIT_LABEL_AT,
  UNIT_SIDE_OFFSET,
} from '../../src/map/layers.ts';
import { mercator } from '../../src/motion/along.ts';
import type { UnitSide } from './arrowUnits.ts';
import { simplify, type Position } from './geometry.ts';

/** Degrees (about 4 km): bends smaller than this are ironed out of the course. */
const LABEL_GUIDE_TOLERANCE = 0.04;

/**
 * Corner-cutting rounds (Chaikin) after the simplification. MapLibre refuses a place where the
 * turns within a few glyphs add up to more than `text-max-angle`; cutting each corner three times
 * spreads a 40° turn over eight turns of 5°, so the text can bend round it.
 */
const SMOOTHING_ROUNDS = 3;

/** Chaikin's corner cutting, ends kept: each inner corner becomes two points at 1/4 and 3/4. */
function cutCorners(points: Position[], rounds: number): Position[] {
  let line = points;
  for (let r = 0; r < rounds && line.length > 2; r++) {
    const next: Position[] = [line[0]!];
    for (let i = 0; i < line.length - 1; i++) {
      const [a, b] = [line[i]!, line[i + 1]!];
      const at = (t: number): Position => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
      if (i > 0) next.push(at(0.25));
      if (i < line.length - 2) next.push(at(0.75));
    }
    next.push(line.at(-1)!);
    line = next;
  }
  return line;
}

/** Only what a label reads travels to the guide. */
const LABEL_KEYS = ['name_en', 'name_ko', 'date', 'group'];

/**
 * The line, marked as guided, followed by its guide.
 * @param make the build's feature constructor (key order, rounding)
 */
export function withLabelGuide(
  f: Feature,
  make: (coordinates: Position[], props: Record<string, string | boolean> & { id: string }) => Feature,
): Feature[] {
  const props = f.properties as Record<string, string> & { id: string };
  const course = cutCorners(
    simplify((f.geometry as LineString).coordinates as Position[], LABEL_GUIDE_TOLERANCE),
    SMOOTHING_ROUNDS,
  );
  return [
    { ...f, properties: { ...props, label_guided: true } },
    make(course, { id: `${props.id}:label`, label_of: props.id, ...labelKeysOf(props) }),
  ];
}

/**
 * Points at the east end of a line that runs to the east coast, where the line's name or date is
 * written level (`label_end`), as the campaign atlases name the parallel, the demarcation line and
 * a front at the coast. Along the line there is room for it only at a large scale; at the scale of
 * the whole peninsula the towns by the line take it. Three candidates at the one point, tried in
 * order (`label_rank`, src/map/layers.ts `END_LABEL_PLACES`): in the sea past the coast, then over
 * the land just above or below the line's end, for a view whose edge cuts the sea off.
 */
export function endLabel(
  f: Feature,
  make: (
    at: Position,
    props: Record<string, string | boolean | number | number[]> & { id: string },
  ) => Feature,
): Feature[] {
  const props = f.properties as Record<string, string> & { id: string };
  const line = (f.geometry as LineString).coordinates as Position[];
  const east = line[0]![0]! > line.at(-1)![0]! ? line[0]! : line.at(-1)!;
  return END_LABEL_PLACES.map(({ anchor, offset, suffix }, rank) =>
    make(east, {
      id: `${props.id}:end-label${suffix}`,
      label_of: props.id,
      label_end: true,
      label_anchor: anchor,
      label_offset: [...offset],
      label_rank: rank,
      ...labelKeysOf(props),
    }),
  );
}

/** What a label point or guide reads from its line: the line's names, date and group. */
function labelKeysOf(props: Record<string, string>): Record<string, string> {
  return Object.fromEntries(LABEL_KEYS.filter((k) => props[k] !== undefined).map((k) => [k, props[k]!]));
}

/** The point `t` of the way along a line, by length (degrees of longitude shrunk to the latitude). */
function pointAlong(line: Position[], t: number): Position {
  const scale = Math.cos((line[0]![1]! * Math.PI) / 180);
  const legs = line.slice(1).map((b, i) => Math.hypot((b[0]! - line[i]![0]!) * scale, b[1]! - line[i]![1]!));
  let left = legs.reduce((a, b) => a + b, 0) * t;
  for (const [i, leg] of legs.entries()) {
    if (left <= leg && leg > 0) {
      const [a, b] = [line[i]!, line[i + 1]!];
      return [a[0]! + ((b[0]! - a[0]!) * left) / leg, a[1]! + ((b[1]! - a[1]!) * left) / leg];
    }
    left -= leg;
  }
  return line.at(-1)!;
}

/**
 * The name's first choice of side is towards the middle of the peninsula (`label_anchor`, as
 * MapLibre's `text-anchor`: `left`, the text starts at the point and runs east), so that a name
 * beside an arrow near a coast lies over land, in view; a hand-set side (arrowUnits.ts) comes
 * first instead.
 */
const INLAND_LONGITUDE = 127.6;

/** The sides a name tries after its first: the opposite one, then the other two. */
const THEN: Record<UnitSide, UnitSide[]> = {
  left: ['right', 'bottom', 'top'],
  right: ['left', 'bottom', 'top'],
  bottom: ['top', 'left', 'right'],
  top: ['bottom', 'left', 'right'],
};

/**
 * How far a later candidate moves a name along its arrow, in ems: first towards the arrow's tail
 * (where the formation set out, often open country), then towards its head.
 */
const SHIFTS = [0, 2.5, -2.5];

/**
 * The unit vector on screen from `at` towards `towards` (north up, Web Mercator: a degree of
 * latitude is 1/cos φ times as long as one of longitude; screen y runs down).
 */
function screenDirection(at: Position, towards: Position): [number, number] {
  const dx = towards[0]! - at[0]!;
  const dy = -(towards[1]! - at[1]!) / Math.cos((at[1]! * Math.PI) / 180);
  const length = Math.hypot(dx, dy) || 1;
  return [dx / length, dy / length];
}

/**
 * The arrow width (a story layer's `width`) whose heads a name's mark is moved clear of: the
 * widest the stories draw, so narrower heads are cleared too (labelGuides.test.ts checks them).
 */
export const MARK_CLEARS_WIDTH = 3;

/** Where `p` lies on MapLibre's world map at `zoom` (512 px tiles), in px. */
export function worldPixels(p: Position, zoom: number): [number, number] {
  const [x, y] = mercator(p);
  return [x * 512 * 2 ** zoom, y * 512 * 2 ** zoom];
}

/**
 * How far a name's mark moves back from `at` at each of {@link MARK_ZOOMS}, in px along `back`
 * (a unit vector on screen): far enough to clear the heads at `tips` (its group's arrows, which
 * often converge on one town), and no further.
 */
function markOffsets(at: Position, tips: Position[], back: [number, number]): number[][] {
  const round = (v: number) => Math.round(v * 10) / 10 + 0;
  return MARK_ZOOMS.map((zoom) => {
    const [ax, ay] = worldPixels(at, zoom);
    const heads = tips.map((tip) => worldPixels(tip, zoom));
    const reach = headReach(zoom, MARK_CLEARS_WIDTH) + 0.1;
    // Back past each head that covers the mark in turn: moved out of one, it may enter another.
    let b = 0;
    for (let turn = 0; turn < 4 * heads.length; turn++) {
      const [x, y] = [ax + back[0] * b, ay + back[1] * b];
      const covering = heads.find(([hx, hy]) => Math.hypot(x - hx, y - hy) < reach);
      if (!covering) break;
      // The least step s with |mark + s·back − head| = reach: a root of s² + 2s(v·back) + |v|² − reach².
      const [vx, vy] = [x - covering[0], y - covering[1]];
      const along = vx * back[0] + vy * back[1];
      b += -along + Math.sqrt(along * along - (vx * vx + vy * vy) + reach * reach);
    }
    return [round(back[0] * b), round(back[1] * b)];
  });
}

/**
 * Unit labels: the points for a formation's name written beside its arrow (src/map/layers.ts),
 * level as a campaign atlas writes it. A name along the arrow itself only fits arrows longer than
 * the name, and the Yalu crossings or the November 1950 attacks are shorter than "Chinese 13th
 * Army Group" at the country scale. Arrows of one group that carry the same formation (the three
 * Yalu crossings, two Eighth Army axes) get one name, beside the arrow nearest their middle. The
 * point says which arrow it names (`label_of`) and carries its group, so a layer that lists
 * either picks it up.
 *
 * Each formation gets twelve points at the same place, in the order they are tried (`label_rank`,
 * MapLibre's `symbol-sort-key`): its four sides (`label_anchor`), then the four again with the
 * name moved along the arrow towards its tail, then towards its head (`label_offset`, in ems). The
 * first that finds room is drawn, and its invisible mark keeps the others out: the same for all
 * twelve, moved back from the point towards the tail where a head of its group would cover it
 * (`mark_offset`, px at each of {@link MARK_ZOOMS}). MapLibre's own choice among sides
 * (`text-variable-anchor`) tries a label's previous side first, so the side would depend on the
 * frames before it and two loads of one step could name the arrows differently; these four are
 * tried in the same order every time.
 */
export function unitLabelPoints(
  arrows: Feature[],
  make: (
    at: Position,
    props: Record<string, string | number | number[] | number[][]> & { id: string },
  ) => Feature,
): Feature[] {
  const named = arrows.filter((f) => f.properties?.unit_en && f.geometry.type === 'LineString');
  const byFormation = new Map<string, Feature[]>();
  for (const f of named) {
    const key = `${f.properties!.group ?? f.properties!.id}|${f.properties!.unit_en}`;
    byFormation.set(key, [...(byFormation.get(key) ?? []), f]);
  }
  return [...byFormation.values()].flatMap((same) => {
    const middles = same.map((f) =>
      pointAlong((f.geometry as LineString).coordinates as Position[], UNIT_LABEL_AT),
    );
    const mean = [0, 1].map((k) => middles.reduce((s, p) => s + p[k]!, 0) / middles.length);
    const distance = (p: Position) => Math.hypot(p[0]! - mean[0]!, p[1]! - mean[1]!);
    const nearest = middles.indexOf(middles.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
    const p = same[nearest]!.properties as Record<string, string> & { id: string };
    const at = middles[nearest]!;
    const first = (p.unit_side as UnitSide | undefined) ?? (at[0] < INLAND_LONGITUDE ? 'left' : 'right');
    const line = (same[nearest]!.geometry as LineString).coordinates as Position[];
    const [dx, dy] = screenDirection(at, pointAlong(line, UNIT_LABEL_AT - 0.1));
    const round = (v: number) => Math.round(v * 100) / 100 + 0;
    const group = same[nearest]!.properties!.group;
    const tips = arrows
      .filter((f) => f.geometry.type === 'LineString')
      .filter((f) => f === same[nearest] || (group !== undefined && f.properties?.group === group))
      .map((f) => (f.geometry as LineString).coordinates.at(-1) as Position);
    const marks = markOffsets(at, tips, [dx, dy]);
    const places = SHIFTS.flatMap((shift) =>
      [first, ...THEN[first]].map((side) => {
        const [x, y] = UNIT_SIDE_OFFSET[side];
        return { side, shift, offset: [round(x + shift * dx), round(y + shift * dy)] };
      }),
    );
    return places.map(({ side, shift, offset }, rank) =>
      make(at, {
        id: `${p.id}:label:${side}${shift === 0 ? '' : shift > 0 ? ':tailward' : ':headward'}`,
        label_of: p.id,
        unit_en: p.unit_en!,
        unit_ko: p.unit_ko!,
        ...(p.unit_short_en ? { unit_short_en: p.unit_short_en, unit_short_ko: p.unit_short_ko! } : {}),
        label_anchor: side,
        label_offset: offset,
        label_rank: rank,
        mark_offset: marks,
        ...(p.group ? { group: p.group } : {}),
      }),
    );
  });
}
