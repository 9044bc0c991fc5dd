/** Messages between the explorer page and its workers. */
import type { WebRun } from './aggregate.js';

/** Page → worker: run `seed` (run `index` of ensemble `job`) on the scenario `text`. */
export interface RunRequest {
  job: number;
  index: number;
  seed: number;
  text: string;
}

/** Worker → page: a finished run, or the error that stopped it. */
export type RunResponse =
  | { kind: 'run'; job: number; run: WebRun }
  | { kind: 'error'; job: number; index: number; message: string };
