/**
 * Paired comparison of scenarios on common random numbers: run i of every scenario uses the seed
 * runSeed(seed, i), so the scenarios differ only in their parameters. Each scenario gets its own
 * executor of the ensemble engine (worker threads, or in-process for one worker); finished runs are
 * consumed strictly in run-index order once every scenario has finished that run, so the outputs are
 * byte-identical for any number of workers. A window bounds how far a fast scenario may run ahead.
 * Per scenario the curves (curves.csv statistics) and per-run key indicators are kept; per scenario
 * after the first, the difference to the first (the baseline) is accumulated per indicator and per
 * curve cell. Not resumable: an interrupted comparison starts over.
 */
import type { Lang } from '../kernel/i18n.js';
import { type LoadedScenario, loadScenarioFile } from '../../scenarios/load.js';
import type { Message } from '../../scenarios/messages/render.js';
import type { Scenario } from '../../scenarios/schema.js';
import { CurveAggregator, type CurveStats } from '../analysis/aggregate.js';
import { scenarioIdOf } from '../ensemble/ensemble.js';
import { createExecutor, defaultWorkerUrl, type Executor, ExecutorClosedError } from '../ensemble/pool.js';
import type { RunOutcome, RunSuccess } from '../ensemble/task.js';
import { type DifferenceCurves, PairedCurveAccumulator } from '../analysis/paired.js';
import { runSeed } from '../kernel/rng.js';
import { KEY_INDICATORS, METRICS } from '../model/metrics.js';
import { monthsBetween, tickLabel } from '../kernel/calendar.js';
import { CliMessageError } from '../messages/catalog.js';

/** Options of {@link runComparison}. */
export interface CompareOptions {
  runs: number;
  seed: number;
  /**
   * Worker threads in all, split evenly between the scenarios (at least one each); 1 runs everything
   * in-process.
   */
  workers: number;
  /** Worker script (default: the ensemble's compiled worker). */
  workerUrl?: URL;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** A scenario in a comparison. */
export interface ComparedScenario {
  id: string;
  file: string;
  sha256: string;
}

/** Everything a comparison produced, in memory. */
export interface ComparisonResult {
  scenarios: ComparedScenario[];
  runs: number;
  seed: number;
  dates: string[];
  metrics: string[];
  /** Per scenario: the run seeds' key indicators, run-major (runs × KEY_INDICATORS). */
  indicators: Float64Array[];
  /** Per scenario: curve statistics. */
  curves: CurveStats[];
  /** Per scenario after the first: difference curves to the first. */
  differences: DifferenceCurves[];
  /** Worker threads used in all (0: in-process). */
  workers: number;
  /** Per scenario: the scenario as run, every default filled in (as validated). */
  resolved: Scenario[];
}

/** Thrown when a run of one scenario fails: its scenario, run index and seed. */
export class CompareRunError extends Error {
  constructor(
    readonly scenario: string,
    readonly index: number,
    readonly seed: number,
    readonly runMessage: string,
    /** The run's message, structured, when it can be rendered in another language. */
    readonly runDetail?: Message,
  ) {
    super(`run ${index} (seed ${seed}) of ${scenario} failed: ${runMessage}`);
    this.name = 'CompareRunError';
  }
}

/** Thrown when the scenarios do not run over the same months (paired curves need them to). */
export class CompareCalendarError extends CliMessageError {
  constructor(vars: {
    file: string;
    start: string;
    end: string;
    baseline: string;
    baselineStart: string;
    baselineEnd: string;
  }) {
    super('compareCalendars', vars);
    this.name = 'CompareCalendarError';
  }
}

/** Load the scenario files, with unique ids (the file name; repeats get -2, -3 …). */
export function loadCompared(
  files: string[],
  lang?: Lang,
): { loaded: LoadedScenario[]; scenarios: ComparedScenario[] } {
  const loaded = files.map((f) => loadScenarioFile(f, { lang }));
  const seen = new Map<string, number>();
  const scenarios = loaded.map((l) => {
    const base = scenarioIdOf(l.file);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, file: l.file, sha256: l.sha256 };
  });
  return { loaded, scenarios };
}

