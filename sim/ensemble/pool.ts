/**
 * Executors of ensemble tasks. W = 1 runs tasks in-process; W > 1 runs them on a pool of worker
 * threads, one task per worker at a time. Both call the same {@link runTask}, so a run gives the
 * same bits either way. A worker that dies (out of memory, exit, uncaught error) is replaced and its
 * run retried once on the replacement; a second death is reported as that run's failure.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { type RunOutcome, type RunTask, runTaskYielding, TaskStoppedError } from './task.js';

/** Thrown by a lane's pending run when the executor is closed before the run finished. */
export class ExecutorClosedError extends Error {
  constructor() {
    super('executor closed');
    this.name = 'ExecutorClosedError';
  }
}

/** Runs tasks on `size` lanes; lane i runs one task at a time. */
export interface Executor {
  readonly size: number;
  run(lane: number, task: RunTask): Promise<RunOutcome>;
  /** Stop: pending runs reject with {@link ExecutorClosedError}; worker threads are terminated. */
  close(): Promise<void>;
}

/**
 * The compiled worker entry `dist/sim/ensemble/worker.js`. Under a TypeScript runner (vitest, tsx)
 * this module is a `.ts` source and worker threads cannot start from `.ts` on Node 20, so it points
 * at the build in `dist/` (run `npm run build` first). Compiled, this code sits either in
 * `dist/sim/ensemble/pool.js` or bundled into `dist/sim/cli/main.js`: both one level below
 * `dist/sim/`.
 */
export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('../../dist/sim/ensemble/worker.js', here)
    : new URL('../ensemble/worker.js', here);
}

/** The executor for `workers` lanes: in-process for 1, a worker-thread pool otherwise. */
export function createExecutor(scenario: Scenario, workers: number, workerUrl?: URL): Executor {
  if (workers <= 1 && !workerUrl) return new InProcessExecutor(scenario);
  const url = workerUrl ?? defaultWorkerUrl();
  if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
    throw new Error(`worker script ${fileURLToPath(url)} not found: run "npm run build" first`);
  }
  return new ThreadPool(scenario, workers, url);
}

/**
 * W = 1: tasks run on this thread, yielding to the event loop between runs and, within a run, between
 * months about every 50 ms (so signals are heard within a second even during a long run); a close
 * stops the run in flight at the next month.
 */
class InProcessExecutor implements Executor {
  readonly size = 1;
  private closed = false;
  constructor(private readonly scenario: Scenario) {}

  async run(_lane: number, task: RunTask): Promise<RunOutcome> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.closed) throw new ExecutorClosedError();
    try {
      return await runTaskYielding(this.scenario, task, () => this.closed);
    } catch (err) {
      if (err instanceof TaskStoppedError) throw new ExecutorClosedError();
      throw err;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

interface Pending {
  task: RunTask;
  resolve: (o: RunOutcome) => void;
  reject: (e: Error) => void;
  firstDeath?: string;
}

/**
 * One worker thread; a dead one is replaced when its run is retried or the next run comes. A keyed
 * task's scenario is sent only when the worker does not hold that key yet.
 */
class Slot {
  private worker: Worker | undefined;
  /** The scenario key the current worker holds (it was sent a task with that key and scenario). */
  private sentKey: number | undefined;
  private pending: Pending | undefined;
  private closed = false;

  constructor(
    private readonly url: URL,
    private readonly scenario: Scenario,
  ) {
    this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(this.url, { workerData: { scenario: this.scenario } });
    this.worker = w;
    this.sentKey = undefined;
    w.on('message', (outcome: RunOutcome) => {
      if (w !== this.worker) return;
      const p = this.pending;
      this.pending = undefined;
      p?.resolve(outcome);
    });
    w.on('error', (err) => this.died(w, err instanceof Error ? err.message : String(err)));
    w.on('exit', (code) => this.died(w, `exit code ${code}`));
    return w;
  }

  /** The worker `w` died: retry its run once on a new worker. Later events of `w` are ignored. */
  private died(w: Worker, reason: string): void {
    if (w !== this.worker || this.closed) return;
    this.worker = undefined;
    void w.terminate();
    const p = this.pending;
    if (!p) return;
    if (p.task.attempt === 0) {
      p.firstDeath = reason;
      p.task = { ...p.task, attempt: 1 };
      this.post(this.spawn(), p.task);
      return;
    }
    this.pending = undefined;
    p.resolve({
      ok: false,
      index: p.task.index,
      seed: p.task.seed,
      message: `its worker thread died twice (${p.firstDeath}; then ${reason})`,
    });
  }

  run(task: RunTask): Promise<RunOutcome> {
    if (this.closed) return Promise.reject(new ExecutorClosedError());
    return new Promise((resolve, reject) => {
      this.pending = { task, resolve, reject };
      this.post(this.worker ?? this.spawn(), task);
    });
  }

  /** Post `task` to `w`, leaving out a keyed scenario that `w` already holds. */
  private post(w: Worker, task: RunTask): void {
    if (task.key === undefined || !task.scenario) {
      w.postMessage(task);
    } else if (task.key === this.sentKey) {
      w.postMessage({ ...task, scenario: undefined });
    } else {
      this.sentKey = task.key;
      w.postMessage(task);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const p = this.pending;
    this.pending = undefined;
    p?.reject(new ExecutorClosedError());
    await this.worker?.terminate();
  }
}

/** W > 1: a fixed pool of worker threads, one per lane. */
class ThreadPool implements Executor {
  private readonly slots: Slot[];
  constructor(scenario: Scenario, size: number, url: URL) {
    this.slots = Array.from({ length: size }, () => new Slot(url, scenario));
  }

  get size(): number {
    return this.slots.length;
  }

  run(lane: number, task: RunTask): Promise<RunOutcome> {
    return this.slots[lane].run(task);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
