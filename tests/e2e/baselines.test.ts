/**
 * The screenshot baselines themselves (no browser): every file in __screenshots__ is claimed by a
 * test and every claim has its file and its Chromium version; and the comparison fails only when
 * pixels differ, saying so in terms of Chromium when Chromium changed.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { claimedBaselines } from './baselineNames.ts';
import { BROWSER_FILE, SCREENSHOT_DIR, compareWithBaseline, readVersions } from './screenshots.ts';

const claimed = [...claimedBaselines()].sort();

describe('the baselines in tests/e2e/__screenshots__', () => {
  // `.actual.png` and `.diff.png` are what a failed comparison leaves to review; git ignores them.
  const files = readdirSync(SCREENSHOT_DIR).filter((f) => !/\.(actual|diff)\.png$/.test(f));

  it('are exactly the claimed names: no orphan, none missing', () => {
    const pngs = claimed.map((n) => `${n}.png`).sort(); // sorted as file names: "-0.5.png" < "-0.png"
    expect(files.filter((f) => f !== BROWSER_FILE).sort()).toEqual(pngs);
  });

  it('each record the Chromium that drew it', () => {
    const versions = readVersions();
    expect(Object.keys(versions).sort()).toEqual(claimed);
    for (const version of Object.values(versions)) expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

describe('comparing with a baseline', () => {
  const name = claimed[0]!;
  const dir = mkdtempSync(path.join(tmpdir(), 'baselines-'));
  const update = process.env.UPDATE;
  afterEach(() => {
    if (update === undefined) delete process.env.UPDATE;
    else process.env.UPDATE = update;
  });
  afterAll(() => rmSync(dir, { recursive: true }));

  /** A 20×20 PNG, all one colour. */
  function png(red: number): Buffer {
    const image = new PNG({ width: 20, height: 20 });
    for (let i = 0; i < image.data.length; i += 4) image.data.set([red, 40, 40, 255], i);
    return PNG.sync.write(image);
  }

  function draw(version: string) {
    process.env.UPDATE = '1';
    expect(compareWithBaseline(name, png(200), version, dir).ok).toBe(true);
    process.env.UPDATE = '0';
  }

  it('records the Chromium version when it draws a baseline', () => {
    draw('140.0.1.0');
    expect(readVersions(dir)).toEqual({ [name]: '140.0.1.0' });
  });

  it('passes the same pixels from another Chromium', () => {
    draw('140.0.1.0');
    expect(compareWithBaseline(name, png(200), '141.0.2.0', dir)).toMatchObject({ ok: true });
  });

  it('fails different pixels from another Chromium, naming both versions', () => {
    draw('140.0.1.0');
    const { ok, message } = compareWithBaseline(name, png(20), '141.0.2.0', dir);
    expect(ok).toBe(false);
    expect(message).toMatch(
      /^Chromium changed 140\.0\.1\.0 → 141\.0\.2\.0: review the diffs and run UPDATE=1 \(/,
    );
  });

  it('fails different pixels from the same Chromium without blaming it', () => {
    draw('140.0.1.0');
    const { ok, message } = compareWithBaseline(name, png(20), '140.0.1.0', dir);
    expect(ok).toBe(false);
    expect(message).toBe(`${name}: 100.000 % of pixels differ; see ${name}.diff.png`);
  });

  it('refuses a name no test claims, even with UPDATE=1', () => {
    process.env.UPDATE = '1';
    expect(compareWithBaseline('unclaimed', png(200), '140.0.1.0', dir).ok).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('unclaimed'))).toEqual([]);
  });
});
