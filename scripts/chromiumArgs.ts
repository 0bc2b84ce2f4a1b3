/**
 * Command-line flags for the headless Chromium of the browser tests, the benchmark and the kiosk
 * soak: WebGL through SwiftShader (no GPU here), nothing that talks to the network on its own, and
 * stable text rendering for screenshots.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Debian's build carries Google API keys (/etc/chromium.d), and with them Chromium signs in and
  // checks for component updates by itself, through any proxy a test sets: point those services
  // at a closed loopback port (the discard port) instead.
  '--google-base-url=http://127.0.0.1:9',
  '--gaia-url=http://127.0.0.1:9',
  '--lso-url=http://127.0.0.1:9',
  '--google-apis-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];
