/**
 * The kiosk installs the service worker the build writes (`sw.js`, scripts/vite/serviceWorkerPlugin.ts),
 * which precaches the whole app: after the first visit the kiosk needs neither the network nor the
 * local server. Only the kiosk registers it, and not in development, where Vite serves changing
 * files. The rules (retries, updates at the title) are in ./kioskWorker.ts; this is the browser.
 */
import { Workbox } from 'workbox-window';
import { startKioskWorker, type KioskWorker, type Registrar } from './kioskWorker.ts';

/** workbox-window over sw.js beside the page, one Workbox per try. */
function workboxRegistrar(): Registrar {
  let current: Workbox | undefined;
  return {
    async register(events) {
      const wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
      current = wb;
      // An install fails when its worker goes from installing straight to redundant; a worker that
      // installed and was then replaced (two deploys in a row) did not fail.
      const installed = new WeakSet<ServiceWorker>();
      wb.addEventListener('installed', (e) => e.sw && installed.add(e.sw));
      wb.addEventListener('waiting', () => events('waiting'));
      wb.addEventListener('redundant', (e) => {
        if (e.sw && !installed.has(e.sw))
          events('failed', new Error(`${e.sw.scriptURL} became redundant while installing`));
      });
      // `immediate`: not after the page's load event, which a map page may fire late.
      const registration = await wb.register({ immediate: true });
      if (!registration) throw new Error('no registration');
      void navigator.serviceWorker.ready.then(() => {
        if (!registration.waiting) events('ready');
      });
      return registration;
    },
    activateWaiting: () => current?.messageSkipWaiting(),
    controlled: () => navigator.serviceWorker.controller !== null,
    onControllerChange: (listener) => navigator.serviceWorker.addEventListener('controllerchange', listener),
  };
}

/** Starts the kiosk's offline copy; a no-op outside a production build with service workers. */
export function registerServiceWorker(): KioskWorker {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return { atTitle: () => false };
  return startKioskWorker(workboxRegistrar(), {
    setState: (state) => (document.documentElement.dataset.sw = state),
    error: (message, error) => console.error(message, error ?? ''),
    warn: (message) => console.warn(message),
    reload: () => location.reload(),
    persist: navigator.storage?.persist ? () => navigator.storage.persist() : undefined,
    setTimeout: (run, ms) => setTimeout(run, ms),
    setInterval: (run, ms) => setInterval(run, ms),
  });
}