/** Run every scenario on the same seeds and accumulate the paired statistics. */
export async function runComparison(
  loaded: LoadedScenario[],
  scenarios: ComparedScenario[],
  opts: CompareOptions,
): Promise<ComparisonResult> {
  const k = loaded.length;
  const cal = loaded[0].scenario.calendar;
  for (const l of loaded) {
    if (l.scenario.calendar.start !== cal.start || l.scenario.calendar.end !== cal.end) {
      throw new CompareCalendarError({
        file: l.file,
        start: l.scenario.calendar.start,
        end: l.scenario.calendar.end,
        baseline: loaded[0].file,
        baselineStart: cal.start,
        baselineEnd: cal.end,
      });
    }
  }
  const ticks = monthsBetween(cal.start, cal.end) + 1;
  const cells = METRICS.length * ticks;
  const K = KEY_INDICATORS.length;
  const { runs } = opts;
  const lanes = Math.max(1, Math.min(runs, Math.floor(opts.workers / k)));
  const curveAgg = loaded.map(() => new CurveAggregator(cells, runs));
  const diffAgg = loaded.slice(1).map(() => new PairedCurveAccumulator(cells));
  const indicators = loaded.map(() => new Float64Array(runs * K));

  const pending = new Map<number, (RunSuccess | undefined)[]>();
  let consumed = 0;
  let failure: CompareRunError | undefined;
  let stop = opts.signal?.aborted ?? false;
  const window = 4 * lanes;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };

  const consume = () => {
    for (let e = pending.get(consumed); e?.every(Boolean); e = pending.get(consumed)) {
      const outs = e as RunSuccess[];
      outs.forEach((o, s) => {
        curveAgg[s].add(o.values);
        indicators[s].set(o.indicators, consumed * K);
        if (s > 0) diffAgg[s - 1].add(o.values, outs[0].values);
      });
      pending.delete(consumed);
      consumed++;
      opts.onProgress?.(consumed, runs);
    }
    wake();
  };

  const executors: Executor[] = [];
  const closeAll = () => Promise.all(executors.map((x) => x.close()));
  const onAbort = () => {
    stop = true;
    wake();
    void closeAll();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const url = opts.workers > 1 ? (opts.workerUrl ?? defaultWorkerUrl()) : undefined;
    for (const l of loaded) executors.push(createExecutor(l.scenario, lanes, url));
    const next = new Array<number>(k).fill(0);
    const lane = async (s: number, l: number): Promise<void> => {
      while (!stop && next[s] < runs) {
        if (next[s] >= consumed + window) {
          await new Promise<void>((resolve) => waiters.push(resolve));
          continue;
        }
        const index = next[s]++;
        const seed = runSeed(opts.seed, index);
        let o: RunOutcome;
        try {
          o = await executors[s].run(l, { index, seed, attempt: 0 });
        } catch (err) {
          if (err instanceof ExecutorClosedError) return;
          throw err;
        }
        if (!o.ok) {
          if (!failure || index < failure.index)
            failure = new CompareRunError(scenarios[s].id, index, seed, o.message, o.detail);
          stop = true;
          wake();
          return;
        }
        const entry = pending.get(index) ?? new Array<RunSuccess | undefined>(k).fill(undefined);
        entry[s] = o;
        pending.set(index, entry);
        consume();
      }
    };
    await Promise.all(loaded.flatMap((_, s) => Array.from({ length: lanes }, (_, l) => lane(s, l))));
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await closeAll();
  }
  if (failure) throw failure;
  if (consumed < runs)
    throw new Error(`comparison interrupted after ${consumed} of ${runs} runs per scenario`);
  return {
    scenarios,
    runs,
    seed: opts.seed,
    dates: Array.from({ length: ticks }, (_, t) => tickLabel(cal.start, t)),
    metrics: METRICS.map((m) => m.name),
    indicators,
    curves: curveAgg.map((a) => a.result()),
    differences: diffAgg.map((a) => a.result()),
    workers: opts.workers > 1 ? lanes * k : 0,
    resolved: loaded.map((l) => l.scenario),
  };
}
