/**
 * Serves the built app (dist/) on 127.0.0.1 for the browser tests with nginx and the site config
 * shipped in deploy/nginx/, so the tests see the headers, types and caching of a real deployment.
 * `npm test` builds first and installs nginx when missing; `npm run test:browser` does too.
 * `E2E_DIST=<folder>` serves another build (for running the browser tests while something else
 * rebuilds dist/).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../deploy/nginx/serve.mjs';

export default async function setup(project: TestProject) {
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first`);
  const server = await startNginx({ root: outDir, quiet: true });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
