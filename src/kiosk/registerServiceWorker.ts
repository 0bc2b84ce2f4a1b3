/**
 * The kiosk installs the service worker the build writes (`sw.js`, scripts/vite/serviceWorkerPlugin.ts),
 * which precaches the whole app: after the first visit the kiosk needs neither the network nor the
 * local server. Not in development, where Vite serves changing files.
 */
export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(new URL('sw.js', document.baseURI), { scope: './' });
  } catch (error) {
    console.warn('kiosk: the offline cache (service worker) could not be installed:', error);
  }
}
