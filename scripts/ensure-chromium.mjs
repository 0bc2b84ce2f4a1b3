/**
 * Finds the browsers the browser tests drive, installing Debian's packages when we are root and
 * one is missing: Chromium for every browser test; Firefox ESR, WebKitGTK's WebDriver and Xvfb for
 * the contract suite in the other engines (tests/e2e/contract.test.ts). Each function returns the
 * path it found, or exits non-zero with what to install.
 * Playwright's and Puppeteer's own browser downloads do not work offline, so we never use them.
 *
 * `node scripts/ensure-chromium.mjs` prints Chromium's path; with `--all`, every engine's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether this process has read Debian's package lists yet: once is enough for every install. */
let listsUpdated = false;

/**
 * The first of `candidates` that exists; when none does and we are root on Debian, `apt-get
 * install`s `packages` and looks again. Exits with `hint` when it still finds nothing.
 */
function ensureDebian(what, candidates, packages, hint) {
  const find = () => candidates.filter(Boolean).find((p) => existsSync(p));
  const found = find();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error(`${what} not found: installing the Debian package(s) ${packages.join(', ')} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!listsUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    listsUpdated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    const installed = find();
    if (installed) return installed;
  }
  console.error(`No ${what} for the browser tests. ${hint}`);
  process.exit(1);
}

export function ensureChromium() {
  return ensureDebian(
    'Chromium',
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    ['chromium'],
    "Install Debian's package as root (apt-get install -y chromium)\n" +
      'or set CHROMIUM_PATH to a Chromium/Chrome binary, then run the tests again.',
  );
}

export function ensureFirefox() {
  return ensureDebian(
    'Firefox',
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    ['firefox-esr'],
    "Install Debian's package as root (apt-get install -y firefox-esr)\n" +
      'or set FIREFOX_PATH to a Firefox binary, then run the tests again.',
  );
}

/** WebKitGTK's WebDriver and the MiniBrowser it drives (both from Debian's WebKitGTK packages). */
export function ensureWebKit() {
  const driver = ensureDebian(
    'WebKitWebDriver',
    [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'],
    ['webkit2gtk-driver'],
    "Install Debian's package as root (apt-get install -y webkit2gtk-driver)\n" +
      'or set WEBKIT_DRIVER_PATH to a WebKitWebDriver, then run the tests again.',
  );
  const browser = ensureDebian(
    'WebKitGTK MiniBrowser',
    [
      process.env.WEBKIT_BROWSER_PATH,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ],
    ['libwebkit2gtk-4.1-0'],
    "Set WEBKIT_BROWSER_PATH to WebKitGTK's MiniBrowser, then run the tests again.",
  );
  return { driver, browser };
}

/** Firefox and WebKitGTK have WebGL here only in a window (Mesa's llvmpipe), so on an X server. */
export function ensureXvfb() {
  return ensureDebian(
    'Xvfb',
    ['/usr/bin/Xvfb'],
    ['xvfb'],
    "Install Debian's package as root (apt-get install -y xvfb), then run the tests again.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
  if (process.argv.includes('--all')) {
    console.log(ensureFirefox());
    const { driver, browser } = ensureWebKit();
    console.log(driver);
    console.log(browser);
    console.log(ensureXvfb());
  }
}
