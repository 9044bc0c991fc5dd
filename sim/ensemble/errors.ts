/** Errors of an ensemble, typed so the CLI can map them to exit codes (the library never exits). */
import type { Lang } from '../kernel/i18n.js';
import type { Message } from '../../scenarios/messages/render.js';
import { type EnsembleErrorCode, type EnsembleVars, ensembleMsg } from './messages.js';

/**
 * Bad options, or inputs that do not belong together (a journal or shards of another ensemble).
 * `message` is the English text of `code`; {@link EnsembleInputError.in} says it in another language.
 */
export class EnsembleInputError extends Error {
  constructor(
    /** Which problem (see messages.ts). */
    readonly code: EnsembleErrorCode,
    /** The values of the message's placeholders: paths, shard labels, manifest values. */
    readonly vars: EnsembleVars = {},
  ) {
    super(ensembleMsg('en', code, vars));
    this.name = 'EnsembleInputError';
  }

  /** The message in `lang`. */
  in(lang: Lang): string {
    return ensembleMsg(lang, this.code, this.vars);
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
    /** The run's message, structured, when it can be rendered in another language. */
    readonly runDetail?: Message,
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
