/**
 * Running an experiment's design: the runs of the plan (or of one shard of it) in run-index order in
 * this thread, each finished row appended at once to `points.partial.csv`, so an interrupted sweep
 * loses at most the run in progress and `resume` continues after the last complete row. When every
 * run is done the partial file becomes `points.csv`; `design.csv` and `manifest.json` follow.
 * Runs execute in-process one after another (deterministic, identical for any sharding); spreading a
 * sweep over worker threads is not done yet: split it with shards across processes instead.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { type PointRow, runPlan } from '../experiments/plan.js';
import type { EnsembleProgress } from '../ensemble/ensemble.js';
import { type Shard, shardRange } from '../ensemble/plan.js';
import { writeFileAtomic } from '../io/atomic.js';
import { fmt } from '../io/csv.js';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { designCsv, parsePointsCsv, pointsCsvHeader, pointsCsvRow } from './experiment-io.js';
import type { LoadedExperiment } from './experiment-file.js';
import { cogovVersion } from './version.js';

/** Options of {@link runSweep}. */
export interface SweepOptions {
  out: string;
  shard?: Shard;
  resume?: boolean;
  /** The command line, for the manifest. */
  command?: string;
  onProgress?: (p: EnsembleProgress) => void;
}

/** What a sweep did and wrote. */
export interface SweepReport {
  rows: PointRow[];
  first: number;
  end: number;
  executed: number;
  resumed: number;
  wallTimeSeconds: number;
  files: string[];
}

/** Name of the row journal of an unfinished sweep. */
export const PARTIAL_FILE = 'points.partial.csv';

/** Run the experiment's design (or a shard of it) and write points.csv, design.csv and manifest.json. */
export function runSweep(loaded: LoadedExperiment, opts: SweepOptions): SweepReport {
  const t0 = performance.now();
  const { plan } = loaded;
  const { first, end } = shardRange(plan.runs, opts.shard);
  mkdirSync(opts.out, { recursive: true });
  const partial = join(opts.out, PARTIAL_FILE);
  rmSync(join(opts.out, 'points.csv'), { force: true });
  rmSync(join(opts.out, 'manifest.json'), { force: true });

  let rows: PointRow[] = [];
  if (opts.resume && existsSync(partial)) {
    const text = readFileSync(partial, 'utf8');
    const cut = text.lastIndexOf('\n') + 1;
    rows = parsePointsCsv(text.slice(0, cut), plan, partial);
    rows.forEach((r, i) => {
      if (r.run !== first + i)
        throw new Error(`${partial}: row ${i + 2} is run ${r.run}, expected ${first + i}`);
    });
    writeFileSync(partial, text.slice(0, cut));
  } else {
    writeFileSync(partial, pointsCsvHeader(plan));
  }
  const resumed = rows.length;
  const tRun = performance.now();
  let executed = 0;
  runPlan(loaded.plan, loaded.base.scenario, first + resumed, end, (row) => {
    appendFileSync(partial, pointsCsvRow(row));
    // Keep the values as written, so an analysis of points.csv later gives the same bits.
    rows.push({
      ...row,
      indicators: row.indicators.map((v) => (Number.isFinite(v) ? Number(fmt(v)) : Number.NaN)),
    });
    executed++;
    if (opts.onProgress) {
      const elapsed = (performance.now() - tRun) / 1000;
      const rate = executed / Math.max(elapsed, 1e-9);
      const done = resumed + executed;
      opts.onProgress({
        done,
        total: end - first,
        resumed,
        elapsedSeconds: elapsed,
        runsPerSecond: rate,
        etaSeconds: (end - first - done) / rate,
      });
    }
  });
  renameSync(partial, join(opts.out, 'points.csv'));
  writeFileAtomic(join(opts.out, 'design.csv'), designCsv(plan));
  const files = ['points.csv', 'design.csv', 'manifest.json'];
  const wallTimeSeconds = Math.round((performance.now() - t0) / 10) / 100;
  writeFileAtomic(
    join(opts.out, 'manifest.json'),
    `${JSON.stringify(experimentManifest(loaded, { first, end, shard: opts.shard, wallTimeSeconds, resumed, files, command: opts.command }), null, 2)}\n`,
  );
  return { rows, first, end, executed, resumed, wallTimeSeconds, files };
}

/** Provenance of an experiment's outputs. */
export function experimentManifest(
  loaded: LoadedExperiment,
  extra: {
    first: number;
    end: number;
    shard?: Shard;
    wallTimeSeconds: number;
    resumed: number;
    files: string[];
    command?: string;
  },
): Record<string, unknown> {
  const { plan, experiment } = loaded;
  return {
    cogovVersion: cogovVersion(),
    experimentFile: loaded.file,
    experimentSha256: loaded.sha256,
    scenarioFile: loaded.base.file,
    scenarioSha256: loaded.base.sha256,
    design: experiment.design,
    factors: plan.factors.map((f) => ({
      name: f.name,
      path: f.path,
      range: f.range ?? null,
      values: f.values ?? null,
    })),
    designPoints: plan.design.points.length,
    replicates: plan.replicates,
    runs: plan.runs,
    seed: plan.seed,
    seedRule: `replicate r of every design point runs on seed(r): ${RUN_SEED_RULE}`,
    runIndex: 'run = point × replicates + replicate',
    shard: extra.shard
      ? { k: extra.shard.k, n: extra.shard.n, firstRun: extra.first, endRun: extra.end }
      : null,
    resumedRuns: extra.resumed,
    execution: 'in-process, run-index order',
    wallTimeSeconds: extra.wallTimeSeconds,
    nodeVersion: process.version,
    command: extra.command ?? null,
    files: extra.files,
  };
}
