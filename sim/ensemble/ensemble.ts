/**
 * `runEnsemble`: N seeded runs of a scenario on W workers, journaled as they finish, then
 * aggregated in run-index order into the output files. Seeds are fixed before dispatch (run i gets
 * `runSeed(base, i)`), so the outputs are byte-identical for any W and any completion order; an
 * interrupted ensemble resumes from its journal; a shard runs one contiguous slice of the indices.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { LoadedScenario } from '../../scenarios/load.js';
import type { Scenario } from '../../scenarios/schema.js';
import { cogovVersion } from '../io/version.js';
import { hash32, RUN_SEED_RULE } from '../kernel/rng.js';
import { KEY_INDICATORS, METRICS } from '../model/metrics.js';
import type { EnsembleManifestJson } from '../outputs/ensemble.js';
import { type OutputFormat, tableFile } from '../outputs/parquet.js';
import { monthsBetween, tickLabel } from '../kernel/calendar.js';
import { EXACT_QUANTILE_RUNS } from '../analysis/aggregate.js';
import { dispatchRuns } from './dispatch.js';
import { EnsembleInputError, EnsembleInterruptedError, RunFailedError } from './errors.js';
import {
  clearOutputs,
  type EnsembleResults,
  type OutputMeta,
  writeEnsembleResults,
  writeShardResults,
} from './finish.js';
import { Journal, type JournalIdentity, journalDir, layoutOf } from './journal.js';
import { MAX_RUNS, MAX_SEED, planRuns, type Shard, shardRange } from './plan.js';
import { SKETCH_ALPHA } from '../analysis/sketch.js';
import type { RunFailure } from './task.js';
import { makeDir } from '../io/make-dir.js';

/** Progress of an ensemble, reported after every finished run. */
export interface EnsembleProgress {
  /** Runs finished, including those taken from the journal. */
  done: number;
  /** Runs this invocation covers (all, or the shard's slice). */
  total: number;
  /** Runs taken from the journal of an interrupted ensemble. */
  resumed: number;
  elapsedSeconds: number;
  /** Runs finished per second in this invocation. */
  runsPerSecond: number;
  /** Seconds left at the current rate (NaN before the first run). */
  etaSeconds: number;
}

/** Options of {@link runEnsemble}. */
export interface EnsembleOptions {
  /** Output folder (created). */
  out: string;
  /** Number of runs (default: the scenario's `ensemble.runs`). */
  runs?: number;
  /** Base seed (default: the scenario's `ensemble.seed`). */
  seed?: number;
  /** Worker threads (default: available cores; 1 runs in-process). */
  workers?: number;
  /** Continue the journaled ensemble in `out` instead of starting over. */
  resume?: boolean;
  /** Run only shard k of n (contiguous blocks of run indices, see `shardRange`). */
  shard?: Shard;
  /** Also write every run's trajectories (trajectories.csv). */
  trajectories?: boolean;
  /** Format of runs and trajectories (default csv; parquet adds curves.parquet beside curves.csv). */
  format?: OutputFormat;
  /** Scenario identifier in outputs (default: the file name without extension, or "scenario"). */
  scenarioId?: string;
  /** The command line, recorded in the manifest. */
  command?: string;
  /** Stops the ensemble; finished runs stay journaled for a resume. */
  signal?: AbortSignal;
  onProgress?: (p: EnsembleProgress) => void;
  /** Worker script (default: the compiled `dist/sim/ensemble/worker.js`); given, threads are used even for W = 1. */
  workerUrl?: URL;
}

/** What {@link runEnsemble} did and wrote. */
export interface EnsembleReport {
  out: string;
  scenario: string;
  runs: number;
  seed: number;
  workers: number;
  shard: Shard | null;
  /** Runs executed in this invocation. */
  executed: number;
  /** Runs taken from the journal. */
  resumed: number;
  wallTimeSeconds: number;
  files: string[];
  /** Aggregates (undefined for a shard, whose outputs are merged later, or a resume of a finished ensemble). */
  results?: EnsembleResults;
  manifest: Record<string, unknown>;
}

/** How quantiles are computed, stated in manifests. */
export const QUANTILE_METHOD =
  `type 7 (linear interpolation between order statistics); exact up to ${EXACT_QUANTILE_RUNS} runs, ` +
  `beyond that within ${SKETCH_ALPHA * 100} % (relative) of the exact order statistics (log-bucket sketch)`;

