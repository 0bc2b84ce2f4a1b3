/**
 * The benchmark's figures from its runs and the built files: each the median over the runs (the
 * wrong final states summed), with its budget and whether it passes. How each is measured is in
 * docs/performance.md.
 */
import { JUMPS, PASSES } from './options.ts';
import type { Run } from './run.ts';
import type { Settle } from './settle.ts';
import { distFile, entryStyles, gzipSize, maplibreBundle, staticEntryScripts } from './sizes.ts';
import { median } from './stats.ts';

export interface Figure {
  name: string;
  value: string;
  budget: string;
  /** undefined: reported, without a budget. */
  pass?: boolean;
  /** The number behind the value, for the JSON file. */
  number: number;
}

const KB = 1024;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x: number) => `${Number.isFinite(x) ? x.toFixed(0) : '∞'} ms`;

export interface Figures {
  figures: Figure[];
  /** The first screen's scripts (gzip bytes), all and the app's own, and their budget. */
  initialJs: number;
  appJs: number;
  jsBudget: number;
  /** URL paths of the scripts fetched before the first map idle, in any run. */
  firstScreen: string[];
  /** URL paths of the GeoJSON files fetched, in any run. */
  geo: string[];
}

/** The figures of `runs`, with the sizes of the files they fetched from the build in `dist`. */
export function figuresOf(runs: Run[], dist: string): Figures {
  const maplibre = maplibreBundle();
  const sizeOf = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSize(distFile(dist, p)), 0);
  const firstScreen = [...new Set(runs.flatMap((r) => r.firstScreenScripts))].sort();
  const initialJs = sizeOf(firstScreen);
  const maplibreChunks = firstScreen.filter((p) => /\/maplibre-gl/.test(p));
  const appJs = initialJs - sizeOf(maplibreChunks);
  const text = [...new Set(runs.flatMap((r) => r.firstScreenText))].sort();
  const textGz = sizeOf(text);
  const staticJs = sizeOf(staticEntryScripts(dist));
  const cssGz = sizeOf(entryStyles(dist));
  const jsBudget = maplibre.main + maplibre.worker + 60 * KB;
  const geo = [...new Set(runs.flatMap((r) => r.geoFetched))].sort();
  const geoGz = sizeOf(geo);

  const med = (f: (r: Run) => number) => median(runs.map(f));
  const growth = (f: (m: Run['memory'][number]) => number) =>
    med((r) => (f(r.memory.at(-1)!) - f(r.memory[0]!)) / f(r.memory[0]!));
  const memo = (f: (m: Run['memory'][number]) => number, digits = 0) =>
    `${med((r) => f(r.memory[0]!)).toFixed(digits)} → ${med((r) => f(r.memory.at(-1)!)).toFixed(digits)}`;
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

  /**
   * The fast scroll's settle in its parts, each the median over the runs that settled (a part is
   * left out of a run whose last input did not scroll the page).
   */
  function settleRows(): Figure[] {
    const parts: [string, (s: Settle) => number | undefined][] = [
      ['    input → the page sees it', (s) => s.deliveryMs],
      ["    → the page's last scroll", (s) => s.scrollMs],
      ['    → the map ready', (s) => s.mapMs],
    ];
    return parts.map(([name, part]) => {
      const values = runs.flatMap((r) => {
        const v = r.jumpSettle && part(r.jumpSettle);
        return v === undefined ? [] : [v];
      });
      const value = values.length ? median(values) : NaN;
      return { name, value: values.length ? ms(value) : '–', budget: '', number: value };
    });
  }

  const fcp = med((r) => r.fcpMs);
  const mapReady = med((r) => r.mapReadyMs);
  const wrong = runs.filter((r) => r.jumpFinal.wrong).length;
  const heapGrowth = growth((m) => m.heapMB);
  const codeOf = (m: Run['memory'][number]) => m.codeMB ?? 0;
  const withoutCode = (m: Run['memory'][number]) => m.heapMB - codeOf(m);
  const codeGrowth = growth(codeOf);
  const dataGrowth = growth(withoutCode);
  const layerGrowth = growth((m) => m.layers);
  const sourceGrowth = growth((m) => m.sources);
  const figures: Figure[] = [
    {
      name: 'initial JS, first screen (gzip)',
      value: `${kb(initialJs)} (app ${kb(appJs)})`,
      budget: `≤ ${kb(jsBudget)}`,
      pass: initialJs <= jsBudget,
      number: initialJs,
    },
    {
      name: '  MapLibre bundle (main + worker)',
      value: `${kb(maplibre.main)} + ${kb(maplibre.worker)}`,
      budget: '+ 60 KB',
      number: maplibre.main + maplibre.worker,
    },
    { name: '  of which index.html loads statically', value: kb(staticJs), budget: '', number: staticJs },
    {
      // Data, not script: JSON costs a parse, not a compile (src/story/storyModules.ts).
      name: "story text, reader's language (gzip)",
      value: `${kb(textGz)}, ${text.length} file${text.length === 1 ? '' : 's'}`,
      budget: '',
      number: textGz,
    },
    { name: 'CSS (gzip)', value: kb(cssGz), budget: '', number: cssGz },
    {
      name: 'geometry payload (gzip)',
      value: `${kb(geoGz)}, ${geo.length} files`,
      budget: '≤ 400 KB',
      pass: geoGz <= 400 * KB,
      number: geoGz,
    },
    {
      name: '  geometry files before first idle',
      value: `${med((r) => r.geoBeforeIdle)} of ${geo.length}`,
      budget: '',
      number: med((r) => r.geoBeforeIdle),
    },
    { name: 'first contentful paint', value: ms(fcp), budget: '', number: fcp },
    { name: 'first map idle', value: ms(mapReady), budget: '', number: mapReady },
    {
      name: 'text first (FCP before map idle)',
      value: `${ms(mapReady - fcp)} earlier`,
      budget: 'FCP < idle',
      pass: runs.every((r) => r.fcpMs < r.mapReadyMs),
      number: mapReady - fcp,
    },
    {
      name: 'longest task of the app (steps)',
      value: ms(med((r) => r.longestAppScriptMs)),
      budget: '< 50 ms',
      pass: med((r) => r.longestAppScriptMs) < 50,
      number: med((r) => r.longestAppScriptMs),
    },
    {
      name: '  app tasks > 50 ms',
      value: String(med((r) => r.appScriptsOver50)),
      budget: '',
      number: med((r) => r.appScriptsOver50),
    },
    {
      name: '  longest MapLibre task',
      value: ms(med((r) => r.longestMaplibreScriptMs)),
      budget: '',
      number: med((r) => r.longestMaplibreScriptMs),
    },
    {
      name: '  longest long task, all',
      value: ms(med((r) => r.longestTaskMs)),
      budget: '',
      number: med((r) => r.longestTaskMs),
    },
    {
      name: '  long tasks > 50 ms, all',
      value: String(med((r) => r.longTasksOver50)),
      budget: '',
      number: med((r) => r.longTasksOver50),
    },
    {
      name: 'frame time p95, scrolling',
      value: ms(med((r) => r.frameP95ScrollMs)),
      budget: '',
      number: med((r) => r.frameP95ScrollMs),
    },
    {
      name: 'frame time p95, morphing fronts',
      value: ms(med((r) => r.frameP95MorphMs)),
      budget: '',
      number: med((r) => r.frameP95MorphMs),
    },
    {
      name: `${JUMPS} jumps: last scroll → map ready`,
      value: ms(med((r) => r.jumpFromScrollMs)),
      budget: '< 1000 ms',
      pass: med((r) => r.jumpFromScrollMs) < 1000,
      number: med((r) => r.jumpFromScrollMs),
    },
    {
      name: '  last input → map ready',
      value: ms(med((r) => r.jumpToReadyMs)),
      budget: '',
      number: med((r) => r.jumpToReadyMs),
    },
    ...settleRows(),
    {
      name: `${JUMPS} jumps: wrong final states`,
      value: `${wrong} of ${runs.length}`,
      budget: '0',
      pass: wrong === 0,
      number: wrong,
    },
    {
      name: `JS heap, 1 → ${PASSES} passes (MB)`,
      value: `${memo((m) => m.heapMB, 1)} (${pct(heapGrowth)})`,
      budget: '',
      number: heapGrowth,
    },
    {
      name: '  of which compiled code',
      value: `${memo(codeOf, 1)} (${pct(codeGrowth)})`,
      budget: '',
      number: codeGrowth,
    },
    {
      name: '  without compiled code',
      value: `${memo(withoutCode, 1)} (${pct(dataGrowth)})`,
      budget: '≤ +10 %',
      pass: dataGrowth <= 0.1,
      number: dataGrowth,
    },
    {
      name: `map style layers, 1 → ${PASSES}`,
      value: memo((m) => m.layers),
      budget: '≤ +10 %',
      pass: layerGrowth <= 0.1,
      number: layerGrowth,
    },
    {
      name: `map sources, 1 → ${PASSES}`,
      value: memo((m) => m.sources),
      budget: '≤ +10 %',
      pass: sourceGrowth <= 0.1,
      number: sourceGrowth,
    },
    {
      name: `DOM nodes, 1 → ${PASSES}`,
      value: memo((m) => m.domNodes),
      budget: '',
      number: growth((m) => m.domNodes),
    },
  ];
  return { figures, initialJs, appJs, jsBudget, firstScreen, geo };
}
