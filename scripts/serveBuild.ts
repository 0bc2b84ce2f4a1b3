/**
 * Builds the app into a temporary folder of its own (unless `--no-build` is on the command line,
 * then `dist/` as `npm run build` left it) and serves it with Vite's preview server on 127.0.0.1:
 * for the scripts that drive a browser through the built app (bench, stills, soak). A folder of
 * its own, so that a test run rebuilding `dist/` meanwhile cannot swap the files under the server.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';

export interface ServedBuild {
  /** The folder served. */
  dist: string;
  /** `http://127.0.0.1:<port>/` */
  base: string;
  close(): Promise<void>;
}

/** @param name names the temporary folder (`korean-war-<name>-…`) */
export async function serveBuild(name: string): Promise<ServedBuild> {
  let dist = path.resolve('dist');
  if (!process.argv.includes('--no-build')) {
    const folder = mkdtempSync(path.join(os.tmpdir(), `korean-war-${name}-`));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    dist = path.join(folder, 'dist');
    const build = spawnSync(
      // Not npx: it would fetch an unpinned package of that name were vite missing.
      path.join('node_modules', '.bin', 'vite'),
      ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await preview({
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { dist, base: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
