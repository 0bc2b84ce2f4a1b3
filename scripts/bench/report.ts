/**
 * The benchmark's report: the figures as a table with their budgets on the console, and every
 * figure, each run's raw values and the machine in bench-results/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { DESKTOP, PHONE } from '../viewports.ts';
import { kb, type Figures } from './figures.ts';
import { JUMPS, PASSES, type BenchOptions } from './options.ts';
import type { Run } from './run.ts';

export interface ReportInputs extends Figures {
  runs: Run[];
  options: BenchOptions;
  chromiumVersion: string;
  /** When the benchmark started (epoch ms) and the load average then. */
  started: number;
  loadBefore: number[];
}

/** Print the report and write it to bench-results/bench.json. */
export function report({
  runs,
  options: { runs: count, throttle },
  chromiumVersion,
  started,
  loadBefore,
  figures,
  initialJs,
  appJs,
  jsBudget,
  firstScreen,
  geo,
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
  console.log(
    `\napp benchmark: median of ${count} run${count > 1 ? 's' : ''}, CPU throttled ${throttle}×, ` +
      `${PHONE.width}×${PHONE.height} viewport (jumps ${DESKTOP.width}×${DESKTOP.height}), ${minutes.toFixed(1)} min`,
  );
  console.log(
    `commit ${commit}; machine: ${machine.cpu}, Chromium ${machine.chromium}, load average ` +
      `${machine.loadAverage.before[0]!.toFixed(2)} before, ${machine.loadAverage.after[0]!.toFixed(2)} after`,
  );
  console.log(`${'figure'.padEnd(38)} ${'value'.padEnd(30)} ${'budget'.padEnd(12)} result`);
  for (const f of figures) {
    const result = f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL';
    console.log(`${f.name.padEnd(38)} ${f.value.padEnd(30)} ${f.budget.padEnd(12)} ${result}`);
  }
  if (initialJs > jsBudget) {
    console.log(
      `\ninitial JS is ${kb(initialJs - jsBudget)} over budget: the app's own first-screen JS is ` +
        `${kb(appJs)} of the 60 KB it may add to MapLibre (${firstScreen.join(', ')})`,
    );
  }
  for (const r of runs) for (const e of r.errors.slice(0, 5)) console.log(`console error: ${e}`);

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit,
        machine,
        settings: {
          runs: count,
          cpuThrottling: throttle,
          viewport: PHONE,
          jumpsViewport: DESKTOP,
          jumps: JUMPS,
          passes: PASSES,
        },
        figures: figures.map(({ name, value, budget, pass, number }) => ({
          name: name.trim(),
          value,
          number,
          budget: budget || null,
          pass: pass ?? null,
        })),
        files: { firstScreenScripts: firstScreen, geometry: geo },
        runs,
      },
      null,
      2,
    )}\n`,
  );
  console.log('\nwritten to bench-results/bench.json');
}
