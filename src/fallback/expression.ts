/**
 * The few MapLibre style expressions our own style uses (src/map/style.ts, src/map/layers.ts),
 * evaluated for one feature, so that the SVG map drawn without WebGL reads its colours, sizes,
 * filters and label text from the very same style (`get`, `has`, `literal`, `in`, `any`, `all`, `!`, `==`, `!=`,
 * `coalesce`, `match`, `case`, `geometry-type`, the string ones dateText.ts writes dates with —
 * `length`, `concat`, `slice`, `to-string`, `to-number` — and `interpolate` on `zoom`, `*`), as
 * @maplibre/maplibre-gl-style-spec evaluates them (its tests compare the two). Any other operator
 * throws: a unit test evaluates every expression of the shipped stories' styles, so a new one cannot
 * slip by.
 */
import type { Feature } from 'geojson';

/** A style value: a literal, or an expression array such as `['get', 'rank']`. */
export type StyleValue = unknown;

/**
 * The value of `value` for `feature` on a map at `zoom` (needed only by expressions of `['zoom']`).
 * @example evaluate(['match', ['get', 'rank'], 1, 5, 3], feature) // 5 for a feature of rank 1
 */
export function evaluate(value: StyleValue, feature: Feature, zoom?: number): unknown {
  // A plain array (a dash pattern, an offset) is a value; an expression starts with its operator.
  if (!Array.isArray(value) || typeof value[0] !== 'string') return value;
  const [op, ...args] = value as [string, ...StyleValue[]];
  const at = (i: number) => evaluate(args[i], feature, zoom);
  switch (op) {
    case 'zoom':
      if (zoom === undefined) throw new Error('the SVG map evaluated a zoom expression without a zoom');
      return zoom;
    case 'get':
      return feature.properties?.[String(at(0))] ?? null;
    case 'literal':
      return args[0];
    case 'geometry-type':
      return feature.geometry.type;
    case 'has':
      return feature.properties?.[String(at(0))] !== undefined;
    case '!':
      return at(0) !== true;
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
    case 'case':
      // ['case', condition, output, condition, output, …, fallback]
      for (let i = 0; i + 1 < args.length; i += 2) if (at(i) === true) return at(i + 1);
      return at(args.length - 1);
    case 'length': {
      const v = at(0);
      // In code points, as MapLibre counts (a Hangul syllable or an emoji is one).
      if (typeof v === 'string') return [...v].length;
      if (Array.isArray(v)) return v.length;
      throw new Error(`length of ${JSON.stringify(v)}`);
    }
    case 'slice': {
      const v = at(0);
      const end = args.length > 2 ? Number(at(2)) : undefined;
      if (typeof v === 'string') return [...v].slice(Number(at(1)), end).join('');
      if (Array.isArray(v)) return v.slice(Number(at(1)), end);
      throw new Error(`slice of ${JSON.stringify(v)}`);
    }
    case 'concat':
      return args.map((_, i) => text(at(i))).join('');
    case 'to-string':
      return text(at(0));
    case 'to-number':
      // The first argument that reads as a number; null reads as 0.
      for (let i = 0; i < args.length; i++) {
        const v = at(i);
        if (v === null) return 0;
        const n = Number(v);
        if (!Number.isNaN(n)) return n;
      }
      throw new Error(`to-number of ${JSON.stringify(args)}`);
    case '*':
      return args.reduce<number>((product, _, i) => product * Number(at(i)), 1);
    case 'interpolate':
      return interpolate(args[0], Number(at(1)), (i) => at(i), args.length);
    case 'array': {
      // ['array', type?, length?, value]: the value, which must be an array.
      const value = at(args.length - 1);
      if (!Array.isArray(value)) throw new Error(`array of ${JSON.stringify(value)}`);
      return value;
    }
    case 'step': {
      // ['step', input, output0, stop1, output1, …]: the output of the last stop at or below input.
      const input = Number(at(0));
      let out = 1;
      for (let i = 2; i + 1 < args.length && input >= Number(at(i)); i += 2) out = i + 1;
      return at(out);
    }
    default:
      throw new Error(`the SVG map does not understand the style expression "${String(op)}"`);
  }
}

/** A layer's `filter` for one feature (no filter: every feature). */
export function passes(filter: StyleValue, feature: Feature): boolean {
  return filter === undefined || evaluate(filter, feature) === true;
}

/** A value as MapLibre's `to-string` writes it (null as the empty string). */
function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : JSON.stringify(v);
}

/**
 * `['interpolate', type, input, stop, output, stop, output, …]` at `input`, for numeric outputs:
 * clamped to the first and last stops, `linear` or `exponential` between them.
 */
function interpolate(type: unknown, input: number, at: (i: number) => unknown, count: number): number {
  const [kind, base = 1] = Array.isArray(type) ? (type as [string, number?]) : [];
  if (kind !== 'linear' && kind !== 'exponential')
    throw new Error(`the SVG map does not understand the interpolation ${JSON.stringify(type)}`);
  const stops: [number, number][] = [];
  for (let i = 2; i + 1 < count; i += 2) stops.push([Number(at(i)), Number(at(i + 1))]);
  if (stops.length === 0) throw new Error('interpolate without stops');
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (input <= first[0]) return first[1];
  if (input >= last[0]) return last[1];
  const i = stops.findIndex(([stop]) => stop > input);
  const [x0, y0] = stops[i - 1]!;
  const [x1, y1] = stops[i]!;
  const t =
    kind === 'linear' || base === 1
      ? (input - x0) / (x1 - x0)
      : (base ** (input - x0) - 1) / (base ** (x1 - x0) - 1);
  return y0 + t * (y1 - y0);
}
