/**
 * One task of an ensemble: run index and seed in, the run's trajectories and key indicators out.
 * The same function serves worker threads and the in-process executor (W = 1), so both paths
 * produce the same bits. A run that throws comes back as a failed outcome, never as an exception:
 * the coordinator tells a run's own error apart from a worker that died.
 */
import type { Message } from '../../scenarios/messages/render.js';
import type { Scenario } from '../../scenarios/schema.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { runOne } from '../model/run.js';

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
    const r = runOne(task.scenario ?? scenario, task.seed);
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
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const detail = (err as { loaderMessage?: Message } | null)?.loaderMessage;
    return { ok: false, index: task.index, seed: task.seed, message: e.message, stack: e.stack, detail };
  }
}

/** Buffers to transfer (not copy) when posting an outcome to another thread. */
export function transferList(outcome: RunOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  return [outcome.values.buffer as ArrayBuffer, outcome.indicators.buffer as ArrayBuffer];
}
