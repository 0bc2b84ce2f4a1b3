import { describe, expect, it } from 'vitest';
import { benchOptions } from './options.ts';

describe('benchOptions', () => {
  it('defaults to three runs throttled 4×', () => {
    expect(benchOptions(['node', 'app.ts'])).toEqual({ runs: 3, throttle: 4 });
    expect(benchOptions(['node', 'app.ts', '--no-build'])).toEqual({ runs: 3, throttle: 4 });
  });

  it('reads --runs and --throttle, with at least one run', () => {
    expect(benchOptions(['node', 'app.ts', '--runs', '5', '--throttle', '1'])).toEqual({
      runs: 5,
      throttle: 1,
    });
    expect(benchOptions(['node', 'app.ts', '--runs', '0']).runs).toBe(1);
  });
});