function isLoaded(s: Scenario | LoadedScenario): s is LoadedScenario {
  return 'sha256' in s && 'scenario' in s && 'file' in s;
}

/** Identifier of a scenario file in outputs: its name without extension. */
export function scenarioIdOf(file: string): string {
  return basename(file, extname(file));
}

/** The scenario, its identifier, file and content hash. */
export function describeInput(input: Scenario | LoadedScenario, scenarioId?: string) {
  if (isLoaded(input)) {
    return {
      scenario: input.scenario,
      id: scenarioId ?? scenarioIdOf(input.file),
      file: input.file as string | null,
      sha256: input.sha256,
    };
  }
  const sha256 = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  return { scenario: input, id: scenarioId ?? 'scenario', file: null as string | null, sha256 };
}

/**
 * The manifest of a finished ensemble in `out` with this identity (and trajectories when asked),
 * or undefined: a `--resume` of an ensemble that already finished has nothing to run.
 */
function finishedBefore(out: string, id: JournalIdentity, trajectories: boolean, format: OutputFormat) {
  if (existsSync(journalDir(out))) return undefined;
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  // Not a manifest of ours (null, a list, hand-edited): like an unreadable one, nothing finished here.
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const shard = m['shard'] as { k: number; n: number } | null;
  const same =
    m['cogovVersion'] === id.cogovVersion &&
    m['scenario'] === id.scenario &&
    m['scenarioSha256'] === id.scenarioSha256 &&
    m['seed'] === id.seed &&
    m['runs'] === id.runs &&
    (shard ? `${shard.k}/${shard.n}` : null) === (id.shard ? `${id.shard.k}/${id.shard.n}` : null);
  const files = Array.isArray(m['files']) ? (m['files'] as string[]) : [];
  const complete = files.length > 0 && files.every((f) => existsSync(join(out, f)));
  const wanted =
    files.includes(tableFile('runs', format)) &&
    (id.shard !== null || !trajectories || files.includes(tableFile('trajectories', format)));
  return same && complete && wanted ? { manifest: m, files } : undefined;
}

function checkInt(name: string, v: number, min: number, max: number): void {
  if (!Number.isSafeInteger(v) || v < min || v > max) {
    throw new EnsembleInputError('intRange', { name, min, max, value: v });
  }
}

/**
 * Run a seeded ensemble of `scenario` (a validated scenario, or a loaded file) and write its outputs
 * to `options.out`. Throws {@link RunFailedError} when a run throws (no summary is written),
 * {@link EnsembleInterruptedError} when aborted, {@link EnsembleInputError} for bad options.
 */
