/**
 * Running an optimisation (`cogov optimize`): the optimiser (sim/experiments/optimiser.ts) plans
 * each generation's runs; they are dispatched to the ensemble's executor (in-process for W = 1, a
 * pool of W worker threads otherwise) exactly as a sweep's design points are, each candidate × state
 * a scenario key carrying its patched scenario. Finished runs are appended to `runs.journal.csv` in
 * run-index order (a run finished ahead of its turn waits until the runs before it are written), and
 * every indicator is kept as written (12 significant digits), so the search sees the same numbers
 * whether a run was executed now or read back from the journal. `--resume` replays the
 * deterministic search, taking each run the journal holds (checked to be that very run) instead of
 * executing it: the outputs are byte-identical to an uninterrupted run, for any W. When the search is
 * over the journal becomes runs.csv; evaluations.csv, pareto.csv, convergence.csv, dictionary.csv and
 * manifest.json (last) follow.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../scenarios/schema.js';
import type { Message } from '../../scenarios/messages/render.js';
import { dictionaryCsv } from '../../viz/dictionary.js';
import type { FactorValue } from '../analysis/factors.js';
import { dispatchRuns } from '../ensemble/dispatch.js';
import type { EnsembleProgress } from '../ensemble/ensemble.js';
import type { PlannedRun } from '../ensemble/plan.js';
import { createExecutor, type Executor } from '../ensemble/pool.js';
import type { RunSuccess } from '../ensemble/task.js';
import { type CandidateEvaluation, createOptimiser, type OptimisationRun } from '../experiments/optimiser.js';
import { describeValues, patchScenario } from '../experiments/patch.js';
import { writeFileAtomic } from '../io/atomic.js';
import { makeDir } from '../io/make-dir.js';
import type { Lang } from '../kernel/i18n.js';
import { CliMessageError, msg, runErrorText } from '../messages/catalog.js';
import { fmt } from '../outputs/csv.js';
import { OPTIMISATION_JOURNAL_FILE } from '../outputs/optimisation.js';
import {
  convergenceCsv,
  evaluationsCsv,
  hypervolumeScale,
  JournalError,
  journalIndicators,
  readJournal,
  runsHeader,
  runsRow,
} from './optimise-io.js';
import type { LoadedOptimisation } from './optimise-file.js';
import { optimisationManifest } from './optimise-manifest.js';

/** Options of {@link runOptimisation}. */
export interface OptimisationOptions {
  out: string;
  resume?: boolean;
  /** The command line, for the manifest. */
  command?: string;
  /** Worker threads (default 1: in-process). */
  workers?: number;
  workerUrl?: URL;
  /** Aborting stops the search: runs written so far stay in the journal for `resume`. */
  signal?: AbortSignal;
  /** A generation begins: its number, the last generation, its runs to execute and those taken from the journal. */
  onGeneration?: (g: { generation: number; generations: number; runs: number; resumed: number }) => void;
  /** Progress within the current generation (`done`/`total` count the generation's runs). */
  onProgress?: (p: EnsembleProgress & { generation: number }) => void;
}

/** Thrown when the signal stopped the search; `done` runs are in the journal. */
export class OptimisationInterruptedError extends Error {
  constructor(readonly done: number) {
    super(`optimisation interrupted after ${done} runs`);
    this.name = 'OptimisationInterruptedError';
  }
}

/** Thrown when a run fails: the lowest failing run, its candidate's lever values, state and seed. */
export class OptimisationRunError extends CliMessageError {
  constructor(
    vars: { index: number; candidate: number; values: string; state: string; seed: number; message: string },
    readonly detail?: Message,
  ) {
    super('optimiseRunFailed', vars);
    this.name = 'OptimisationRunError';
  }

  override in(lang: Lang): string {
    return msg(lang, this.key, {
      ...this.vars,
      message: runErrorText(lang, String(this.vars['message']), this.detail),
    });
  }
}

