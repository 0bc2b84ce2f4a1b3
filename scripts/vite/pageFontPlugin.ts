/**
 * Vite plugin: `virtual:page-fonts.css`, the page's `@font-face` rules for Noto Sans KR (400 and
 * 600), cut to the characters the page can show.
 *
 * fontsource's own `400.css` and `600.css` declare all 124 subsets of each weight, with the long
 * unicode-ranges of Korean subsets: 184 KB of CSS that blocked the first paint and that the
 * browser matches every run of text against. The page only ever shows our own text: the stories,
 * the interface's strings (in src/) and the layers' names (the map without WebGL draws them in
 * the page's font). So each weight declares only the subsets that hold one of those characters,
 * each with only the ranges that hold one, and only its woff2 file (every browser that runs the
 * app reads woff2). A character outside them falls back to the system's font.
 *
 * The module resolves to a file name in fontsource's folder, so the `url(./files/…)` of each rule
 * resolve as in fontsource's own CSS and Vite emits the font files as usual.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { FIXTURE_GEO, FIXTURES_MODE } from './fixtureStoriesPlugin.ts';
import { facesFor, labelCharacters, parseFontFaces } from './labelFontPlugin.ts';

const ID = 'virtual:page-fonts.css';
const WEIGHTS = [400, 600];
/** Where the page's own text is: the interface and the stories. */
const TEXT_DIRS = ['src', 'stories'];
const TEXT_FILE = /\.(ts|svelte|yaml|json)$/;

/** Every character in the text files under `dir`. */
function textCharacters(dir: string): Set<string> {
  const chars = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (TEXT_FILE.test(file)) for (const c of readFileSync(path.join(dir, file), 'utf8')) chars.add(c);
  }
  return chars;
}

/**
 * fontsource's `@font-face` rules for one weight, only the faces and ranges that hold one of
 * `chars`, each with its woff2 file alone.
 * @param css fontsource's CSS for the weight (`400.css`)
 */
export function pageFontFaces(css: string, weight: number, chars: Iterable<string>): string {
  return facesFor(parseFontFaces(css), chars)
    .map(
      ({ file, ranges }) => `@font-face {
  font-family: 'Noto Sans KR';
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url(./files/${file}) format('woff2');
  unicode-range: ${ranges.join(',')};
}`,
    )
    .join('\n');
}

export function pageFontPlugin(): Plugin {
  let root = process.cwd();
  let dirs: string[] = [];
  let layerDirs: string[] = [];
  const require = createRequire(import.meta.url);
  const cssOf = (weight: number) => require.resolve(`@fontsource/noto-sans-kr/${weight}.css`);
  // A file name next to fontsource's CSS (not a file on disk): its relative urls resolve there.
  const resolved = path.join(path.dirname(cssOf(WEIGHTS[0]!)), 'page-fonts.css');
  return {
    name: 'story:page-font',
    configResolved(config) {
      root = config.root;
      dirs = TEXT_DIRS.map((d) => path.join(root, d));
      layerDirs = [path.join(root, 'geo', 'layers')];
      if (config.mode === FIXTURES_MODE) layerDirs.push(path.join(root, FIXTURE_GEO));
    },
    configureServer(server) {
      // An edited story or string may need another subset: build the rules again.
      server.watcher.on('change', (file) => {
        if (!TEXT_FILE.test(file) && !file.endsWith('.geojson')) return;
        const mod = server.moduleGraph.getModuleById(resolved);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
    resolveId: (id) => (id === ID ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const chars = new Set([
        ...dirs.flatMap((d) => [...textCharacters(d)]),
        ...layerDirs.flatMap((d) => [...labelCharacters(d)]),
      ]);
      return WEIGHTS.map((w) => pageFontFaces(readFileSync(cssOf(w), 'utf8'), w, chars)).join('\n');
    },
  };
}
