/**
 * Worker-thread entry of the ensemble pool (started from the compiled `dist/sim/ensemble/worker.js`).
 * It receives the validated scenario once, as workerData, then answers each {@link RunTask} with a
 * {@link RunOutcome}, transferring the value arrays instead of copying them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { type RunTask, runTask, transferList } from './task.js';

const port = parentPort;
if (!port) throw new Error('sim/ensemble/worker.js must run in a worker thread');
const { scenario } = workerData as { scenario: Scenario };
port.on('message', (task: RunTask) => {
  const outcome = runTask(scenario, task);
  port.postMessage(outcome, transferList(outcome));
});
