/**
 * Output files of a single run (`cogov run FILE --seed S --out DIR`): curves.csv (tidy: one row per
 * metric and tick), runs.csv (one row per run with its key indicators), summary.json and
 * manifest.json. Contents are built in memory first and written atomically, manifest last, so a failed
 * run leaves nothing that looks complete.
 */
import { join } from 'node:path';
import { KEY_INDICATORS } from '../metrics.js';
import type { RunResult } from '../run.js';
import { writeFileAtomic } from './atomic.js';
import { csvLine, fmt } from './csv.js';

/** Provenance of a run for the manifest. */
export interface Provenance {
  version: string;
  scenarioId: string;
  scenarioFile: string;
  scenarioSha256: string;
  nodeVersion: string;
  wallTimeSeconds: number;
  command: string;
}

/** curves.csv of one run. */
export function curvesCsv(scenarioId: string, run: number, r: RunResult): string {
  const parts: string[] = [csvLine(['scenario', 'run', 'seed', 'metric', 'tick', 'date', 'value'])];
  for (let m = 0; m < r.metrics.length; m++) {
    for (let t = 0; t < r.ticks; t++) {
      parts.push(csvLine([scenarioId, run, r.seed, r.metrics[m], t, r.dates[t], r.values[m * r.ticks + t]]));
    }
  }
  return parts.join('');
}

/** runs.csv rows for a list of runs. */
export function runsCsv(scenarioId: string, runs: readonly { run: number; result: RunResult }[]): string {
  const names = KEY_INDICATORS.map((k) => k.name);
  const lines = [csvLine(['scenario', 'run', 'seed', ...names])];
  for (const { run, result } of runs) {
    lines.push(csvLine([scenarioId, run, result.seed, ...names.map((n) => result.indicators[n])]));
  }
  return lines.join('');
}

/** Write the outputs of one run into `dir`. */
export function writeSingleRun(dir: string, r: RunResult, p: Provenance): void {
  const curves = curvesCsv(p.scenarioId, 0, r);
  const runs = runsCsv(p.scenarioId, [{ run: 0, result: r }]);
  const summary = {
    scenario: p.scenarioId,
    runs: 1,
    seed: r.seed,
    indicators: Object.fromEntries(
      KEY_INDICATORS.map((k) => [
        k.name,
        { unit: k.unit, value: Number(fmt(r.indicators[k.name]) || 'NaN') },
      ]),
    ),
    money: {
      sourcesRmb: r.money.sourcesFen / 100,
      usesRmb: r.money.usesFen / 100,
      balancesRmb: r.money.internalFen / 100,
    },
  };
  const manifest = {
    cogovVersion: p.version,
    scenario: p.scenarioId,
    scenarioFile: p.scenarioFile,
    scenarioSha256: p.scenarioSha256,
    seed: r.seed,
    runs: 1,
    nodeVersion: p.nodeVersion,
    command: p.command,
    wallTimeSeconds: p.wallTimeSeconds,
  };
  writeFileAtomic(join(dir, 'curves.csv'), curves);
  writeFileAtomic(join(dir, 'runs.csv'), runs);
  writeFileAtomic(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileAtomic(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
