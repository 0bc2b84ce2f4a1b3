import { describe, expect, it } from 'vitest';
import { benchOptions } from './options.ts';

describe('benchOptions', () => {
  it('defaults to three runs throttled 4×', () => {
    expect(benchOptions(['node', 'app.ts'])).toEqual({ runs: 3, throttle: 4, compareOnly: false });
    expect(benchOptions(['node', 'app.ts', '--no-build'])).toEqual({
      runs: 3,
      throttle: 4,
      compareOnly: false,
    });
  });

  it('reads --runs and --throttle, with at least one run', () => {
    expect(benchOptions(['node', 'app.ts', '--runs', '5', '--throttle', '1'])).toEqual({
      runs: 5,
      throttle: 1,
      compareOnly: false,
    });
    expect(benchOptions(['node', 'app.ts', '--runs', '0']).runs).toBe(1);
  });

  it('reads --compare-only, with the other flags', () => {
    expect(benchOptions(['node', 'app.ts', '--compare-only'])).toEqual({
      runs: 3,
      throttle: 4,
      compareOnly: true,
    });
    expect(benchOptions(['node', 'app.ts', '--no-build', '--compare-only', '--runs', '1'])).toMatchObject({
      runs: 1,
      compareOnly: true,
    });
  });
});
