/**
 * Benchmark of the trajectory export (`cogov run --trajectories --format csv|parquet`): peak memory
 * and time of writing N runs' outputs through the ensemble's writer (sim/ensemble/finish.ts), which
 * reads stored runs one at a time. To keep the model's time out of the figure, R real runs of the
 * scenario are computed first and run i is given the values of real run i mod R (with its own
 * index and seed). Not a test: figures go to docs/PERFORMANCE.md.
 * Usage: node dist/bench/export-memory.js csv|parquet [runs=1000] [scenario=scenarios/demo-small.yaml] [real=20]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioFile } from '../scenarios/load.js';
import { writeEnsembleResults } from '../sim/ensemble/finish.js';
import type { RunRecord } from '../sim/ensemble/store.js';
import { runSeed } from '../sim/kernel/rng.js';
import { KEY_INDICATORS } from '../sim/model/metrics.js';
import { runOne } from '../sim/model/run.js';
import { isOutputFormat } from '../sim/outputs/parquet.js';

const format = process.argv[2] ?? 'csv';
if (!isOutputFormat(format)) throw new Error(`format must be csv or parquet, not ${format}`);
const runs = Number(process.argv[3] ?? 1000);
const file = process.argv[4] ?? 'scenarios/demo-small.yaml';
const real = Number(process.argv[5] ?? 20);
const { scenario } = loadScenarioFile(file);
const seed = scenario.ensemble.seed;
const done = Array.from({ length: real }, (_, i) => runOne(scenario, runSeed(seed, i)));
const { metrics, dates } = done[0];
const stored = done.map((r) => ({
  indicators: Float64Array.from(KEY_INDICATORS.map((k) => r.indicators[k.name])),
  values: r.values,
}));
const mb = (kb: number) => Math.round(kb / 1024);
const beforeRss = mb(process.resourceUsage().maxRSS);
const out = mkdtempSync(join(tmpdir(), 'cogov-export-'));
const t0 = performance.now();
writeEnsembleResults(
  out,
  { scenario: 'bench', seed, runs, metrics, dates, indicators: KEY_INDICATORS.length },
  {
    read(i: number): RunRecord {
      const s = stored[i % real];
      return { index: i, seed: runSeed(seed, i), indicators: s.indicators, values: s.values };
    },
  },
  { trajectories: true, keyYear: scenario.calendar.keyYear, format, manifest: (files) => ({ files }) },
);
const seconds = (performance.now() - t0) / 1000;
const sizes = Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).size]));
rmSync(out, { recursive: true, force: true });
console.log(
  JSON.stringify({
    format,
    runs,
    scenario: file,
    rowsPerRun: metrics.length * dates.length,
    peakRssBeforeExportMb: beforeRss,
    peakRssMb: mb(process.resourceUsage().maxRSS),
    exportSeconds: Math.round(seconds * 10) / 10,
    bytes: sizes,
  }),
);
