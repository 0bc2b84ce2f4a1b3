/**
 * The headers as deployed: the build served by nginx with the shipped site config
 * (deploy/nginx/korean-war-story.conf, started by globalSetup.ts), asked over HTTP as a browser
 * asks. The documented Content-Security-Policy on every page, a year of immutable caching for the
 * hashed assets only, revalidation for the files that keep their names, the right type for every
 * kind of file the build holds, gzip for text, no directory listing and no fallback page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './harness.ts';

const dist = process.env.E2E_DIST ?? 'dist';
/** The policy as documented for publishers (docs/embedding.md), which nginx must send as it is. */
const documented = readFileSync('docs/embedding.md', 'utf8');
const CSP = /^Content-Security-Policy: (.+)$/m.exec(documented)![1]!;

/** Every file of the build, as URL paths. */
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
const first = (pattern: RegExp) => {
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`no file like ${pattern} in ${dist}/`);
  return file;
};

async function get(file: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(file, baseUrl()), { headers });
  await response.arrayBuffer();
  return response;
}

/** The type each kind of file must be served with (a browser refuses a script or module otherwise). */
const TYPES: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/,
  js: /^text\/javascript; charset=utf-8$/,
  mjs: /^text\/javascript; charset=utf-8$/,
  css: /^text\/css; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  geojson: /^application\/geo\+json; charset=utf-8$/,
  webmanifest: /^application\/manifest\+json; charset=utf-8$/,
  svg: /^image\/svg\+xml; charset=utf-8$/,
  png: /^image\/png$/,
  jpg: /^image\/jpeg$/,
  webp: /^image\/webp$/,
  woff: /^font\/woff$/,
  woff2: /^font\/woff2$/,
};

describe('headers as deployed with the shipped nginx config', () => {
  it.each(['', 'index.html', 'index.ko.html', 'embed-demo.html'])(
    '%s carries the documented Content-Security-Policy and is revalidated',
    async (page) => {
      const response = await get(page);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it.each(['embed.js', 'sw.js'])('%s keeps its name, so it is revalidated', async (file) => {
    const response = await get(file);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toMatch(TYPES.js!);
  });

  it.each([/^assets\/index-.*\.js$/, /^assets\/.*\.geojson$/, /^assets\/.*\.woff2$/])(
    'a hashed asset like %s is cached for a year, immutable',
    async (pattern) => {
      const response = await get(first(pattern));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    },
  );

  it('every kind of file in the build is served with its type', async () => {
    const kinds = new Map<string, string>();
    for (const file of files)
      kinds.set(path.extname(file).slice(1), kinds.get(path.extname(file).slice(1)) ?? file);
    // The kinds this test knows are exactly the kinds the build holds (webmanifest: none yet).
    expect([...kinds.keys()].filter((k) => !(k in TYPES))).toEqual([]);
    for (const [kind, file] of kinds) {
      const type = (await get(file)).headers.get('content-type');
      expect(type, file).toMatch(TYPES[kind]!);
    }
    expect(kinds.has('geojson') && kinds.has('webp') && kinds.has('woff2') && kinds.has('mjs')).toBe(true);
  });

  it('compresses text with gzip, not images or fonts', async () => {
    const geojson = await get(first(/\.geojson$/), { 'accept-encoding': 'gzip' });
    expect(geojson.headers.get('content-encoding')).toBe('gzip');
    expect(geojson.headers.get('vary')).toMatch(/accept-encoding/i);
    const woff2 = await get(first(/\.woff2$/), { 'accept-encoding': 'gzip' });
    expect(woff2.headers.get('content-encoding')).toBeNull();
  });

  it('lists no folder, has no fallback page, caches no error', async () => {
    const folder = await get('assets/');
    expect(folder.status).toBe(403);
    const missing = await get('assets/missing-0000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
    expect(missing.headers.get('content-security-policy')).toBe(CSP);
    expect((await get('some/page')).status).toBe(404);
  });
});
