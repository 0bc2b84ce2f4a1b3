/**
 * Deploying a new build under an open kiosk: the kiosk runs build A from its own nginx (the
 * shipped config) while the served folder is swapped for build B, as a deploy does. Left alone,
 * the kiosk finds B at a return to the title, installs it beside A, and at the next return to the
 * title lets it take over and reloads: it then runs B, with no error on the way.
 *
 * B is A with one changed file (index.html) and its worker regenerated with the plugin's own
 * Workbox options, which is all a rebuild changes for the worker (a full second build would
 * double the time of this file and prove nothing more).
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateSW } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../deploy/nginx/serve.mjs';
import { workboxOptions } from '../../scripts/vite/serviceWorkerPlugin.ts';
import { settled, useBrowser } from './harness.ts';

const browser = useBrowser();
const dist = path.resolve(process.env.E2E_DIST ?? 'dist');
const work = mkdtempSync(path.join(os.tmpdir(), 'korean-war-update-'));
const live = path.join(work, 'live');
let server: Awaited<ReturnType<typeof startNginx>> | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Build B: build A with a marker in index.html, and the worker that precaches it. */
async function buildB(): Promise<string> {
  const b = path.join(work, 'b');
  cpSync(dist, b, { recursive: true });
  const index = path.join(b, 'index.html');
  const html = readFileSync(index, 'utf8');
  expect(html).toContain('<head>');
  writeFileSync(index, html.replace('<head>', '<head>\n<meta name="korean-war-build" content="B">'));
  // A copy: generateSW pushes into the options' arrays (globIgnores), which the plugin shares.
  await generateSW({ ...structuredClone(workboxOptions), globDirectory: b, swDest: path.join(b, 'sw.js') });
  return b;
}

/** Points the served folder at `target` in one step (a rename over the symlink). */
function deploy(target: string) {
  const next = `${live}.next`;
  symlinkSync(target, next);
  renameSync(next, live);
}

const build = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="korean-war-build"]')?.getAttribute('content') ?? 'A',
  );

/** Polls `check` (which may throw while the page reloads) until it holds. */
async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const swState = (page: Page, state: string) =>
  page.waitForFunction((s) => document.documentElement.dataset.sw === s, state, { timeout: 60_000 });

async function atTitle(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.kioskSlide === '0', null, {
    polling: 50,
    timeout: 30_000,
  });
  await settled(page);
}

describe('kiosk: a new build deployed under it', () => {
  it('takes the new build at a return to the title, without an error', async () => {
    deploy(dist);
    const b = await buildB();
    server = await startNginx({ root: live, quiet: true });
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}?mode=kiosk&reset=1&idle=600`);
    await atTitle(page);
    await swState(page, 'ready');
    expect(await build(page)).toBe('A');

    deploy(b);
    // A visitor reads a slide and walks away: back at the title the kiosk finds B and installs it.
    await page.tap('.kiosk-start');
    await atTitle(page);
    await swState(page, 'update');
    expect(await build(page)).toBe('A');

    // The next visitor is not interrupted; at the next return to the title, B takes over.
    await page.tap('.kiosk-start');
    await page.waitForFunction(() => document.documentElement.dataset.kioskSlide === '1');
    expect(await build(page)).toBe('A');
    await until(async () => (await build(page)) === 'B', 60_000);
    await atTitle(page);
    await swState(page, 'ready');
    expect(await build(page)).toBe('B');
    expect(errors).toEqual([]);
    await context.close();
  });
});
