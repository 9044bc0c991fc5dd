/**
 * Worker-thread entry of the ensemble pool (started from the compiled `dist/sim/ensemble/worker.js`).
 * It receives the validated scenario once, as workerData, then answers each {@link RunTask} with a
 * {@link RunOutcome}, transferring the value arrays instead of copying them. A task with a scenario
 * `key` (a sweep's design point) runs on that key's scenario, kept from the last task that carried it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { type RunOutcome, type RunTask, runTask, transferList } from './task.js';

const port = parentPort;
if (!port) throw new Error('sim/ensemble/worker.js must run in a worker thread');
const { scenario } = workerData as { scenario: Scenario };
let keyed: { key: number; scenario: Scenario } | undefined;

/** The scenario of `task`: the pool's, or its key's (kept from the task that carried it). */
function scenarioOf(task: RunTask): Scenario | undefined {
  if (task.key === undefined) return scenario;
  if (task.scenario) keyed = { key: task.key, scenario: task.scenario };
  return keyed?.key === task.key ? keyed.scenario : undefined;
}

port.on('message', (task: RunTask) => {
  const s = scenarioOf(task);
  const outcome: RunOutcome = s
    ? runTask(s, task)
    : { ok: false, index: task.index, seed: task.seed, message: `no scenario for key ${task.key}` };
  port.postMessage(outcome, transferList(outcome));
});
