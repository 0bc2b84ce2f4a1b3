/**
 * `npm run kiosk:check`: the kiosk's web server (nginx with the shipped config, as start-kiosk.sh
 * runs it) against the three faults of the old hand-written server, on 127.0.0.1 only:
 *   1. killed (the whole server, SIGKILL) and started again on the same port: it serves again;
 *   2. a file it cannot read: an error response for that file, the others still served;
 *   3. 100 downloads aborted mid-body: it still serves, and its worker holds no more descriptors.
 * Prints its figures; exits non-zero on the first failure or after two minutes.
 *
 * Serves a copy of the build (a fresh one, or `--dist <folder>`), since it changes file modes and
 * adds a large file. As root the workers run as `nobody`, for whom a mode of 000 means unreadable.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startNginx } from '../../deploy/nginx/serve.mjs';

const ABORTS = 100;
const RESTARTS = 3;
const BIG_MB = 32;
setTimeout(() => fail('gave up after 120 s'), 120_000).unref();

function fail(message: string): never {
  console.error(`kiosk:check FAILED: ${message}`);
  process.exit(1);
}

function check(ok: boolean, message: string) {
  if (!ok) fail(message);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'korean-war-kiosk-check-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const root = path.join(work, 'app');
const distArg = process.argv.indexOf('--dist');
if (distArg > 0) {
  cpSync(process.argv[distArg + 1]!, root, { recursive: true });
} else {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', root, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// `nobody` must reach the copy (mkdtemp makes the folder 0700).
chmodSync(work, 0o755);
// A file far larger than the socket buffers, so an abort always lands while nginx is still sending.
const big = 'assets/abort-check.bin';
writeFileSync(path.join(root, big), Buffer.alloc(BIG_MB * 1024 * 1024, 7));
const isRoot = process.getuid?.() === 0;
const options = { root, quiet: true, ...(isRoot ? { user: 'nobody' } : {}) };

/** GET `file`: its status and body length. */
function get(base: string, file: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(file, base), (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      })
      .on('error', reject);
  });
}

/** nginx's worker processes: the children of its master. */
function workers(master: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // The parent pid is the second field after the command, which is in parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === master;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const fds = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;

/** Requests `file` on a raw socket and destroys it once part of the body has arrived. */
function abortedDownload(port: number, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET /${file} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n`),
    );
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // Headers are a few hundred bytes: past 64 KiB we are well inside the body.
      if (received > 64 * 1024) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
  });
}

const ms = (start: number) => Math.round(performance.now() - start);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let server = await startNginx(options);
const { port } = server;
console.log(
  `kiosk:check: nginx serving a copy of the build at ${server.url} (worker as ${options.user ?? 'us'})`,
);
check((await get(server.url, '')).status === 200, 'the first start does not serve index.html');

// 1. Killed and started again on the same port, as systemd's Restart=on-failure does.
const restarts: number[] = [];
for (let i = 0; i < RESTARTS; i++) {
  process.kill(-server.pid, 'SIGKILL');
  await server.exited;
  const down = await get(server.url, '').then(
    () => false,
    () => true,
  );
  check(down, 'the server still answered after SIGKILL');
  const start = performance.now();
  server = await startNginx({ ...options, port });
  restarts.push(ms(start));
  check((await get(server.url, '')).status === 200, `restart ${i + 1} does not serve index.html`);
}
console.log(
  `1. killed (SIGKILL, master and worker) and restarted on port ${port} ${RESTARTS} times: ` +
    `serving again after ${restarts.join(', ')} ms`,
);

// 2. A file nginx cannot read.
const unreadable = readdirSync(path.join(root, 'assets')).find((f) => f.endsWith('.geojson'))!;
chmodSync(path.join(root, 'assets', unreadable), 0o000);
const refused = await get(server.url, `assets/${unreadable}`);
check(refused.status >= 400, `an unreadable file was answered with ${refused.status}`);
const others = await Promise.all(['', 'index.ko.html', 'sw.js'].map((f) => get(server.url, f)));
check(
  others.every((r) => r.status === 200),
  'other files were not served after the read error',
);
chmodSync(path.join(root, 'assets', unreadable), 0o644);
check((await get(server.url, `assets/${unreadable}`)).status === 200, 'the file is not served once readable');
console.log(
  `2. unreadable assets/${unreadable}: ${refused.status}; index.html, index.ko.html, sw.js: ` +
    `${others.map((r) => r.status).join(', ')}; readable again: 200`,
);

// 3. Aborted downloads.
const [worker] = workers(server.pid);
check(worker !== undefined, 'no nginx worker found');
const before = fds(worker!);
// The count sees a download in progress (its socket and its file), or it would prove nothing.
const held = net.connect(port, '127.0.0.1', () =>
  held.write(`GET /${big} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n`),
);
await new Promise((resolve) => held.once('data', resolve));
held.pause();
const during = fds(worker!);
held.destroy();
check(during >= before + 2, `a download in progress shows ${during} descriptors, ${before} idle`);
const start = performance.now();
const received: number[] = [];
for (let i = 0; i < ABORTS; i++) received.push(await abortedDownload(port, big));
const abortMs = ms(start);
// nginx notices a reset peer at its next write: give it a moment, polling.
let after = fds(worker!);
for (let i = 0; i < 40 && after > before; i++) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  after = fds(worker!);
}
const full = await get(server.url, big);
check(
  full.status === 200 && full.bytes === statSync(path.join(root, big)).size,
  'the large file is not served whole',
);
check(workers(server.pid).includes(worker!), 'the worker was replaced (it crashed)');
check(after <= before, `the worker's descriptors grew from ${before} to ${after}`);
console.log(
  `3. ${ABORTS} downloads of a ${BIG_MB} MB file aborted after a median ${Math.round(median(received) / 1024)} KiB ` +
    `(in ${abortMs} ms): worker ${worker} open descriptors ${before} before, ${after} after ` +
    `(${during} during one download); ` +
    `the same worker then served the file whole`,
);

await server.stop();
console.log('kiosk:check passed');