export async function runEnsemble(
  input: Scenario | LoadedScenario,
  options: EnsembleOptions,
): Promise<EnsembleReport> {
  const t0 = performance.now();
  const { scenario, id, file, sha256 } = describeInput(input, options.scenarioId);
  const runs = options.runs ?? scenario.ensemble.runs;
  const seed = options.seed ?? scenario.ensemble.seed;
  const workersWanted = options.workers ?? availableParallelism();
  checkInt('runs', runs, 1, MAX_RUNS);
  checkInt('seed', seed, 0, MAX_SEED);
  checkInt('workers', workersWanted, 1, 1024);
  const shard = options.shard ?? null;
  if (shard) {
    checkInt('shard count', shard.n, 1, runs);
    checkInt('shard', shard.k, 1, shard.n);
  }
  const range = shardRange(runs, shard ?? undefined);
  const ticks = monthsBetween(scenario.calendar.start, scenario.calendar.end) + 1;
  const identity: JournalIdentity = {
    cogovVersion: cogovVersion(),
    scenario: id,
    scenarioSha256: sha256,
    seed,
    runs,
    shard,
    metrics: METRICS.map((m) => m.name),
    ticks,
    indicators: KEY_INDICATORS.map((k) => k.name),
  };
  const meta: OutputMeta = {
    scenario: id,
    seed,
    runs,
    metrics: identity.metrics,
    dates: Array.from({ length: ticks }, (_, t) => tickLabel(scenario.calendar.start, t)),
    indicators: identity.indicators.length,
  };

  const total = range.end - range.first;
  const done = options.resume
    ? finishedBefore(options.out, identity, options.trajectories ?? false, options.format ?? 'csv')
    : undefined;
  if (done) {
    const wall = Math.round((performance.now() - t0) / 10) / 100;
    const base = {
      out: options.out,
      scenario: id,
      runs,
      seed,
      workers: 0,
      shard,
      executed: 0,
      resumed: total,
    };
    return { ...base, wallTimeSeconds: wall, files: done.files, manifest: done.manifest };
  }
  makeDir(options.out);
  const journal = Journal.open(options.out, identity, options.resume ?? false);
  clearOutputs(options.out);
  const resumed = journal.count;
  const todo = planRuns(seed, range, (i) => journal.has(i));
  const lanes = Math.max(1, Math.min(workersWanted, todo.length));

  let executed = 0;
  const tRun = performance.now();
  const progress = (done: number, rate: number) =>
    options.onProgress?.({
      done,
      total,
      resumed,
      elapsedSeconds: (performance.now() - tRun) / 1000,
      runsPerSecond: rate,
      etaSeconds: rate > 0 ? (total - done) / rate : Number.NaN,
    });
  if (todo.length > 0) progress(resumed, 0);
  let failures: RunFailure[];
  try {
    failures = await dispatchRuns({
      scenario,
      todo,
      lanes,
      workerUrl: options.workerUrl,
      signal: options.signal,
      onSuccess: (o) => {
        if (o.ticks !== ticks || o.metrics !== identity.metrics.length) {
          return `run returned ${o.metrics}×${o.ticks} values, expected ${identity.metrics.length}×${ticks}`;
        }
        journal.append({ index: o.index, seed: o.seed, indicators: o.indicators, values: o.values });
        executed++;
        progress(resumed + executed, executed / Math.max((performance.now() - tRun) / 1000, 1e-9));
        return undefined;
      },
    });
  } finally {
    journal.close();
  }

  if (failures.length > 0) {
    failures.sort((a, b) => a.index - b.index);
    const f = failures[0];
    throw new RunFailedError(f.index, f.seed, f.message, failures.length, f.stack, f.detail);
  }
  if (journal.count < total) throw new EnsembleInterruptedError(journal.count, total);

  const manifest = (files: string[]): EnsembleManifestJson => ({
    cogovVersion: identity.cogovVersion,
    scenario: id,
    scenarioFile: file,
    scenarioSha256: sha256,
    scenarioName: scenario.name,
    scenarioDescription: scenario.description,
    language: scenario.language,
    seed,
    runs,
    seedRule: RUN_SEED_RULE,
    outputLayout: outputLayoutSignature(),
    calendar: {
      start: scenario.calendar.start,
      end: scenario.calendar.end,
      ticks,
      keyYear: scenario.calendar.keyYear,
    },
    shard: shard ? { k: shard.k, n: shard.n, firstRun: range.first, endRun: range.end } : null,
    workers: lanes,
    resumedRuns: resumed,
    wallTimeSeconds: Math.round((performance.now() - t0) / 10) / 100,
    nodeVersion: process.version,
    command: options.command ?? null,
    quantiles: QUANTILE_METHOD,
    files,
    resolvedScenario: scenario,
  });
  const reader = journal.reader();
  let report: Pick<EnsembleReport, 'files' | 'results' | 'manifest'>;
  try {
    if (shard) {
      report = writeShardResults(
        options.out,
        meta,
        range,
        layoutOf(identity),
        reader,
        manifest,
        options.format,
      );
    } else {
      const trajectories = options.trajectories ?? false;
      const w = writeEnsembleResults(options.out, meta, reader, {
        trajectories,
        keyYear: scenario.calendar.keyYear,
        format: options.format,
        manifest,
      });
      report = { files: w.results.files, results: w.results, manifest: w.manifest };
    }
  } finally {
    reader.close();
  }
  journal.remove();
  return {
    out: options.out,
    scenario: id,
    runs,
    seed,
    workers: lanes,
    shard,
    executed,
    resumed,
    wallTimeSeconds: Math.round((performance.now() - t0) / 10) / 100,
    ...report,
  };
}

/**
 * Signature of the metric and key-indicator lists a build writes (FNV-1a of their names): shards and
 * journals from a build with other lists cannot be merged byte for byte, so merge refuses them.
 */
export function outputLayoutSignature(): string {
  const names = [...METRICS.map((m) => m.name), '|', ...KEY_INDICATORS.map((k) => k.name)].join(',');
  return `${METRICS.length}m-${KEY_INDICATORS.length}k-${hash32(names).toString(16)}`;
}
