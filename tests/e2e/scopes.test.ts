/**
 * Two deployments on one origin, `/prod/` and `/staging/`, each with its kiosk open: updating
 * staging must leave prod's offline copy whole (the hand-written worker this replaced deleted
 * every `korean-war-*` cache on the origin when a new version took over).
 *
 * Needs a build with a relative base, so that one build serves under both folders: the test makes
 * one (`vite build --base ./`, about 40 s) unless E2E_RELATIVE_DIST names one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateSW } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../deploy/nginx/serve.mjs';
import { workboxOptions } from '../../scripts/vite/serviceWorkerPlugin.ts';
import { useBrowser } from './harness.ts';

const browser = useBrowser();
const work = mkdtempSync(path.join(os.tmpdir(), 'korean-war-scopes-'));
let server: Awaited<ReturnType<typeof startNginx>> | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

function relativeBuild(): string {
  if (process.env.E2E_RELATIVE_DIST) return path.resolve(process.env.E2E_RELATIVE_DIST);
  const out = path.join(work, 'build');
  // A production build, whatever the test runner set NODE_ENV to: with NODE_ENV=test, Vite builds
  // for development and the app registers no service worker at all.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '--base', './', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { env },
  );
  return out;
}

/** Every precache cache the origin holds, with the URLs in it. */
const caches = (page: Page) =>
  page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await globalThis.caches.keys())
      all[name] = (await (await globalThis.caches.open(name)).keys()).map((r) => r.url).sort();
    return all;
  });

async function openKiosk(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.sw === 'ready', null, {
    timeout: 90_000,
  });
}

describe('service worker: two deployments on one origin', () => {
  it('an update of /staging/ leaves the cache of /prod/ alone', async () => {
    const build = relativeBuild();
    const site = path.join(work, 'site');
    cpSync(build, path.join(site, 'prod'), { recursive: true });
    cpSync(build, path.join(site, 'staging'), { recursive: true });
    // nginx's readiness check asks for the site's index.html.
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>two deployments</title>');
    server = await startNginx({ root: site, quiet: true });

    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const prod = await context.newPage();
    const staging = await context.newPage();
    for (const page of [prod, staging])
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openKiosk(prod, `${server.url}prod/?mode=kiosk`);
    await openKiosk(staging, `${server.url}staging/?mode=kiosk`);
    const before = await caches(prod);
    const prodCache = Object.keys(before).find((name) => name.endsWith('/prod/'));
    const stagingCache = Object.keys(before).find((name) => name.endsWith('/staging/'));
    expect(prodCache).toMatch(/-precache-/);
    expect(stagingCache).toMatch(/-precache-/);
    expect(before[prodCache!]!.length).toBeGreaterThan(100);

    // A new staging build (one file changed), taken by the staging kiosk.
    const stagingDir = path.join(site, 'staging');
    const index = path.join(stagingDir, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<head>', '<head>\n<meta name="korean-war-build" content="B">'),
    );
    // A copy: generateSW pushes into the options' arrays (globIgnores), which the plugin shares.
    await generateSW({
      ...structuredClone(workboxOptions),
      globDirectory: stagingDir,
      swDest: path.join(stagingDir, 'sw.js'),
    });
    await staging.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
    });
    await staging.waitForFunction(() => document.documentElement.dataset.sw === 'update', null, {
      timeout: 60_000,
    });
    await staging.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      registration.waiting!.postMessage({ type: 'SKIP_WAITING' });
    });
    // The kiosk reloads once the new worker controls it: the page is then build B.
    const deadline = Date.now() + 60_000;
    while (
      !(await staging
        .evaluate(() => !!document.querySelector('meta[name="korean-war-build"]'))
        .catch(() => false))
    ) {
      if (Date.now() > deadline) throw new Error('staging never ran its new build');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const after = await caches(prod);
    expect(after[prodCache!]).toEqual(before[prodCache!]);
    expect(after[stagingCache!]).not.toEqual(before[stagingCache!]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
