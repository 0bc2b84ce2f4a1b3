/**
 * Checks a step's `motion` against the story and the geometry and resolves each keyframe's date
 * (the build-time half of ./motion.ts). Apart from motion.ts because it reads the schema's types,
 * and the schema reads motion.ts's {@link ResolvedMotion}: together they were an import cycle.
 */
import { unknownReference } from './closest.ts';
import { type FrontKeyframe, type GeoFeatures, type ResolvedMotion } from './motion.ts';
import type { LayerDef, StepFile } from './schema.ts';
import type { Path } from './yamlSource.ts';

/**
 * Check a step's motion and resolve it. Problems are returned as [path, message] with the path
 * relative to the step (e.g. `['motion', 'front', 1, 'line']`).
 * @param frontGeo the story's `front.geo`, whose lines the keyframes name (unchecked without it)
 */
export function resolveMotion(
  step: StepFile,
  layers: readonly LayerDef[],
  geoFeatures: GeoFeatures | undefined,
  frontGeo?: string,
): { motion?: ResolvedMotion; problems: [Path, string][] } {
  const spec = step.motion;
  if (!spec) return { problems: [] };
  const problems: [Path, string][] = [];
  const span = spec.span ?? (typeof step.date === 'object' ? step.date : undefined);
  if (!span) {
    problems.push([['motion'], 'motion needs a period: give the step date: { start, end } or motion.span']);
  } else if (span.start > span.end && !spec.span) {
    // The step's own dates run backwards: reported once, on its date field.
  } else if (span.start >= span.end) {
    problems.push([
      ['motion', 'span'],
      `the period must run forward: ${span.start} is not before ${span.end}`,
    ]);
  }

  let front: FrontKeyframe[] | undefined;
  if (spec.front) {
    const features = frontGeo === undefined ? undefined : geoFeatures?.(frontGeo);
    const known = features?.map((f) => f.id) ?? [];
    front = [];
    spec.front.forEach((k, i) => {
      const feature = features?.find((f) => f.id === k.line);
      if (features && !feature) {
        problems.push([
          ['motion', 'front', i, 'line'],
          unknownReference('line', k.line, known, `geo/layers/${frontGeo}.geojson`),
        ]);
        return;
      }
      const date = k.date ?? feature?.date;
      if (!date) {
        problems.push([['motion', 'front', i, 'date'], `no date for "${k.line}": give date: 'YYYY-MM-DD'`]);
        return;
      }
      const previous = front!.at(-1);
      if (previous && date < previous.date) {
        problems.push([
          ['motion', 'front', i, 'date'],
          `${date} comes before the previous keyframe (${previous.date}); keep keyframes in date order`,
        ]);
      }
      front!.push({ line: k.line, date });
    });
  }

  spec.draw?.forEach((id, i) => {
    const layer = layers.find((l) => l.id === id);
    const path: Path = ['motion', 'draw', i];
    if (!layer) {
      problems.push([
        path,
        unknownReference(
          'layer',
          id,
          layers.map((l) => l.id),
        ),
      ]);
    } else if (layer.kind !== 'arrow') {
      problems.push([path, `only arrow layers draw in; "${id}" is a ${layer.kind} layer`]);
    } else if (!shown(step.layers[id], layer.visible)) {
      problems.push([path, `"${id}" draws in, so the step must show it: add layers: { ${id}: true }`]);
    }
  });

  if (problems.length > 0 || !span) return { problems };
  return {
    motion: { span, ...(front ? { front } : {}), ...(spec.draw ? { draw: spec.draw } : {}) },
    problems,
  };
}

function shown(state: StepFile['layers'][string] | undefined, byDefault: boolean): boolean {
  if (state === undefined) return byDefault;
  if (typeof state === 'boolean') return state;
  return state.visible && state.opacity > 0;
}
