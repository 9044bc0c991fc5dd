/** Errors of an ensemble, typed so the CLI can map them to exit codes (the library never exits). */

/** Bad options, or inputs that do not belong together (a journal or shards of another ensemble). */
export class EnsembleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnsembleInputError';
  }
}

/** A run threw (or its worker died twice). Names the lowest failing run index and its seed. */
export class RunFailedError extends Error {
  constructor(
    /** Index of the lowest failing run. */
    readonly index: number,
    /** Its seed. */
    readonly seed: number,
    /** The run's own error message. */
    readonly runMessage: string,
    /** How many runs failed before the ensemble stopped. */
    readonly failedRuns: number,
    /** The run's stack trace, when it has one. */
    readonly runStack?: string,
  ) {
    super(`run ${index} (seed ${seed}) failed: ${runMessage}`);
    this.name = 'RunFailedError';
  }
}

/** The ensemble was stopped (abort signal) before every run finished; the journal keeps the rest. */
export class EnsembleInterruptedError extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(`interrupted after ${done} of ${total} runs`);
    this.name = 'EnsembleInterruptedError';
  }
}
