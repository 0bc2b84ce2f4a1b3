/**
 * Screenshots against committed baselines in tests/e2e/__screenshots__/ (docs/testing.md).
 *
 * Two kinds, so that each fails for one reason: a *map* shot is the map panel alone (map, legend,
 * date, timeline) with the step text and the controls over it made transparent, so a copy edit
 * cannot fail it; a *layout* shot is the whole screen, and there are only a few of them.
 *
 * A missing or different baseline fails; only `UPDATE=1` writes baselines (never CI by itself).
 * The Chromium that drew each baseline is recorded in BROWSER.json. A different Chromium never
 * fails a test by itself: it only explains a failure whose pixels differ, and is noted otherwise.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { claimedBaselines } from './baselineNames.ts';

export const SCREENSHOT_DIR = path.join('tests', 'e2e', '__screenshots__');
/** In the baselines' folder: baseline name → the Chromium version (`browser.version()`) that drew it. */
export const BROWSER_FILE = 'BROWSER.json';

/**
 * Share of pixels allowed to differ: anti-aliasing noise from SwiftShader and text rendering, and
 * a few short names placed elsewhere. MapLibre tries a name's anchor from the previous frame first,
 * so where a town's name ends up (right of its dot or below it) can depend on the frames of the
 * flight that brought the map there, and in a keyboard walk on the steps before: up to 0.15 % of a
 * map shot for one name (오산 on the phone's Ridgway step), 0.54 % for two (지평리 and 원주 on the
 * same step, clean-clone run, towns placed before the dates along the lines). A missing layer, a
 * wrong camera or a wrong colour changes far more.
 */
const TOLERANCE = 0.0075;

/** The `?debug` read-outs (the trigger line and the camera helper): never part of a picture. */
const DEBUG_OVERLAYS = '.trigger, .camera-helper { opacity: 0 !important; }';

/**
 * What lies over the map panel and is not the map: the step text and header (`main`), the page's
 * switches, the kiosk's title, card, controls (language, text size) and navigation. Transparent rather than
 * hidden, so nothing moves, loses focus or stops being observed while the picture is taken.
 */
const OVER_THE_MAP = `main, .page-controls, .kiosk-controls, .kiosk-title, .kiosk-card, .kiosk-nav { opacity: 0 !important; } ${DEBUG_OVERLAYS}`;

export interface Comparison {
  ok: boolean;
  message: string;
}

/** The map panel alone, as the reader sees it behind or beside the text. */
export async function shootMap(page: Page, name: string): Promise<Comparison> {
  await ready(page);
  const box = await page.locator('.map-panel').first().boundingBox();
  if (!box) return { ok: false, message: `${name}: no map panel on the page` };
  return withSheet(page, OVER_THE_MAP, async () => {
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide', clip: box });
    return compareWithBaseline(name, png, chromium(page));
  });
}

/** The whole screen: for the few tests whose subject is the layout itself. */
export async function shootLayout(page: Page, name: string): Promise<Comparison> {
  await ready(page);
  return withSheet(page, DEBUG_OVERLAYS, async () => {
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    return compareWithBaseline(name, png, chromium(page));
  });
}

/**
 * `css` applied while `shoot` runs. A constructed stylesheet, not Playwright's `style` option: that
 * adds a <style> element, which the app's Content-Security-Policy (style-src 'self') rightly refuses.
 */
async function withSheet<T>(page: Page, css: string, shoot: () => Promise<T>): Promise<T> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
  try {
    return await shoot();
  } finally {
    await page.evaluate(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
    });
  }
}

async function ready(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
}

const chromium = (page: Page) => page.context().browser()?.version() ?? 'unknown';

export function readVersions(dir = SCREENSHOT_DIR): Record<string, string> {
  const file = path.join(dir, BROWSER_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

function recordVersion(dir: string, name: string, version: string) {
  const versions = { ...readVersions(dir), [name]: version };
  const sorted = Object.fromEntries(
    Object.keys(versions)
      .sort()
      .map((k) => [k, versions[k]]),
  );
  writeFileSync(path.join(dir, BROWSER_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Chromium versions already noted in this run: one note per change, not one per image. */
const noted = new Set<string>();

/**
 * Compare `png` with the baseline `name` (or, with `UPDATE=1`, make it the baseline), `version`
 * being the Chromium that took it. `dir` is for this module's own test.
 */
export function compareWithBaseline(
  name: string,
  png: Buffer,
  version: string,
  dir = SCREENSHOT_DIR,
): Comparison {
  if (!claimedBaselines().has(name)) {
    return {
      ok: false,
      message: `${name} is not in baselineNames.ts: claim it there so it is not an orphan`,
    };
  }
  mkdirSync(dir, { recursive: true });
  const file = (suffix: string) => path.join(dir, `${name}${suffix}.png`);
  if (process.env.UPDATE === '1') {
    writeFileSync(file(''), png);
    rmSync(file('.actual'), { force: true });
    rmSync(file('.diff'), { force: true });
    recordVersion(dir, name, version);
    return { ok: true, message: `updated ${file('')}` };
  }
  if (!existsSync(file(''))) {
    writeFileSync(file('.actual'), png);
    return { ok: false, message: `no baseline ${file('')}; review ${name}.actual.png and run with UPDATE=1` };
  }
  const drawnWith = readVersions(dir)[name];
  const changed = drawnWith !== undefined && drawnWith !== version;
  const why = (difference: string) =>
    changed
      ? `Chromium changed ${drawnWith} → ${version}: review the diffs and run UPDATE=1 (${difference})`
      : difference;
  const expected = PNG.sync.read(readFileSync(file('')));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeFileSync(file('.actual'), png);
    const size = (p: PNG) => `${p.width}×${p.height}`;
    return { ok: false, message: why(`${name}: size changed ${size(expected)} → ${size(actual)}`) };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, {
    threshold: 0.05,
  });
  const ratio = count / (expected.width * expected.height);
  const difference = `${name}: ${(ratio * 100).toFixed(3)} % of pixels differ`;
  if (ratio > TOLERANCE) {
    writeFileSync(file('.actual'), png);
    writeFileSync(file('.diff'), PNG.sync.write(diff));
    return { ok: false, message: why(`${difference}; see ${name}.diff.png`) };
  }
  if (changed && !noted.has(version)) {
    noted.add(version);
    console.warn(
      `note: baselines were drawn with Chromium ${drawnWith}, this is ${version}; ${name} still matches`,
    );
  }
  return { ok: true, message: difference };
}
