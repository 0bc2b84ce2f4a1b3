/**
 * Vite plugin: writes `sw.js`, the service worker the kiosk registers (src/kiosk/registerServiceWorker.ts),
 * with Workbox through vite-plugin-pwa. It precaches the app, so that once installed the kiosk runs
 * with the network (or its local server) gone and after a reboot.
 *
 * What Workbox gives us over the hand-written worker it replaced:
 * - each precached file carries a revision from its bytes (an MD5), not from its name, so a build
 *   that changes one file re-downloads that file and nothing else;
 * - its caches are named after the registration's scope (`workbox-precache-v2-https://host/prod/`)
 *   and its cleanup deletes only outdated caches of that same scope, so `/prod/` and `/staging/` on
 *   one origin never delete each other's;
 * - a new worker waits (no `skipWaiting` on install) until the page asks it to take over with a
 *   `{ type: 'SKIP_WAITING' }` message: the kiosk does so at its next return to the title and then
 *   reloads, so no open page runs old code against a cache emptied of its files.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

/** Which files of dist/ are precached, and how each is versioned: the app the kiosk runs. */
export const precacheFiles = {
  globPatterns: ['**/*'],
  globIgnores: [
    // fontsource's `.woff` fallbacks: every browser that runs a service worker takes `.woff2`.
    '**/*.woff',
    '**/*.map',
    // The still images are for print and for the page without JavaScript, which the kiosk never shows.
    'stills/**',
    // For host pages, which the worker must not serve: a host page's embed.js is always the server's.
    'embed.js',
    'embed-demo.*',
  ],
  // The GeoJSON layers and the map's chunk are larger than Workbox's 2 MB default.
  maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
  // Vite names every file in assets/ after a hash of its bytes already: no `?__WB_REVISION__`.
  dontCacheBustURLsMatching: /^assets\//,
} satisfies Omit<GetManifestOptions, 'globDirectory'>;

/** Workbox's `generateSW` options, less the folders (vite-plugin-pwa sets them to the build's). */
export const workboxOptions = {
  ...precacheFiles,
  // The app keeps its state in the query (`?mode=kiosk&step=…&lang=…`): whatever the query, a page
  // is its one precached file (`./` is index.html, Workbox's directoryIndex).
  ignoreURLParametersMatching: [/.*/],
  // No navigation fallback: the worker answers only the app's own files; any other page in its
  // scope (an article embedding the story, a 404) goes to the server as if there were no worker.
  navigateFallback: null,
  cleanupOutdatedCaches: true,
  // The first install takes the open kiosk page at once (nothing else controls it yet); an update
  // waits for the page's SKIP_WAITING message.
  clientsClaim: true,
  skipWaiting: false,
  // One file, no `workbox-<hash>.js` beside it to keep in step.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  // Workbox picks its development runtime (verbose, and slower to take over) from NODE_ENV unless
  // told: the test runner sets NODE_ENV=test, and a worker built there must be the one we ship.
  mode: 'production',
} satisfies Omit<GenerateSWOptions, 'globDirectory' | 'swDest'>;

export function serviceWorkerPlugin() {
  return VitePWA({
    strategies: 'generateSW',
    filename: 'sw.js',
    // The kiosk registers the worker itself, and only the kiosk: no script, no web app manifest.
    injectRegister: false,
    manifest: false,
    registerType: 'prompt',
    workbox: workboxOptions,
  });
}
