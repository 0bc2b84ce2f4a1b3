import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSW, getManifest } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheFiles, workboxOptions } from './serviceWorkerPlugin.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sw-plugin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small build: the files a dist/ has, each with the given text. */
function writeBuild(name: string, changed: Record<string, string> = {}): string {
  const root = path.join(dir, name);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>story</title>',
    'index.ko.html': '<!doctype html><title>이야기</title>',
    'favicon.svg': '<svg></svg>',
    'assets/index-abc.js': 'console.info(1)',
    'assets/a.woff2': 'woff2',
    'assets/a.woff': 'woff',
    'assets/index-abc.js.map': '{}',
    'embed.js': '(()=>{})()',
    'embed-demo.html': '<!doctype html>',
    'stills/korean-war/inchon.en.webp': 'webp',
    ...changed,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

async function revisions(root: string): Promise<Record<string, string | null>> {
  const { manifestEntries, warnings } = await getManifest({ ...precacheFiles, globDirectory: root });
  expect(warnings).toEqual([]);
  return Object.fromEntries((manifestEntries ?? []).map((e) => [e.url, e.revision]));
}

describe('the service worker', () => {
  it('precaches the pages and the files the app loads, not fallbacks, maps, stills or embed files', async () => {
    expect(Object.keys(await revisions(writeBuild('list'))).sort()).toEqual([
      'assets/a.woff2',
      'assets/index-abc.js',
      'favicon.svg',
      'index.html',
      'index.ko.html',
    ]);
  });

  it('versions each file by its bytes: a rebuild that changes one file changes only its revision', async () => {
    const a = await revisions(writeBuild('a'));
    const b = await revisions(writeBuild('b', { 'index.html': '<!doctype html><title>story, v2</title>' }));
    const same = await revisions(writeBuild('same'));
    expect(same).toEqual(a);
    const changed = Object.keys(a).filter((url) => a[url] !== b[url]);
    expect(changed).toEqual(['index.html']);
    // Vite's hashed names carry their bytes already.
    expect(a['assets/index-abc.js']).toBeNull();
    expect(a['index.html']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('waits for SKIP_WAITING, answers only its own files, and cleans only its own scope', async () => {
    const root = writeBuild('sw');
    const swDest = path.join(root, 'sw.js');
    // The worker's own code, without the Workbox runtime it inlines in the build.
    await generateSW({ ...workboxOptions, globDirectory: root, swDest, inlineWorkboxRuntime: false });
    const source = readFileSync(swDest, 'utf8');
    // An update installs beside the running version and takes over only when the page says so:
    // the one skipWaiting() is the answer to that message.
    expect(source).toMatch(/addEventListener\("message",\w+=>\{[^}]*"SKIP_WAITING"[^}]*skipWaiting\(\)\}/);
    expect(source.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(source).toMatch(/\.clientsClaim\(\)/);
    // Cache names and cleanup are Workbox's own, keyed on the registration's scope: no name of ours
    // that a worker of another scope could match, and no fallback that would answer other pages.
    expect(source).toMatch(/\.cleanupOutdatedCaches\(\)/);
    expect(source).not.toMatch(/setCacheNameDetails|cacheName|NavigationRoute/);
    expect(source).toMatch(/ignoreURLParametersMatching:\[\/\.\*\/\]/);
    expect(() => new Function(source)).not.toThrow();
  }, 60_000);
});
