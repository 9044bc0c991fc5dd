/**
 * The explorer's Web Worker: runs one seeded simulation per message with the same pure engine as
 * the CLI (`runOne`), on the validated scenario the page sends with a job's first request (the CLI's
 * ensemble workers receive theirs the same way, as workerData), and posts the result back with its
 * values buffer transferred rather than copied.
 */
import type { Message } from '../scenarios/messages/render.js';
import type { Scenario } from '../scenarios/schema.js';
import { runOne } from '../sim/model/run.js';
import { handleMapRequest } from './map-worker.js';
import type { MapRequest, MapResponse } from './map-protocol.js';
import type { RunRequest, RunResponse } from './protocol.js';

/** The worker global as far as this file uses it (the page's tsconfig has the DOM lib only). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<RunRequest | MapRequest>) => void) | null;
  postMessage(message: RunResponse | MapResponse, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let current: { job: number; scenario: Scenario } | null = null;

scope.onmessage = (e) => {
  // The city map's requests (web/map-worker.ts) are sent to a worker of their own.
  if ('kind' in e.data) return handleMapRequest(e.data, (m, transfer) => scope.postMessage(m, transfer));
  const { job, index, seed, scenario } = e.data;
  try {
    if (scenario) current = { job, scenario };
    if (!current || current.job !== job) throw new Error(`no scenario received for ensemble ${job}`);
    const r = runOne(current.scenario, seed);
    const msg: RunResponse = {
      kind: 'run',
      job,
      run: {
        index,
        seed: r.seed,
        ticks: r.ticks,
        dates: r.dates,
        metrics: r.metrics,
        values: r.values,
        indicators: r.indicators,
      },
    };
    scope.postMessage(msg, [r.values.buffer]);
  } catch (err) {
    scope.postMessage({
      kind: 'error',
      job,
      index,
      message: err instanceof Error ? err.message : String(err),
      // A LocalizedError (e.g. a policy expression out of range) carries its message, for the page's language.
      detail: (err as { loaderMessage?: Message } | null)?.loaderMessage,
    });
  }
};
