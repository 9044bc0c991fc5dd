/** Messages between the explorer page and its workers. */
import type { Message } from '../scenarios/messages/render.js';
import type { Scenario } from '../scenarios/schema.js';
import type { WebRun } from './aggregate.js';

/**
 * Page → worker: run `seed` (run `index` of ensemble `job`). The page validates the scenario once
 * and sends the plain, structured-clonable result (policy formulas stay source strings, compiled by
 * the engine) with the first request of each job to each worker, so workers need neither the YAML
 * parser nor the schema library.
 */
export interface RunRequest {
  job: number;
  index: number;
  seed: number;
  scenario?: Scenario;
}

/** Worker → page: a finished run, or the error that stopped it. */
export type RunResponse =
  | { kind: 'run'; job: number; run: WebRun }
  | { kind: 'error'; job: number; index: number; message: string; detail?: Message };