/** What an optimisation did and wrote. */
export interface OptimisationReport {
  evaluations: CandidateEvaluation[];
  pareto: CandidateEvaluation[];
  generations: number;
  runs: number;
  candidates: number;
  executed: number;
  resumed: number;
  wallTimeSeconds: number;
  files: string[];
  workers: number;
}

/** The files of an optimisation's folder, in the order the manifest lists them. */
export const OPTIMISATION_FILES = [
  'runs.csv',
  'evaluations.csv',
  'pareto.csv',
  'convergence.csv',
  'dictionary.csv',
  'manifest.json',
] as const;

/** Run the optimisation and write its files into `opts.out`. */
export async function runOptimisation(
  loaded: LoadedOptimisation,
  opts: OptimisationOptions,
): Promise<OptimisationReport> {
  const t0 = performance.now();
  const { plan } = loaded;
  makeDir(opts.out);
  const journal = join(opts.out, OPTIMISATION_JOURNAL_FILE);
  for (const f of OPTIMISATION_FILES) rmSync(join(opts.out, f), { force: true });
  let replay: string[][] = [];
  if (opts.resume && existsSync(journal)) {
    const read = readJournal(readFileSync(journal, 'utf8'), plan, journal);
    replay = read.rows;
    writeFileSync(journal, read.kept);
  } else writeFileSync(journal, runsHeader(plan));

  const optimiser = createOptimiser(plan);
  const workers = Math.max(1, opts.workers ?? 1);
  const evaluations: CandidateEvaluation[] = [];
  const scenarios = new Map<number, Scenario>();
  let resumed = 0;
  let executed = 0;
  // One executor (pool of worker threads) for the whole search, started when a run is first needed.
  let pool: Executor | undefined;
  const executor = (): Executor => {
    pool ??= createExecutor(loaded.base.scenario, workers, opts.workerUrl);
    return pool;
  };
  try {
    for (let gen = optimiser.next(); gen !== undefined; gen = optimiser.next()) {
      const valuesOf = (r: OptimisationRun): FactorValue[] => optimiser.candidate(r.candidate).values;
      const keep = (r: OptimisationRun, indicators: Float64Array): void => {
        // The numbers as written, so a resumed search sees exactly what an uninterrupted one saw.
        optimiser.record(
          r,
          indicators.map((v) => (Number.isFinite(v) ? Number(fmt(v)) : Number.NaN)),
        );
      };
      const todo: OptimisationRun[] = [];
      for (const r of gen.runs) {
        if (r.run < replay.length) {
          keep(r, journalIndicators(plan, replay[r.run], r, valuesOf(r), `${journal}:${r.run + 2}`));
          resumed++;
        } else todo.push(r);
      }
      opts.onGeneration?.({
        generation: gen.generation,
        generations: plan.algorithm.generations,
        runs: todo.length,
        resumed: gen.runs.length - todo.length,
      });
      const waiting = new Map<number, Float64Array>();
      let next = 0;
      const tRun = performance.now();
      const byIndex = new Map(todo.map((r) => [r.run, r]));
      const onSuccess = (o: RunSuccess): undefined => {
        waiting.set(o.index, o.indicators);
        const before = next;
        for (let ind = waiting.get(todo[next]?.run); ind; ind = waiting.get(todo[next]?.run)) {
          const r = todo[next++];
          waiting.delete(r.run);
          appendFileSync(journal, runsRow(plan, r, valuesOf(r), ind));
          keep(r, ind);
          executed++;
        }
        if (opts.onProgress && next > before) {
          const elapsed = (performance.now() - tRun) / 1000;
          const rate = next / Math.max(elapsed, 1e-9);
          opts.onProgress({
            generation: gen.generation,
            done: next,
            total: todo.length,
            resumed: 0,
            elapsedSeconds: elapsed,
            runsPerSecond: rate,
            etaSeconds: (todo.length - next) / rate,
          });
        }
      };
      const key = (r: OptimisationRun) => r.candidate * plan.states.length + r.state;
      const failures = await dispatchRuns({
        scenario: loaded.base.scenario,
        todo: todo.map((r): PlannedRun => ({ index: r.run, seed: r.seed })),
        lanes: Math.min(workers, Math.max(1, todo.length)),
        executor: todo.length > 0 ? executor() : undefined,
        signal: opts.signal,
        scenarioOf: (p) => {
          const r = byIndex.get(p.index)!;
          const k = key(r);
          let scenario = scenarios.get(k);
          if (!scenario) {
            scenarios.clear();
            scenario = candidateScenario(loaded, valuesOf(r), r.state);
            scenarios.set(k, scenario);
          }
          return { key: k, scenario };
        },
        onSuccess,
      });
      if (failures.length > 0) {
        const f = failures.reduce((a, b) => (b.index < a.index ? b : a));
        const r = byIndex.get(f.index)!;
        throw new OptimisationRunError(
          {
            index: f.index,
            candidate: r.candidate,
            values: describeValues(plan.levers, valuesOf(r)),
            state: plan.hasStates ? String(r.state) : '—',
            seed: f.seed,
            message: f.message,
          },
          f.detail,
        );
      }
      if (next < todo.length) throw new OptimisationInterruptedError(optimiser.runs);
      evaluations.push(...optimiser.select());
    }
  } finally {
    await pool?.close();
  }
  if (replay.length > optimiser.runs)
    throw new JournalError('journalExtra', { source: journal, rows: replay.length, runs: optimiser.runs });

  renameSync(journal, join(opts.out, 'runs.csv'));
  const pareto = optimiser.pareto();
  const summaries = optimiser.summaries();
  const scale = hypervolumeScale(plan, summaries);
  writeFileAtomic(join(opts.out, 'evaluations.csv'), evaluationsCsv(plan, evaluations));
  writeFileAtomic(join(opts.out, 'pareto.csv'), evaluationsCsv(plan, pareto));
  writeFileAtomic(join(opts.out, 'convergence.csv'), convergenceCsv(summaries, scale));
  writeFileAtomic(join(opts.out, 'dictionary.csv'), dictionaryCsv(loaded.base.scenario.calendar.keyYear));
  const files = [...OPTIMISATION_FILES];
  const sha256: Record<string, string> = {};
  for (const f of files.slice(0, -1))
    sha256[f] = createHash('sha256')
      .update(new Uint8Array(readFileSync(join(opts.out, f))))
      .digest('hex');
  const generations = summaries.length - 1;
  const wallTimeSeconds = Math.round((performance.now() - t0) / 10) / 100;
  const manifest = optimisationManifest(loaded, {
    scale,
    totals: {
      runs: optimiser.runs,
      candidates: optimiser.candidates,
      generations,
      evaluations: evaluations.length,
      front: pareto.length,
    },
    resumed,
    workers,
    wallTimeSeconds,
    command: opts.command,
    files,
    sha256,
  });
  writeFileAtomic(join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    evaluations,
    pareto,
    generations,
    runs: optimiser.runs,
    candidates: optimiser.candidates,
    executed,
    resumed,
    wallTimeSeconds,
    files,
    workers,
  };
}

/** The base scenario with a candidate's lever values and a state's uncertainty values, validated. */
function candidateScenario(
  loaded: LoadedOptimisation,
  values: readonly FactorValue[],
  state: number,
): Scenario {
  const { plan } = loaded;
  const factors = [...plan.levers, ...plan.uncertainties];
  const all = [...values, ...(plan.hasStates ? plan.states[state] : [])];
  const patched = patchScenario(loaded.base.scenario, factors, all);
  if (patched.ok) return patched.scenario;
  const what = patched.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new Error(`candidate ${describeValues(factors, all)} makes an invalid scenario: ${what}`);
}
