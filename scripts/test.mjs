/**
 * `npm test`: every gate, in the order that fails fastest, the same locally and in CI.
 *   story check → svelte-check → ESLint → Prettier → knip (dead code) → import cycles → unit tests
 *   → build → browser tests
 * The browser tests need Chromium and nginx (they serve the build with the shipped deploy/nginx/
 * config), and the contract suite Firefox ESR, WebKitGTK's WebDriver and Xvfb: all are found, or
 * installed from Debian when we are root, before the build.
 * Ends with one summary line "tests: N passed, N failed" (unit + browser test counts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureNginx } from '../deploy/nginx/serve.mjs';
import { ensureChromium, ensureFirefox, ensureWebKit, ensureXvfb } from './ensure-chromium.mjs';

const results = '.vitest-results.json';
let passed = 0;
let failed = 0;

/**
 * A tool installed in node_modules, run directly: never `npx`, which fetches and runs whatever
 * the registry has under that name when the package is missing.
 */
const bin = (name) => path.join('node_modules', '.bin', name);

function run(label, cmd, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function vitest(project, env = {}, args = []) {
  rmSync(results, { force: true });
  const ok = run(
    `vitest: ${project} ${args.join(' ')}`.trim(),
    bin('vitest'),
    [
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}`,
      ...args,
    ],
    env,
  );
  try {
    const json = JSON.parse(readFileSync(results, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    // no report: vitest itself failed (config, import error)
  }
  return ok;
}

/** A gate that failed without failing a test (lint, types, build) still counts as one failure. */
function finish(ok) {
  if (!ok && failed === 0) failed = 1;
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

const gates = [
  () => run('story check', bin('tsx'), ['scripts/check-story.ts']),
  () => run('svelte-check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']),
  () => run('eslint', bin('eslint'), ['.']),
  () => run('prettier', bin('prettier'), ['--check', '.']),
  // Unused files, exports and dependencies (knip.json names the entries no import reaches).
  () => run('knip (dead code)', bin('knip'), []),
  // No import cycles and no unresolvable imports (.dependency-cruiser.cjs); `npm run deps` alone.
  () =>
    run('dependency-cruiser (import cycles)', bin('depcruise'), [
      ...['src', 'scripts', 'geo', 'tests', 'deploy', 'vite.config.ts'],
      ...['--config', '.dependency-cruiser.cjs'],
    ]),
  () => vitest('unit'),
];
for (const gate of gates) {
  if (!gate()) finish(false);
}

/**
 * The test story on other geography (tests/fixtures/engine/) exists only in a build made with
 * `--mode fixtures`, so a reader's build never carries it: its browser test runs against such a
 * build of its own, and the other browser tests against the reader's build in dist/.
 */
const FIXTURE_TEST = 'tests/e2e/fixtureStory.test.ts';
/**
 * The kiosk's update test runs in a vitest run of its own: alone it passes in about 20 s, but with
 * any other test file in the same run the new worker has not taken over within its deadline (seen
 * with headers.test.ts, a 0.2 s file). Not yet understood; until it is, it runs alone.
 */
const UPDATE_TEST = 'tests/e2e/update.test.ts';

ensureChromium();
ensureFirefox();
ensureWebKit();
ensureXvfb();
ensureNginx();
if (!run('build', bin('vite'), ['build'])) finish(false);
// The contract suite (contract.test.ts) runs in Chromium, Firefox and WebKit; `E2E_ENGINES` picks.
let browserOk = vitest('browser', {}, ['--exclude', FIXTURE_TEST, '--exclude', UPDATE_TEST]);
browserOk = vitest('browser', {}, [UPDATE_TEST]) && browserOk;
const fixturesDist = mkdtempSync(path.join(os.tmpdir(), 'korean-war-fixtures-'));
try {
  const built = run('build (fixtures)', bin('vite'), [
    'build',
    '--mode',
    'fixtures',
    '--outDir',
    fixturesDist,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  browserOk = built && vitest('browser', { E2E_DIST: fixturesDist }, [FIXTURE_TEST]) && browserOk;
} finally {
  rmSync(fixturesDist, { recursive: true, force: true });
}
finish(browserOk);
