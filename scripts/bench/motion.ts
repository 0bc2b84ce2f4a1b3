/**
 * Benchmark: the main-thread cost of one frame of motion — what the map controller computes when
 * scroll progress changes in a step that moves the front and draws arrows in (interpolate the
 * front, close the two territory rings, place the arrowheads). Prints figures; asserts nothing.
 *
 *   npm run bench:motion
 *
 * The GPU work and MapLibre's worker (tiling the new GeoJSON) are not included: they run off the
 * main thread. The browser benchmark (issue 11) measures frames end to end.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { readStory } from '../storyFiles.ts';
import { arrowHeads } from '../../src/motion/arrowHeads.ts';
import { frontFrame } from '../../src/motion/frontFrame.ts';
import { parseMotionGeometry } from '../../src/map/motionGeometry.ts';
import { motionState } from '../../src/story/motion.ts';
import { colors } from '../../src/tokens/tokens.ts';

const story = readStory('stories/korean-war.yaml');
const files = new Map<string, FeatureCollection>(
  ['fronts-resampled', 'arrows', 'pva-crossings', 'inchon'].map((name) => [
    name,
    JSON.parse(readFileSync(`geo/layers/${name}.geojson`, 'utf8')) as FeatureCollection,
  ]),
);
const geometry = parseMotionGeometry(story, files);
const FRAMES = 2000;

console.log(`motion frame cost (main thread, node ${process.version}, ${FRAMES} frames per step)`);
console.log('step                 vertices  median µs  p95 µs  max µs');
for (const step of story.steps.filter((s) => s.motion)) {
  const times: number[] = [];
  let vertices = 0;
  for (let i = 0; i < FRAMES; i++) {
    const progress = i / (FRAMES - 1);
    const t0 = performance.now();
    const m = motionState(step.motion!, progress, false);
    if (m.front) {
      const from = geometry.fronts.get(m.front.from)!;
      const to = geometry.fronts.get(m.front.to)!;
      const frame = frontFrame(from, to, m.front.t, story.theatre);
      vertices = frame.south.length + frame.north.length + frame.line.length;
    }
    arrowHeads(
      Object.entries(m.draw).map(([id, fraction]) => ({
        lines: geometry.arrows.get(id) ?? [],
        fraction,
        color: colors.un,
        icon: 'arrowhead',
        opacity: 1,
        size: 1,
      })),
    );
    times.push((performance.now() - t0) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `${step.id.padEnd(20)} ${String(vertices).padStart(8)} ${at(0.5).padStart(10)} ${at(0.95).padStart(7)} ${times.at(-1)!.toFixed(1).padStart(7)}`,
  );
}
