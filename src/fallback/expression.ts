/**
 * The few MapLibre style expressions our own style uses (src/map/style.ts, src/map/layers.ts),
 * evaluated for one feature, so that the SVG map drawn without WebGL reads its colours, sizes,
 * filters and label text from the very same style (`get`, `literal`, `in`, `any`, `all`, `==`, `!=`,
 * `coalesce`, `match`, `geometry-type`). Any other operator throws: a unit
 * test evaluates every expression of the shipped stories' styles, so a new one cannot slip by.
 */
import type { Feature } from 'geojson';

/** A style value: a literal, or an expression array such as `['get', 'rank']`. */
export type StyleValue = unknown;

/**
 * The value of `value` for `feature`.
 * @example evaluate(['match', ['get', 'rank'], 1, 5, 3], feature) // 5 for a feature of rank 1
 */
export function evaluate(value: StyleValue, feature: Feature): unknown {
  // A plain array (a dash pattern, an offset) is a value; an expression starts with its operator.
  if (!Array.isArray(value) || typeof value[0] !== 'string') return value;
  const [op, ...args] = value as [string, ...StyleValue[]];
  const at = (i: number) => evaluate(args[i], feature);
  switch (op) {
    case 'get':
      return feature.properties?.[String(at(0))] ?? null;
    case 'literal':
      return args[0];
    case 'geometry-type':
      return feature.geometry.type;
    case '==':
      return at(0) === at(1);
    case '!=':
      return at(0) !== at(1);
    case 'any':
      return args.some((_, i) => at(i) === true);
    case 'all':
      return args.every((_, i) => at(i) === true);
    case 'in': {
      const needle = at(0);
      const haystack = at(1);
      if (Array.isArray(haystack)) return haystack.includes(needle);
      return typeof haystack === 'string' && typeof needle === 'string' && haystack.includes(needle);
    }
    case 'coalesce':
      for (let i = 0; i < args.length; i++) {
        const v = at(i);
        if (v !== null && v !== undefined) return v;
      }
      return null;
    case 'match': {
      const input = at(0);
      // ['match', input, label, output, label, output, …, fallback]
      for (let i = 1; i + 1 < args.length; i += 2) {
        const label = args[i];
        if (Array.isArray(label) ? label.includes(input) : label === input) return at(i + 1);
      }
      return at(args.length - 1);
    }
    default:
      throw new Error(`the SVG map does not understand the style expression "${String(op)}"`);
  }
}

/** A layer's `filter` for one feature (no filter: every feature). */
export function passes(filter: StyleValue, feature: Feature): boolean {
  return filter === undefined || evaluate(filter, feature) === true;
}
