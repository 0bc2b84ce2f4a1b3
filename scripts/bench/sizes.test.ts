import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFile, entryStyles, gzipSize, staticEntryScripts } from './sizes.ts';

const dist = mkdtempSync(path.join(os.tmpdir(), 'bench-sizes-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
}

write(
  'index.html',
  `<!doctype html><html><head>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/Panel-B.js">
    <link rel="stylesheet" crossorigin href="/assets/index-C.css">
  </head><body></body></html>`,
);
// Minified chunks as Vite writes them: static imports at the top, dynamic ones anywhere.
write(
  'assets/index-A.js',
  'import{a as e}from"./shared-D.js";import"./side-E.js";const m=()=>import(`./maplibre-gl-F.js`);e(m);',
);
write('assets/Panel-B.js', 'import{b as t}from"./shared-D.js";export{t as p};');
write('assets/shared-D.js', 'export const a=1,b=2;');
write('assets/side-E.js', 'export*from"./deep-G.js";');
write('assets/deep-G.js', 'console.log(1);');
write('assets/maplibre-gl-F.js', 'export default 1;');
write('assets/index-C.css', 'body{margin:0}');

describe('bench payload sizes', () => {
  it("follows index.html's scripts through static imports, never into import()", () => {
    expect(staticEntryScripts(dist).sort()).toEqual([
      '/assets/Panel-B.js',
      '/assets/deep-G.js',
      '/assets/index-A.js',
      '/assets/shared-D.js',
      '/assets/side-E.js',
    ]);
  });

  it('lists the stylesheets and gzips files', () => {
    expect(entryStyles(dist)).toEqual(['/assets/index-C.css']);
    const size = gzipSize(distFile(dist, '/assets/index-C.css'));
    expect(size).toBeGreaterThan(10);
    expect(size).toBeLessThan(60);
  });
});
