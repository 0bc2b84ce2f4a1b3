/**
 * Vite plugin: `virtual:stills`, which stills exist, story → `<step>.<lang>` → version (for the
 * print images, the page without JavaScript, a figure before its map goes live, and their
 * cache-busting query), and, as `sizes`, each one's width and height in pixels; read from the
 * manifests `npm run stills` wrote into public/stills/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { StillsManifest } from '../stills/inputs.ts';

const VIRTUAL = 'virtual:stills';
const RESOLVED = `\0${VIRTUAL}`;

/** Every story's stills manifest in public/stills/ (story name → manifest). */
export function readManifests(publicDir: string): Map<string, StillsManifest> {
  const dir = path.join(publicDir, 'stills');
  const manifests = new Map<string, StillsManifest>();
  if (!existsSync(dir)) return manifests;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name, 'manifest.json');
    if (existsSync(file)) manifests.set(name, JSON.parse(readFileSync(file, 'utf8')) as StillsManifest);
  }
  return manifests;
}

export function stillsPlugin(): Plugin {
  let publicDir = path.join(process.cwd(), 'public');
  return {
    name: 'story:stills',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const table: Record<string, Record<string, string>> = {};
      const sizes: Record<string, Record<string, [number, number]>> = {};
      for (const [name, manifest] of readManifests(publicDir)) {
        this.addWatchFile(path.join(publicDir, 'stills', name, 'manifest.json'));
        table[name] = Object.fromEntries(
          manifest.stills.map((e) => [`${e.step}.${e.lang}`, e.inputs.slice(0, 8)]),
        );
        sizes[name] = Object.fromEntries(
          manifest.stills.map((e) => [`${e.step}.${e.lang}`, [e.width, e.height]]),
        );
      }
      return `export default ${JSON.stringify(table)};\nexport const sizes = ${JSON.stringify(sizes)};`;
    },
  };
}
