/**
 * Vite plugin: `virtual:label-font` exports the MapLibre `font-faces` entries for the map labels.
 *
 * Map labels need Hangul and Latin glyphs without a glyph server. MapLibre's style `font-faces`
 * draws glyphs locally from font files; we point it at the same Noto Sans KR woff2 subsets the page
 * uses (@fontsource, SIL OFL), each with its unicode-range, so a label only loads the subsets it
 * needs and every file is served from our own origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

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

export function labelFontPlugin(weight = 600): Plugin {
  return {
    name: 'korean-war:label-font',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const require = createRequire(import.meta.url);
      const css = require.resolve(`@fontsource/noto-sans-kr/${weight}.css`);
      const faces = parseFontFaces(readFileSync(css, 'utf8'));
      const dir = path.dirname(css);
      const imports = faces.map(
        (f, i) => `import u${i} from ${JSON.stringify(path.join(dir, 'files', f.file) + '?url')};`,
      );
      const entries = faces.map((f, i) => `{url:u${i},'unicode-range':${JSON.stringify(f.ranges)}}`);
      return `${imports.join('\n')}\nexport default [${entries.join(',')}];`;
    },
  };
}
