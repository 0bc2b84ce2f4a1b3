/**
 * `npm run kiosk`: builds the self-contained kiosk bundle in `kiosk-bundle/`:
 *   app/             the built app (with its service worker, which precaches all of it)
 *   serve.mjs        a zero-dependency static server for app/ on 127.0.0.1:8080
 *   start-kiosk.sh   starts the server and Chromium full screen on ?mode=kiosk
 * Copy the folder to the kiosk machine (Debian with node and chromium) and run start-kiosk.sh.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const out = 'kiosk-bundle';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const build = spawnSync('npx', ['vite', 'build', '--outDir', path.join(out, 'app'), '--emptyOutDir'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
for (const file of ['serve.mjs', 'start-kiosk.sh'])
  copyFileSync(path.join('scripts/kiosk', file), path.join(out, file));
console.log(`
kiosk bundle ready in ${out}/
  try it here:       node ${out}/serve.mjs   then open http://127.0.0.1:8080/?mode=kiosk
  on the kiosk:      ${out}/start-kiosk.sh   (Chromium full screen; see README, "Museum kiosk")`);
