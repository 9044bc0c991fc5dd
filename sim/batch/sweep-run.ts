/**
 * Running an experiment's design: the runs of the plan (or of one shard of it) on the ensemble's
 * executor (in-process for W = 1, a pool of W worker threads otherwise). Each task carries its design
 * point as scenario key and the patched scenario, which a worker keeps while its runs stay at that
 * point. Rows are appended to `points.partial.csv` in run-index order: a run finished ahead of its
 * turn waits in a buffer until the runs before it are written. So `points.csv` has the same bytes for
 * any W, any completion order and any sharding; an interrupted sweep loses at most the runs in flight
 * or buffered, and `resume` continues after the last complete row. When every run is done the partial
 * file becomes `points.csv`; `design.csv` and `manifest.json` follow.
 */
import type { Lang } from '../kernel/i18n.js';
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../scenarios/schema.js';
import { dispatchRuns } from '../ensemble/dispatch.js';
import type { EnsembleProgress } from '../ensemble/ensemble.js';
import { type PlannedRun, type Shard, shardRange } from '../ensemble/plan.js';
import type { RunSuccess } from '../ensemble/task.js';
import { describeValues, patchScenario } from '../experiments/patch.js';
import { type ExperimentPlan, type PointRow, runOf } from '../experiments/plan.js';
import { dictionaryCsv } from '../../viz/dictionary.js';
import { writeFileAtomic } from '../io/atomic.js';
import { fmt } from '../outputs/csv.js';
import type { ExperimentManifestJson } from '../outputs/experiments.js';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { designCsv, PointsCsvError, parsePointsCsv, pointsCsvHeader, pointsCsvRow } from './experiment-io.js';
import type { LoadedExperiment } from './experiment-file.js';
import type { Message } from '../../scenarios/messages/render.js';
import { CliMessageError, msg, runErrorText } from '../messages/catalog.js';
import { cogovVersion } from '../io/version.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { writePointsParquet } from './points-parquet.js';
import { makeDir } from '../io/make-dir.js';

/** Options of {@link runSweep}. */
export interface SweepOptions {
  out: string;
  shard?: Shard;
  resume?: boolean;
  /** The command line, for the manifest. */
  command?: string;
  /** Worker threads (default 1: in-process). */
  workers?: number;
  /** The worker script (default: {@link defaultWorkerUrl}). */
  workerUrl?: URL;
  /** Aborting stops the sweep: rows written so far stay in points.partial.csv for `resume`. */
  signal?: AbortSignal;
  onProgress?: (p: EnsembleProgress) => void;
  /** With parquet, points.parquet is written beside points.csv (default csv: points.csv only). */
  format?: OutputFormat;
}

/** Thrown when a sweep's signal aborted it before all runs were written. */
export class SweepInterruptedError extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
  ) {
    super(`sweep interrupted after ${written} of ${total} runs`);
    this.name = 'SweepInterruptedError';
  }
}

/** Thrown when a run of a sweep fails: the lowest failing run, its design point and seed. */
export class SweepRunError extends CliMessageError {
  constructor(
    vars: { index: number; point: number; values: string; seed: number; message: string },
    /** The run's message, structured, when it can be rendered in another language. */
    readonly detail?: Message,
  ) {
    super('sweepRunFailed', vars);
    this.name = 'SweepRunError';
  }

  override in(lang: Lang): string {
    return msg(lang, this.key, {
      ...this.vars,
      message: runErrorText(lang, String(this.vars['message']), this.detail),
    });
  }
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
  /** Worker threads used (1: in-process). */
  workers: number;
}

/** Name of the row journal of an unfinished sweep. */
export const PARTIAL_FILE = 'points.partial.csv';

