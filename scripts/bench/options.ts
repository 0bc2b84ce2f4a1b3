/** The benchmark's settings: what the command line sets, and the fixed sizes of its measurements. */

export interface BenchOptions {
  /** How many times the whole measurement runs (the median of each figure is reported). */
  runs: number;
  /** CPU throttling rate for the load, scroll and jumps (1: none). */
  throttle: number;
  /** Only the first-load comparison with the story-map template (compare.ts). */
  compareOnly: boolean;
}

/**
 * `--runs N` (default 3, at least 1; also the comparison's rounds), `--throttle X` (default 4) and
 * `--compare-only` from a command line.
 * @example benchOptions(['node', 'app.ts', '--runs', '5']) // { runs: 5, throttle: 4, compareOnly: false }
 */
export function benchOptions(argv: readonly string[]): BenchOptions {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i > 0 ? argv[i + 1]! : fallback;
  };
  return {
    runs: Math.max(1, Number(arg('runs', '3'))),
    throttle: Number(arg('throttle', '4')),
    compareOnly: argv.includes('--compare-only'),
  };
}

/** Random jumps in the fast-scroll measurement. */
export const JUMPS = 200;
/** Passes through the story in the memory measurement. */
export const PASSES = 10;
