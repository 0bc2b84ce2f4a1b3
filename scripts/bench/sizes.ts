/**
 * Payload sizes from a build: gzip sizes of the files the page loads, and the JavaScript that
 * `index.html` pulls in before any dynamic import (its module scripts, modulepreload links and
 * their static imports, followed through the chunks).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size in bytes at zlib's default level (what `gzip` and most servers use). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** The file in `dist` that a URL path of the served build names. */
export function distFile(dist: string, urlPath: string): string {
  return path.join(dist, decodeURIComponent(urlPath).replace(/^\/+/, ''));
}

/**
 * URL paths of the JavaScript `index.html` loads statically: `<script type="module" src>`,
 * `<link rel="modulepreload" href>`, and every chunk those import with a static `import`
 * (`import "./x.js"`, `import {a} from "./x.js"`, `export … from "./x.js"`), never `import()`.
 */
export function staticEntryScripts(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(distFile(dist, url), 'utf8');
    // Static imports sit at the top level of a chunk; a dynamic import is `import(` and is skipped.
    for (const m of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g,
    )) {
      visit(new URL(m[1]!, `http://x${url}`).pathname);
    }
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/** Stylesheets `index.html` links. */
export function entryStyles(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * MapLibre's own minified bundle, gzipped: the main-thread module and its worker, as published in
 * `node_modules/maplibre-gl/dist` (MapLibre 6 ships the two as separate files; 5's single
 * `maplibre-gl.js` held both).
 */
export function maplibreBundle(): { main: number; worker: number } {
  const dir = 'node_modules/maplibre-gl/dist';
  return {
    main: gzipSize(path.join(dir, 'maplibre-gl.mjs')),
    worker: gzipSize(path.join(dir, 'maplibre-gl-worker.mjs')),
  };
}
