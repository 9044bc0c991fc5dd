/**
 * Dispatch of planned runs to an executor's lanes: each lane takes the next run index in order,
 * waits for its outcome and hands a success to `onSuccess` (which journals it). The first failed
 * run stops new dispatch; runs already in flight still finish and are kept. An abort signal closes
 * the executor at once (runs in flight are dropped: they are not journaled and rerun on resume).
 */
import type { Scenario } from '../../scenarios/schema.js';
import type { PlannedRun } from './plan.js';
import { createExecutor, type Executor, ExecutorClosedError } from './pool.js';
import type { RunFailure, RunOutcome, RunSuccess, RunTask } from './task.js';

/** What to run and where outcomes go. */
export interface DispatchOptions {
  scenario: Scenario;
  todo: readonly PlannedRun[];
  lanes: number;
  workerUrl?: URL;
  signal?: AbortSignal;
  /**
   * The scenario of a run, by key (a sweep's design point), when runs do not all run `scenario`.
   * Called in run-index order, as runs are dispatched.
   */
  scenarioOf?: (p: PlannedRun) => { key: number; scenario: Scenario };
  /**
   * An executor to run on and leave open (an optimisation keeps one across its generations); by
   * default one is created for `lanes` and closed at the end. An abort closes it either way.
   */
  executor?: Executor;
  /** A finished run; return a message to fail it instead (e.g. a wrong shape). */
  onSuccess: (o: RunSuccess) => string | undefined;
}

/** Run `todo` on `lanes` lanes; resolves with the failed runs (empty when all finished or aborted). */
export async function dispatchRuns(opts: DispatchOptions): Promise<RunFailure[]> {
  const { todo } = opts;
  const failures: RunFailure[] = [];
  if (todo.length === 0) return failures;
  const exec = opts.executor ?? createExecutor(opts.scenario, opts.lanes, opts.workerUrl);
  let next = 0;
  let stop = opts.signal?.aborted ?? false;
  const halt = () => {
    stop = true;
    void exec.close();
  };
  opts.signal?.addEventListener('abort', halt, { once: true });
  const accept = (o: RunOutcome): void => {
    const problem = o.ok ? opts.onSuccess(o) : undefined;
    if (o.ok && problem === undefined) return;
    failures.push(o.ok ? { ok: false, index: o.index, seed: o.seed, message: problem! } : o);
    stop = true;
  };
  const lane = async (l: number): Promise<void> => {
    while (!stop && next < todo.length) {
      const p = todo[next++];
      let task: RunTask;
      try {
        task = { index: p.index, seed: p.seed, attempt: 0, ...opts.scenarioOf?.(p) };
      } catch (err) {
        halt();
        throw err;
      }
      let outcome: RunOutcome;
      try {
        outcome = await exec.run(l, task);
      } catch (err) {
        if (err instanceof ExecutorClosedError) return;
        throw err;
      }
      try {
        accept(outcome);
      } catch (err) {
        halt();
        throw err;
      }
    }
  };
  let settled: PromiseSettledResult<void>[];
  try {
    settled = await Promise.allSettled(Array.from({ length: opts.lanes }, (_, l) => lane(l)));
  } finally {
    opts.signal?.removeEventListener('abort', halt);
    if (!opts.executor) await exec.close();
  }
  const broken = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (broken) throw broken.reason;
  return failures;
}
