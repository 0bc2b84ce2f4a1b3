/**
 * A layer checked against its geo file: every id or group its `features:` names exists there, and
 * the geometry it selects can be drawn as its `kind` (a point cannot be an arrow).
 */
import { unknownReference } from './closest.ts';
import type { GeoFeature } from './motion.ts';
import type { LayerDef, LayerKind } from './schema.ts';
import type { Path } from './yamlSource.ts';

/** GeoJSON geometry types each kind of layer can draw. */
const GEOMETRY_OF_KIND: Record<LayerKind, readonly string[]> = {
  line: ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
  fill: ['Polygon', 'MultiPolygon'],
  circle: ['Point', 'MultiPoint'],
  label: ['Point', 'MultiPoint'],
  arrow: ['LineString', 'MultiLineString'],
};

/**
 * Problems as [path relative to the layer, message].
 * @example checkLayerFeatures({ features: ['hagru-ri'], kind: 'circle', geo: 'places', … }, places)
 *   // [[['features', 0], 'unknown feature id or group "yudam-ni" in geo/layers/places.geojson — did you mean "hagaru-ri"?']]
 */
export function checkLayerFeatures(layer: LayerDef, features: readonly GeoFeature[]): [Path, string][] {
  const out: [Path, string][] = [];
  const names = [...new Set(features.flatMap((f) => (f.group ? [f.id, f.group] : [f.id])))];
  layer.features?.forEach((name, i) => {
    if (!names.includes(name)) {
      out.push([
        ['features', i],
        unknownReference('feature id or group', name, names, `geo/layers/${layer.geo}.geojson`),
      ]);
    }
  });
  const selected = layer.features
    ? features.filter((f) => layer.features!.includes(f.id) || (f.group && layer.features!.includes(f.group)))
    : features;
  const allowed = GEOMETRY_OF_KIND[layer.kind];
  const wrong = selected.find((f) => f.type && !allowed.includes(f.type));
  if (wrong) {
    out.push([
      ['kind'],
      `${/^[aeiou]/.test(layer.kind) ? 'an' : 'a'} ${layer.kind} layer draws ${allowed.join(' or ')} features, but "${wrong.id}" in geo/layers/${layer.geo}.geojson is a ${wrong.type}`,
    ]);
  }
  return out;
}
