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
  '--hide-scrollbars',
  '--font-render-hinting=none',
];
