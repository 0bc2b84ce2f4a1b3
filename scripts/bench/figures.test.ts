import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figuresOf } from './figures.ts';
import type { Run } from './run.ts';

// A build of four small files: index.html loading one script, a story text and a GeoJSON file.
const dist = mkdtempSync(path.join(os.tmpdir(), 'bench-figures-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<script type="module" src="/assets/index-a.js"></script>');
writeFileSync(path.join(dist, 'assets/index-a.js'), 'console.log(1);\n'.repeat(50));
writeFileSync(path.join(dist, 'assets/story.en-a.json'), '{"steps":[]}');
writeFileSync(path.join(dist, 'fronts.geojson'), '{"type":"FeatureCollection","features":[]}');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const run = (k: number, changes: Partial<Run> = {}): Run => ({
  firstScreenScripts: ['/assets/index-a.js'],
  firstScreenText: ['/assets/story.en-a.json'],
  geoFetched: ['/fronts.geojson'],
  geoBeforeIdle: 1,
  fcpMs: 300,
  mapReadyMs: 900,
  longestTaskMs: 70,
  longTasksOver50: 2,
  longestAppScriptMs: 40 + k,
  appScriptsOver50: 0,
  longestMaplibreScriptMs: 120,
  longestLayoutMs: 8,
  topAppScripts: [],
  frameP95ScrollMs: 17,
  frameP95MorphMs: 20,
  jumpFromScrollMs: 500 + 100 * k,
  jumpToReadyMs: 800,
  jumpSettle: { fromScrollMs: 500, totalMs: 800, deliveryMs: 10 * k, scrollMs: undefined, mapMs: 300 },
  jumpFinal: { step: 'inchon', wrong: false, why: '', after: [] },
  memory: [
    { heapMB: 10, codeMB: 2, layers: 40, sources: 20, domNodes: 500 },
    { heapMB: 10.5, codeMB: 2.5, layers: 40, sources: 20, domNodes: 500 },
  ],
  errors: [],
  seconds: 60,
  ...changes,
});
const figure = (figures: ReturnType<typeof figuresOf>['figures'], name: string) =>
  figures.find((f) => f.name.trim() === name)!;

describe('figuresOf', () => {
  it('reports the median of each figure over the runs, with its budget', () => {
    const { figures, firstScreen, geo } = figuresOf([run(0), run(1), run(2)], dist);
    expect(firstScreen).toEqual(['/assets/index-a.js']);
    expect(geo).toEqual(['/fronts.geojson']);
    expect(figure(figures, "story text, reader's language (gzip)").value).toMatch(/^0\.0 KB, 1 file$/);
    expect(figure(figures, 'longest task of the app (steps)')).toMatchObject({ value: '41 ms', pass: true });
    expect(figure(figures, '200 jumps: last scroll → map ready')).toMatchObject({ number: 600, pass: true });
    expect(figure(figures, 'input → the page sees it').value).toBe('10 ms');
    // No run's last input scrolled the page: the part is left out, not zero.
    expect(figure(figures, "→ the page's last scroll").value).toBe('–');
    // The heap grew 5 %, all of it compiled code: the data's growth is 0 and passes.
    expect(figure(figures, 'without compiled code')).toMatchObject({ number: 0, pass: true });
    expect(figures.every((f) => f.pass !== false)).toBe(true);
  });

  it('fails a budget that one figure misses, and counts every wrong final state', () => {
    const wrong = { step: '', wrong: true, why: 'never settled', after: [] };
    const { figures } = figuresOf([run(0, { jumpFinal: wrong }), run(1), run(2, { jumpFinal: wrong })], dist);
    expect(figure(figures, '200 jumps: wrong final states')).toMatchObject({ value: '2 of 3', pass: false });
    const leaky = run(0, { memory: [run(0).memory[0]!, { ...run(0).memory[0]!, heapMB: 12, layers: 48 }] });
    const grown = figuresOf([leaky], dist).figures;
    expect(figure(grown, 'map style layers, 1 → 10')).toMatchObject({ value: '40 → 48', pass: false });
    expect(figure(grown, 'without compiled code').pass).toBe(false);
  });
});
