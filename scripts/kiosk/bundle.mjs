/**
 * `npm run kiosk`: builds the self-contained kiosk bundle in `kiosk-bundle/`:
 *   app/                              the built app (with its service worker, which precaches all of it)
 *   nginx/korean-war-story.conf       the site config shipped for every deployment (deploy/nginx/)
 *   nginx/serve.mjs                   runs nginx with it for app/ on 127.0.0.1, in the foreground
 *   korean-war-kiosk-server.service   the systemd user unit for that server, restarted on failure
 *   start-kiosk.sh                    installs and starts the unit, waits until the server answers,
 *                                     then starts Chromium full screen on ?mode=kiosk
 * Copy the folder to the kiosk machine (Debian with nodejs, nginx-light and chromium) and run
 * start-kiosk.sh.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const out = 'kiosk-bundle';
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'nginx'), { recursive: true });
const build = spawnSync('npx', ['vite', 'build', '--outDir', path.join(out, 'app'), '--emptyOutDir'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
for (const file of ['korean-war-story.conf', 'serve.mjs'])
  copyFileSync(path.join('deploy/nginx', file), path.join(out, 'nginx', file));
for (const file of ['korean-war-kiosk-server.service', 'start-kiosk.sh'])
  copyFileSync(path.join('scripts/kiosk', file), path.join(out, file));
console.log(`
kiosk bundle ready in ${out}/
  try it here:       node ${out}/nginx/serve.mjs ${out}/app --port 8080   then open http://127.0.0.1:8080/?mode=kiosk
  on the kiosk:      ${out}/start-kiosk.sh   (server under systemd, then Chromium full screen; see docs/kiosk.md)`);
