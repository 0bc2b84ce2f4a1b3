/**
 * An open kiosk page and its server going away: the kiosk's own nginx (the shipped config, as
 * kiosk-bundle/start-kiosk.sh runs it, on a port of its own) is killed outright while the kiosk
 * shows its title. The slides still turn and a reload still shows the kiosk, from the service
 * worker; once the server is started again on the same port, the page reaches it again.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../deploy/nginx/serve.mjs';
import { loadStory, settled, useBrowser } from './harness.ts';

const browser = useBrowser();
const story = loadStory();
const root = process.env.E2E_DIST ?? 'dist';
let server: Awaited<ReturnType<typeof startNginx>> | undefined;
afterAll(() => server?.stop());

/** The page's own request for a file the service worker does not precache (a still image). */
const stillStatus = (page: Page) =>
  page.evaluate(() =>
    fetch(`stills/korean-war/inchon.en.webp?t=${Date.now()}`).then(
      (r) => r.status,
      () => 0,
    ),
  );

async function onSlide(page: Page, slide: number) {
  await page.waitForFunction((s) => document.documentElement.dataset.kioskSlide === String(s), slide, {
    polling: 50,
    timeout: 30_000,
  });
  await settled(page, story.steps[Math.max(0, slide - 1)]!.id);
}

describe('kiosk: its server killed and restarted', () => {
  it('keeps the open kiosk working, and is reached again once back', async () => {
    server = await startNginx({ root, quiet: true });
    const { port, url } = server;
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}?mode=kiosk`);
    await onSlide(page, 0);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    expect(await stillStatus(page)).toBe(200);

    // Killed as a crash kills it: master and worker at once, no graceful shutdown.
    process.kill(-server.pid, 'SIGKILL');
    await server.exited;
    expect(await stillStatus(page)).toBe(0);
    await page.tap('.kiosk-start');
    await onSlide(page, 1);
    await page.reload();
    await onSlide(page, 1);
    await page.keyboard.press('End');
    await onSlide(page, story.steps.length);

    server = await startNginx({ root, port, quiet: true });
    expect(await stillStatus(page)).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
