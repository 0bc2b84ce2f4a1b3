/**
 * One thin adapter per browser engine, so that the contract suite (contract.test.ts) is written
 * once and drives all three: Chromium through playwright-core (as every other browser test),
 * Gecko (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, and WebKit (WebKitGTK's
 * MiniBrowser) through WebKitWebDriver, the classic W3C WebDriver, with the `webdriver` client.
 *
 * The adapter gives only what a reader does and what a test reads: open a page at a size, run a
 * function in it, press a key, click, turn the wheel, resize. Firefox and WebKitGTK draw WebGL here
 * only in a window (Mesa's llvmpipe; headless Firefox has no GL), so they run headed on an Xvfb
 * display the adapter starts. Every engine sends its traffic through one recording proxy, so that
 * "no request left the app's origin" is checked the same way in all three.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import WebDriver from 'webdriver';
import { CHROMIUM_ARGS } from '../../scripts/chromiumArgs.ts';
import { ensureChromium, ensureFirefox, ensureWebKit, ensureXvfb } from '../../scripts/ensure-chromium.mjs';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface Viewport {
  width: number;
  height: number;
}

/** The keys a reader steps with. */
export type Key = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited) result. `fn` must not close over anything. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  press(key: Key): Promise<void>;
  /** Clicks the first element matching `selector` (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Turns the mouse wheel by `deltaY` pixels with the pointer at `at` (viewport coordinates). */
  wheel(deltaY: number, at: { x: number; y: number }): Promise<void>;
  /** A PNG of the viewport (the contract suite keeps one of each page open when a test fails). */
  screenshot(): Promise<Uint8Array>;
  /** Sets the size of the page's viewport (not of the window around it). */
  resize(viewport: Viewport): Promise<void>;
  /**
   * Console errors and uncaught exceptions, where the engine's driver reports them (Chromium,
   * Firefox); `undefined` where it cannot (classic WebDriver has no console events).
   */
  errors: string[] | undefined;
  close(): Promise<void>;
}

export interface PageOptions {
  viewport: Viewport;
  /** A touch screen, where the engine can emulate one (Chromium, Firefox). */
  touch?: boolean;
}