/** Run the experiment's design (or a shard of it) and write points.csv, design.csv and manifest.json. */
export async function runSweep(loaded: LoadedExperiment, opts: SweepOptions): Promise<SweepReport> {
  const t0 = performance.now();
  const { plan } = loaded;
  const { first, end } = shardRange(plan.runs, opts.shard);
  makeDir(opts.out);
  const partial = join(opts.out, PARTIAL_FILE);
  rmSync(join(opts.out, 'points.csv'), { force: true });
  rmSync(join(opts.out, 'points.parquet'), { force: true });
  rmSync(join(opts.out, 'manifest.json'), { force: true });

  let rows: PointRow[] = [];
  if (opts.resume && existsSync(partial)) {
    const text = readFileSync(partial, 'utf8');
    const cut = text.lastIndexOf('\n') + 1;
    rows = parsePointsCsv(text.slice(0, cut), plan, partial);
    rows.forEach((r, i) => {
      if (r.run !== first + i)
        throw new PointsCsvError('pointsOrder', {
          source: partial,
          row: i + 2,
          run: r.run,
          expected: first + i,
        });
    });
    writeFileSync(partial, text.slice(0, cut));
  } else {
    writeFileSync(partial, pointsCsvHeader(plan));
  }
  const resumed = rows.length;
  const todo: PlannedRun[] = [];
  for (let i = first + resumed; i < end; i++) todo.push({ index: i, seed: runOf(plan, i).seed });
  const workers = Math.max(1, Math.min(opts.workers ?? 1, todo.length));
  const tRun = performance.now();
  let executed = 0;
  const write = (row: PointRow): void => {
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
  };
  // Runs finished ahead of their turn, by run index, until the runs before them are written.
  const waiting = new Map<number, PointRow>();
  let nextRun = first + resumed;
  const onSuccess = (o: RunSuccess): undefined => {
    const { point, replicate, seed } = runOf(plan, o.index);
    const values = plan.design.points[point];
    waiting.set(o.index, { run: o.index, point, replicate, seed, values, indicators: o.indicators });
    for (let row = waiting.get(nextRun); row; row = waiting.get(nextRun)) {
      waiting.delete(nextRun++);
      write(row);
    }
  };
  let cached: { key: number; scenario: Scenario } | undefined;
  const failures = await dispatchRuns({
    scenario: loaded.base.scenario,
    todo,
    lanes: workers,
    workerUrl: opts.workerUrl,
    signal: opts.signal,
    scenarioOf: (p) => {
      const { point } = runOf(plan, p.index);
      if (cached?.key !== point)
        cached = { key: point, scenario: pointScenario(plan, loaded.base.scenario, point) };
      return cached;
    },
    onSuccess,
  });
  if (failures.length > 0) {
    const f = failures.reduce((a, b) => (b.index < a.index ? b : a));
    const { point } = runOf(plan, f.index);
    throw new SweepRunError(
      {
        index: f.index,
        point,
        values: describeValues(plan.factors, plan.design.points[point]),
        seed: f.seed,
        message: f.message,
      },
      f.detail,
    );
  }
  if (nextRun < end) throw new SweepInterruptedError(nextRun - first, end - first);
  renameSync(partial, join(opts.out, 'points.csv'));
  const pointsPq = opts.format === 'parquet' ? [writePointsParquet(opts.out, plan, rows)] : [];
  writeFileAtomic(join(opts.out, 'design.csv'), designCsv(plan));
  writeFileAtomic(join(opts.out, 'dictionary.csv'), dictionaryCsv(loaded.base.scenario.calendar.keyYear));
  const files = ['points.csv', ...pointsPq, 'design.csv', 'dictionary.csv', 'manifest.json'];
  const wallTimeSeconds = Math.round((performance.now() - t0) / 10) / 100;
  writeFileAtomic(
    join(opts.out, 'manifest.json'),
    `${JSON.stringify(experimentManifest(loaded, { first, end, shard: opts.shard, wallTimeSeconds, resumed, files, command: opts.command, workers }), null, 2)}\n`,
  );
  return { rows, first, end, executed, resumed, wallTimeSeconds, files, workers };
}

/** The base scenario patched with the factor values of design point `point`. */
function pointScenario(plan: ExperimentPlan, base: Scenario, point: number): Scenario {
  const values = plan.design.points[point];
  const patched = patchScenario(base, plan.factors, values);
  if (patched.ok) return patched.scenario;
  const what = patched.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new Error(`design point ${point} (${describeValues(plan.factors, values)}) is invalid: ${what}`);
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
    /** Worker threads of the sweep (default 1: in-process). */
    workers?: number;
  },
): ExperimentManifestJson {
  const { plan, experiment } = loaded;
  return {
    cogovVersion: cogovVersion(),
    experimentFile: loaded.file,
    experimentSha256: loaded.sha256,
    name: experiment.name ?? null,
    description: experiment.description ?? null,
    indicators: [...experiment.indicators],
    scenarioName: loaded.base.scenario.name,
    calendar: {
      start: loaded.base.scenario.calendar.start,
      end: loaded.base.scenario.calendar.end,
      keyYear: loaded.base.scenario.calendar.keyYear,
    },
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
    execution:
      (extra.workers ?? 1) > 1
        ? `${extra.workers} worker threads, rows written in run-index order`
        : 'in-process, run-index order',
    wallTimeSeconds: extra.wallTimeSeconds,
    nodeVersion: process.version,
    command: extra.command ?? null,
    files: extra.files,
  };
}
