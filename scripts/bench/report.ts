/**
 * The benchmark's report: the figures as a table with their budgets on the console, and every
 * figure, each run's raw values and the machine in bench-results/bench.json; the same for the
 * first-load comparison with the story-map template, in a table of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { DESKTOP, PHONE } from '../viewports.ts';
import type { CompareResult } from './compare.ts';
import { kb, type Figure, type Figures } from './figures.ts';
import { JUMPS, PASSES, type BenchOptions } from './options.ts';
import type { Run } from './run.ts';

export interface ReportInputs {
  options: BenchOptions;
  chromiumVersion: string;
  /** When the benchmark started (epoch ms) and the load average then. */
  started: number;
  loadBefore: number[];
  /** The app benchmark's figures and runs (none with `--compare-only`). */
  app?: Figures & { runs: Run[] };
  /** The first-load comparison with the story-map template. */
  comparison?: CompareResult;
}

const row = (f: Figure): string => {
  const result = f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL';
  return `${f.name.padEnd(38)} ${f.value.padEnd(30)} ${f.budget.padEnd(12)} ${result}`;
};
const header = `${'figure'.padEnd(38)} ${'value'.padEnd(30)} ${'budget'.padEnd(12)} result`;
const forJson = (figures: Figure[]) =>
  figures.map(({ name, value, budget, pass, number }) => ({
    name: name.trim(),
    value,
    number,
    budget: budget || null,
    pass: pass ?? null,
  }));

/** Print the report and write it to bench-results/bench.json. */
export function report({
  options: { runs: count, throttle },
  chromiumVersion,
  started,
  loadBefore,
  app,
  comparison,
}: ReportInputs): void {
  const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
  const commit = `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--', 'src', 'stories', 'geo']) ? ' + uncommitted changes' : ''}`;
  const cpus = os.cpus();
  const machine = {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { before: loadBefore, after: os.loadavg() },
  };
  const minutes = (Date.now() - started) / 60000;
  const plural = count > 1 ? 's' : '';
  if (app) {
    console.log(
      `\napp benchmark: median of ${count} run${plural}, CPU throttled ${throttle}×, ` +
        `${PHONE.width}×${PHONE.height} viewport (jumps ${DESKTOP.width}×${DESKTOP.height}), ${minutes.toFixed(1)} min`,
    );
  }
  console.log(
    `${app ? '' : '\n'}commit ${commit}; machine: ${machine.cpu}, Chromium ${machine.chromium}, load average ` +
      `${machine.loadAverage.before[0]!.toFixed(2)} before, ${machine.loadAverage.after[0]!.toFixed(2)} after`,
  );
  if (app) {
    const { figures, initialJs, jsBudget, appJs, firstScreen, runs } = app;
    console.log(header);
    for (const f of figures) console.log(row(f));
    if (initialJs > jsBudget) {
      console.log(
        `\ninitial JS is ${kb(initialJs - jsBudget)} over budget: the app's own first-screen JS is ` +
          `${kb(appJs)} of the 60 KB it may add to MapLibre (${firstScreen.join(', ')})`,
      );
    }
    for (const r of runs) for (const e of r.errors.slice(0, 5)) console.log(`console error: ${e}`);
  }
  if (comparison) {
    const { template: t, viewport } = comparison;
    console.log(
      `\nfirst load against the template (${t.repo} ${t.commit.slice(0, 7)}, MapLibre ${t.maplibreVersion}): ` +
        `median of ${count} round${plural}, ours then the template's, ${viewport.width}×${viewport.height}, ` +
        `CPU throttled ${throttle}×, served uncompressed${app ? '' : `, ${minutes.toFixed(1)} min`}`,
    );
    console.log(header);
    for (const f of comparison.figures) console.log(row(f));
    for (const r of comparison.rounds) {
      for (const [side, load] of Object.entries(r))
        for (const e of load.errors.slice(0, 5)) console.log(`console error (${side}): ${e}`);
    }
  }

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit,
        machine,
        ...(app
          ? {
              settings: {
                runs: count,
                cpuThrottling: throttle,
                viewport: PHONE,
                jumpsViewport: DESKTOP,
                jumps: JUMPS,
                passes: PASSES,
              },
              figures: forJson(app.figures),
              files: { firstScreenScripts: app.firstScreen, geometry: app.geo },
              runs: app.runs,
            }
          : {}),
        ...(comparison
          ? {
              comparison: {
                template: comparison.template,
                settings: { rounds: count, cpuThrottling: throttle, viewport: comparison.viewport },
                figures: forJson(comparison.figures),
                medians: comparison.medians,
                rounds: comparison.rounds,
              },
            }
          : {}),
      },
      null,
      2,
    )}\n`,
  );
  console.log('\nwritten to bench-results/bench.json');
}
