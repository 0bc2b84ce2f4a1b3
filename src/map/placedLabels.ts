/**
 * Where MapLibre put the labels and icons it drew, and which of them overlap: the browser half of
 * the label-placement check (`?debug`, `window.storyDebug.labelOverlaps()`, docs/contract.md).
 *
 * MapLibre has no public API for placed symbols, so this reads its collision index
 * (`style.placement.collisionIndex`): the boxes and circles of every symbol placed in the last
 * placement, in screen pixels plus a margin, keyed by bucket and feature. Symbols placed with
 * `*-ignore-placement` sit in a second grid; they are drawn but block nothing, so they are
 * checked too. Every shape read is checked, so a MapLibre release that moves these internals
 * makes the check throw rather than find nothing.
 */

/** A placed symbol's shape in screen pixels: a box [x1, y1, x2, y2] or a circle [x, y, r]. */
export interface PlacedShape {
  /** The style layer it belongs to. */
  layer: string;
  /** One feature's icon and text share it; their shapes may touch each other. */
  feature: string;
  box?: [number, number, number, number];
  circle?: [number, number, number];
}

export interface LabelOverlap {
  a: string;
  b: string;
  /** Where, in screen pixels: the overlap's box (for a circle, its bounding square's share). */
  at: [number, number, number, number];
}

/** Overlaps smaller than this, in px, are rounding in the collision grid. */
const SLACK = 1;

interface Grid {
  boxKeys: { bucketInstanceId: number; featureIndex: number }[];
  bboxes: number[];
  circleKeys: { bucketInstanceId: number; featureIndex: number }[];
  circles: number[];
}

interface PlacementInternals {
  collisionIndex: {
    grid: Grid;
    ignoredGrid: Grid;
    screenRightBoundary: number;
    gridRightBoundary: number;
  };
  retainedQueryData: Record<number, { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }>;
}

function placementOf(map: unknown): PlacementInternals {
  const placement = (map as { style?: { placement?: PlacementInternals } }).style?.placement;
  const index = placement?.collisionIndex;
  if (!placement?.retainedQueryData || !index?.grid?.bboxes || !index.ignoredGrid?.circles) {
    throw new Error('placedLabels: this MapLibre has no collision index where it used to be');
  }
  return placement;
}

/** Every symbol shape on screen after the map's last placement, with its layer. */
export function placedShapes(map: unknown): PlacedShape[] {
  const { collisionIndex: index, retainedQueryData } = placementOf(map);
  const margin = index.gridRightBoundary - index.screenRightBoundary;
  const layerOf = (bucket: number) => {
    const data = retainedQueryData[bucket];
    const layer = data?.featureIndex.bucketLayerIDs[data.bucketIndex]?.[0];
    if (!layer) throw new Error(`placedLabels: no layer for symbol bucket ${bucket}`);
    return layer;
  };
  const shapes: PlacedShape[] = [];
  for (const grid of [index.grid, index.ignoredGrid]) {
    grid.boxKeys.forEach((key, i) => {
      const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4).map((v) => v - margin);
      shapes.push({
        layer: layerOf(key.bucketInstanceId),
        feature: `${key.bucketInstanceId}/${key.featureIndex}`,
        box: [x1!, y1!, x2!, y2!],
      });
    });
    grid.circleKeys.forEach((key, i) => {
      const [x, y, r] = grid.circles.slice(i * 3, i * 3 + 3);
      shapes.push({
        layer: layerOf(key.bucketInstanceId),
        feature: `${key.bucketInstanceId}/${key.featureIndex}`,
        circle: [x! - margin, y! - margin, r!],
      });
    });
  }
  return shapes;
}

const boundsOf = (s: PlacedShape): [number, number, number, number] => {
  if (s.box) return s.box;
  const [x, y, r] = s.circle!;
  return [x - r, y - r, x + r, y + r];
};

/** Whether two shapes overlap by more than {@link SLACK} px. */
function collide(a: PlacedShape, b: PlacedShape): boolean {
  if (a.circle && b.circle) {
    const [ax, ay, ar] = a.circle;
    const [bx, by, br] = b.circle;
    return Math.hypot(ax - bx, ay - by) < ar + br - SLACK;
  }
  if (a.circle || b.circle) {
    const [x, y, r] = (a.circle ?? b.circle)!;
    const [x1, y1, x2, y2] = (a.box ?? b.box)!;
    const dx = x - Math.max(x1, Math.min(x, x2));
    const dy = y - Math.max(y1, Math.min(y, y2));
    return Math.hypot(dx, dy) < r - SLACK;
  }
  const [ax1, ay1, ax2, ay2] = a.box!;
  const [bx1, by1, bx2, by2] = b.box!;
  return Math.min(ax2, bx2) - Math.max(ax1, bx1) > SLACK && Math.min(ay2, by2) - Math.max(ay1, by1) > SLACK;
}

/**
 * Pairs of shapes of different features that overlap inside the screen ([0, 0]–[width, height]),
 * one entry per pair of features, and shapes cut by the screen's edge (paired with `view edge`).
 * Two shapes of the same layer of `mayStack` may overlap: arrow heads, whose arrows converge on one
 * objective by design (style.ts draws them always), and the squares that keep names off the view's
 * edge and from under the key (viewEdge.ts); and a head may run off the screen with its arrow.
 */
export function findOverlaps(
  shapes: PlacedShape[],
  width: number,
  height: number,
  mayStack: readonly string[] = [],
): LabelOverlap[] {
  const onScreen = shapes.filter((s) => {
    const [x1, y1, x2, y2] = boundsOf(s);
    return x2 > SLACK && y2 > SLACK && x1 < width - SLACK && y1 < height - SLACK;
  });
  const found = new Map<string, LabelOverlap>();
  for (const [i, a] of onScreen.entries()) {
    for (const b of onScreen.slice(i + 1)) {
      if (a.feature === b.feature || !collide(a, b)) continue;
      if (a.layer === b.layer && mayStack.includes(a.layer)) continue;
      const pair = [a.feature, b.feature].sort().join(' ');
      if (found.has(pair)) continue;
      const [ax1, ay1, ax2, ay2] = boundsOf(a);
      const [bx1, by1, bx2, by2] = boundsOf(b);
      const at = [Math.max(ax1, bx1), Math.max(ay1, by1), Math.min(ax2, bx2), Math.min(ay2, by2)];
      found.set(pair, {
        a: `${a.layer} (${a.feature})`,
        b: `${b.layer} (${b.feature})`,
        at: at.map(Math.round) as LabelOverlap['at'],
      });
    }
  }
  for (const s of onScreen) {
    const [x1, y1, x2, y2] = boundsOf(s);
    const inside = [Math.max(x1, 0), Math.max(y1, 0), Math.min(x2, width), Math.min(y2, height)];
    const cut = x1 < -SLACK || y1 < -SLACK || x2 > width + SLACK || y2 > height + SLACK;
    if (cut && !mayStack.includes(s.layer)) {
      found.set(s.feature, {
        a: `${s.layer} (${s.feature})`,
        b: 'view edge',
        at: inside.map(Math.round) as LabelOverlap['at'],
      });
    }
  }
  return [...found.values()];
}
