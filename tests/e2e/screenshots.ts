/**
 * Screenshot comparison against committed baselines in tests/e2e/__screenshots__/.
 * A missing or different baseline fails; only `UPDATE=1` writes baselines (never CI by itself).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const DIR = path.join('tests', 'e2e', '__screenshots__');

/** Share of pixels allowed to differ (anti-aliasing noise from SwiftShader and text rendering). */
const TOLERANCE = 0.0003;

export function compareWithBaseline(name: string, png: Buffer): { ratio: number; message: string } {
  mkdirSync(DIR, { recursive: true });
  const baselinePath = path.join(DIR, `${name}.png`);
  if (process.env.UPDATE === '1') {
    writeFileSync(baselinePath, png);
    return { ratio: 0, message: `updated ${baselinePath}` };
  }
  if (!existsSync(baselinePath)) {
    writeFileSync(path.join(DIR, `${name}.actual.png`), png);
    return {
      ratio: 1,
      message: `no baseline ${baselinePath}; review ${name}.actual.png and run with UPDATE=1`,
    };
  }
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeFileSync(path.join(DIR, `${name}.actual.png`), png);
    return { ratio: 1, message: `size changed for ${name}` };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, {
    threshold: 0.05,
  });
  const ratio = count / (expected.width * expected.height);
  if (ratio > TOLERANCE) {
    writeFileSync(path.join(DIR, `${name}.actual.png`), png);
    writeFileSync(path.join(DIR, `${name}.diff.png`), PNG.sync.write(diff));
  }
  return { ratio, message: `${name}: ${(ratio * 100).toFixed(2)} % of pixels differ` };
}

export const SCREENSHOT_TOLERANCE = TOLERANCE;
