/**
 * Vite plugin: `virtual:label-font` exports the MapLibre `font-faces` entries for the map labels.
 *
 * Map labels need Hangul and Latin glyphs without a glyph server. MapLibre's style `font-faces`
 * draws glyphs locally from font files; we point it at the same Noto Sans KR woff2 subsets the page
 * uses (@fontsource, SIL OFL), each with its unicode-range, so a label only loads the subsets it
 * needs and every file is served from our own origin.
 *
 * Only the subsets that hold a character some label can show are listed: the labels are the
 * `name_<lang>` and `unit_<lang>` (an arrow's formation) properties of the features in geo/layers/,
 * read at build time (the dev server
 * rebuilds the list when a layer changes). Noto Sans KR has 124 subsets; the story's place names
 * need a few, and the table of all of them (their unicode ranges are long) would be tens of
 * kilobytes of first-screen JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { FIXTURE_GEO, FIXTURES_MODE } from './fixtureStoriesPlugin.ts';

const ID = 'virtual:label-font';
const RESOLVED = `\0${ID}`;

/** Parses fontsource's CSS into [file, unicode ranges] pairs. */
export function parseFontFaces(css: string): { file: string; ranges: string[] }[] {
  const faces: { file: string; ranges: string[] }[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) faces.push({ file, ranges: range.split(',').map((r) => r.trim()) });
  }
  return faces;
}

/**
 * Whether a CSS unicode-range (`U+0-7F`, `U+4??`, `U+ac00`) holds the code point.
 * @example inUnicodeRange('U+ac00-d7a3', 0xac01) === true
 */
export function inUnicodeRange(range: string, codePoint: number): boolean {
  const [from, to] = range.replace(/^U\+/i, '').split('-') as [string, string | undefined];
  const low = parseInt(from.replace(/\?/g, '0'), 16);
  const high = to !== undefined ? parseInt(to, 16) : parseInt(from.replace(/\?/g, 'f'), 16);
  return codePoint >= low && codePoint <= high;
}

/**
 * The faces that hold at least one of the characters, each with only the ranges that hold one
 * (MapLibre picks a face by range; the other ranges are glyphs no label asks for).
 */
export function facesFor<F extends { ranges: string[] }>(faces: F[], text: Iterable<string>): F[] {
  const points = [...new Set(text)].map((c) => c.codePointAt(0)!);
  return faces.flatMap((face) => {
    const ranges = face.ranges.filter((r) => points.some((p) => inUnicodeRange(r, p)));
    return ranges.length ? [{ ...face, ranges }] : [];
  });
}

/** Every character of every `name_<lang>` or `unit_<lang>` property in the GeoJSON files of `dir`. */
export function labelCharacters(dir: string): Set<string> {
  const chars = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
    const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      features?: { properties?: Record<string, unknown> | null }[];
    };
    for (const { properties } of json.features ?? []) {
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (/^(name|unit)_/.test(key) && typeof value === 'string') for (const c of value) chars.add(c);
      }
    }
  }
  return chars;
}

export function labelFontPlugin(weight = 600): Plugin {
  let root = process.cwd();
  /** Where the labels' layers are: geo/layers/, and the test story's own in the test build. */
  let layerDirs: string[] = [];
  return {
    name: 'story:label-font',
    configResolved(config) {
      root = config.root;
      layerDirs = [path.join(root, 'geo', 'layers')];
      if (config.mode === FIXTURES_MODE) layerDirs.push(path.join(root, FIXTURE_GEO));
    },
    configureServer(server) {
      // A layer's new place name may need another subset: rebuild the list.
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.geojson')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const require = createRequire(import.meta.url);
      const css = require.resolve(`@fontsource/noto-sans-kr/${weight}.css`);
      const chars = new Set(layerDirs.flatMap((dir) => [...labelCharacters(dir)]));
      const faces = facesFor(parseFontFaces(readFileSync(css, 'utf8')), chars);
      const dir = path.dirname(css);
      const imports = faces.map(
        (f, i) => `import u${i} from ${JSON.stringify(path.join(dir, 'files', f.file) + '?url')};`,
      );
      const entries = faces.map((f, i) => `{url:u${i},'unicode-range':${JSON.stringify(f.ranges)}}`);
      return `${imports.join('\n')}\nexport default [${entries.join(',')}];`;
    },
  };
}
