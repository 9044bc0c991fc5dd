/**
 * One task of an ensemble: run index and seed in, the run's trajectories and key indicators out.
 * The same function serves worker threads and the in-process executor (W = 1), so both paths
 * produce the same bits. A run that throws comes back as a failed outcome, never as an exception:
 * the coordinator tells a run's own error apart from a worker that died.
 */
import type { Message } from '../../scenarios/messages/render.js';
import type { Scenario } from '../../scenarios/schema.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { type RunResult, runOne, runSteps } from '../model/run.js';

/**
 * A run to execute; `attempt` is 0, or 1 when it is retried after its worker died. Ensembles run the
 * executor's own scenario. A sweep's run names its scenario by `key` (the design point): the task
 * carries that `scenario` the first time a worker sees the key (a worker keeps the last one), and
 * may omit it afterwards.
 */
export interface RunTask {
  index: number;
  seed: number;
  attempt: number;
  key?: number;
  scenario?: Scenario;
}

/** A finished run: metric-major values (metrics × ticks) and key indicators in KEY_INDICATORS order. */
export interface RunSuccess {
  ok: true;
  index: number;
  seed: number;
  ticks: number;
  metrics: number;
  values: Float64Array;
  indicators: Float64Array;
}

/**
 * A run that threw: its message (and stack, for debugging); `detail` is the message of a
 * LocalizedError (e.g. a policy expression out of range), structured so the CLI renders it in its
 * language after it crossed the thread boundary.
 */
export interface RunFailure {
  ok: false;
  index: number;
  seed: number;
  message: string;
  stack?: string;
  detail?: Message;
}

export type RunOutcome = RunSuccess | RunFailure;

/** Run one task (on `task.scenario` when it has one, else on `scenario`); never throws. */
export function runTask(scenario: Scenario, task: RunTask): RunOutcome {
  try {
    return success(task, runOne(task.scenario ?? scenario, task.seed));
  } catch (err) {
    return failure(task, err);
  }
}

/** Thrown by {@link runTaskYielding} when `stopped()` turned true between months. */
export class TaskStoppedError extends Error {
  constructor() {
    super('run stopped');
    this.name = 'TaskStoppedError';
  }
}

/**
 * {@link runTask} on the main thread, giving the event loop a turn about every `sliceMs`
 * milliseconds (between months) so signals are heard during a long run, and rejecting with
 * {@link TaskStoppedError} as soon as `stopped()` is true. Same bits as {@link runTask}.
 */
export async function runTaskYielding(
  scenario: Scenario,
  task: RunTask,
  stopped: () => boolean,
  sliceMs = 50,
): Promise<RunOutcome> {
  let result: RunResult;
  try {
    const steps = runSteps(task.scenario ?? scenario, task.seed);
    let since = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) {
        result = next.value;
        break;
      }
      if (performance.now() - since >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (stopped()) throw new TaskStoppedError();
        since = performance.now();
      }
    }
  } catch (err) {
    if (err instanceof TaskStoppedError) throw err;
    return failure(task, err);
  }
  try {
    return success(task, result);
  } catch (err) {
    return failure(task, err);
  }
}

function success(task: RunTask, r: RunResult): RunOutcome {
  const indicators = new Float64Array(KEY_INDICATORS.length);
  KEY_INDICATORS.forEach((k, i) => {
    indicators[i] = r.indicators[k.name];
  });
  return {
    ok: true,
    index: task.index,
    seed: task.seed,
    ticks: r.ticks,
    metrics: r.metrics.length,
    values: r.values,
    indicators,
  };
}

function failure(task: RunTask, err: unknown): RunOutcome {
  const e = err instanceof Error ? err : new Error(String(err));
  const detail = (err as { loaderMessage?: Message } | null)?.loaderMessage;
  return { ok: false, index: task.index, seed: task.seed, message: e.message, stack: e.stack, detail };
}

/** Buffers to transfer (not copy) when posting an outcome to another thread. */
export function transferList(outcome: RunOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  return [outcome.values.buffer as ArrayBuffer, outcome.indicators.buffer as ArrayBuffer];
}