export interface Engine {
  name: EngineName;
  /** WebKitWebDriver runs one session, so one page, at a time: tests close a page before the next. */
  /** The browser's name and version, as its driver reports it. */
  version: string;
  newPage(options: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** `false`: the browser has no WebGL, as a reader's without a GPU driver. */
  webgl?: boolean;
  /** An HTTP proxy (`127.0.0.1:port`) for every request that leaves the loopback address. */
  proxy: string;
}

/** The engines the contract suite runs in: `E2E_ENGINES=firefox,webkit` picks some. */
export function selectedEngines(): EngineName[] {
  const wanted = process.env.E2E_ENGINES?.split(',').map((s) => s.trim()) ?? [...ENGINE_NAMES];
  const unknown = wanted.filter((n) => !(ENGINE_NAMES as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`E2E_ENGINES: unknown engine(s) ${unknown.join(', ')}`);
  return wanted as EngineName[];
}

export function launchEngine(name: EngineName, options: LaunchOptions): Promise<Engine> {
  return { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit }[name](options);
}

async function launchChromium({ webgl = true, proxy }: LaunchOptions): Promise<Engine> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, ...(webgl ? [] : ['--disable-webgl', '--disable-webgl2', '--disable-gpu'])],
    // The loopback address directly, as the other engines send it: Playwright otherwise sends it
    // through the proxy too, which made each page load about a fifth slower.
    proxy: { server: `http://${proxy}`, bypass: '127.0.0.1' },
  });
  return {
    name: 'chromium',
    version: `chromium/${browser.version()}`,
    async newPage({ viewport, touch = false }) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: touch });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      return driverPage(page, {
        errors,
        wheel: (deltaY) => page.mouse.wheel(0, deltaY),
        resize: (size) => page.setViewportSize(size),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function launchFirefox({ webgl = true, proxy }: LaunchOptions): Promise<Engine> {
  const [host, port] = proxy.split(':');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: false,
    // A release build honours `services.settings.server` (below) only with this set.
    env: { ...process.env, DISPLAY: await xDisplay(), MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'webgl.disabled': !webgl,
      // Firefox's own traffic, which would leave the machine (and show up in the proxy's list):
      // remote settings, captive portal and connectivity checks, add-on and plug-in updates.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.normandy.enabled': false,
      'app.update.disabledForTesting': true,
      'browser.safebrowsing.update.enabled': false,
      'browser.region.update.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'media.gmp-manager.updateEnabled': false,
      // Touch events exist only where a touch screen does, as on a phone.
      'dom.w3c_touch_events.enabled': 2,
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage({ viewport, touch = false }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...viewport, hasTouch: touch });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      return driverPage(page, {
        errors,
        wheel: (deltaY) => page.mouse.wheel({ deltaY }),
        resize: (size) => page.setViewport({ ...size, hasTouch: touch }),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/** What playwright-core's and puppeteer-core's pages have in common. */
interface DriverPage {
  goto(url: string): Promise<unknown>;
  evaluate(...args: never[]): Promise<unknown>;
  keyboard: { press(key: string): Promise<void> };
  click(selector: string): Promise<void>;
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(): Promise<Uint8Array>;
}

/** The adapter's page over a playwright-core or puppeteer-core page, with what differs given. */
function driverPage(
  page: DriverPage,
  own: Pick<EnginePage, 'errors' | 'resize' | 'close'> & { wheel(deltaY: number): Promise<void> },
): EnginePage {
  return {
    ...own,
    goto: async (url) => void (await page.goto(url)),
    evaluate: plainValues(page.evaluate.bind(page)),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    async wheel(deltaY, { x, y }) {
      await page.mouse.move(x, y);
      await own.wheel(deltaY);
    },
    screenshot: () => page.screenshot(),
  };
}

/**
 * A driver's `evaluate` as the adapter's: the drivers type arguments that may hold element handles;
 * the contract suite passes and gets back plain JSON values only.
 */
const plainValues = (evaluate: (...args: never[]) => Promise<unknown>) =>
  evaluate as unknown as EnginePage['evaluate'];

/** WebDriver's code points for the keys (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS: Record<Key, string> = {
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Home: '\uE011',
  End: '\uE010',
};
/** The key under which WebDriver returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function launchWebKit({ webgl = true, proxy }: LaunchOptions): Promise<Engine> {
  const { driver: driverPath, browser: browserPath } = ensureWebKit();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: await xDisplay() },
    stdio: 'ignore',
  });
  const exited = new Promise<never>((_, reject) =>
    driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`))),
  );
  exited.catch(() => {});
  const session = () =>
    WebDriver.newSession({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 10,
      capabilities: {
        proxy: { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy },
        'webkitgtk:browserOptions': {
          binary: browserPath,
          // MiniBrowser takes WebKitSettings as options.
          args: ['--automation', ...(webgl ? [] : ['--enable-webgl=false'])],
        },
      } as WebdriverIO.Capabilities,
    });
  const open = new Set<Awaited<ReturnType<typeof session>>>();
  const first = await Promise.race([session(), exited]);
  const version = `webkitgtk/${first.capabilities.browserVersion}`;
  await first.deleteSession();
  return {
    name: 'webkit',
    version,
    async newPage({ viewport }) {
      const client = await session();
      open.add(client);
      const page: EnginePage = {
        errors: undefined,
        goto: (url) => client.navigateTo(url) as Promise<void>,
        evaluate: plainValues((fn: (arg: unknown) => unknown, arg: unknown) =>
          client.executeScript(`return (${fn.toString()})(arguments[0]);`, [arg as object]),
        ),
        async press(key) {
          const value = WEBDRIVER_KEYS[key];
          await client.performActions([
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value },
                { type: 'keyUp', value },
              ],
            },
          ]);
          await client.releaseActions();
        },
        async click(selector) {
          const element = (await client.findElement('css selector', selector)) as Record<string, string>;
          await client.elementClick(element[ELEMENT]!);
        },
        async wheel(deltaY, { x, y }) {
          await client.performActions([
            {
              type: 'wheel',
              id: 'wheel',
              actions: [{ type: 'scroll', x, y, deltaX: 0, deltaY, origin: 'viewport' }],
            },
          ]);
        },
        screenshot: async () => Buffer.from(await client.takeScreenshot(), 'base64'),
        async resize({ width, height }) {
          // The window has MiniBrowser's toolbar above the page: size it, measure, size again.
          for (let i = 0; i < 3; i++) {
            const inner = await page.evaluate(() => [innerWidth, innerHeight] as const, null);
            if (inner[0] === width && inner[1] === height) return;
            const outer = (await client.getWindowRect()) as { width: number; height: number };
            await client.setWindowRect(
              null,
              null,
              outer.width + width - inner[0],
              outer.height + height - inner[1],
            );
          }
        },
        async close() {
          open.delete(client);
          await client.deleteSession();
        },
      };
      await page.resize(viewport);
      return page;
    },
    async close() {
      for (const client of open) await client.deleteSession().catch(() => {});
      driver.kill();
    },
  };
}

/** A port nothing listens on, for WebKitWebDriver. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let xvfb: { process: ChildProcess; display: Promise<string> } | undefined;

/** Stops the Xvfb display, if one was started (after the last engine on it has closed). */
export function stopXvfb(): void {
  xvfb?.process.kill();
  xvfb = undefined;
}

/**
 * The X display the headed engines open their windows on: one Xvfb for the test process, started
 * on first use (it picks a free display number and reports it on fd 3), stopped by `stopXvfb`.
 */
function xDisplay(): Promise<string> {
  if (!xvfb) {
    const child = spawn(
      ensureXvfb(),
      ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    const display = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdio[3]!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
    });
    xvfb = { process: child, display };
  }
  return xvfb.display;
}
