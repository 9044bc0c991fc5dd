/**
 * Running a lever table: the scenario and every lever's variant on the same seeds (common random
 * numbers: run i of each uses runSeed(seed, i)), on the ensemble's executor (in-process for one
 * worker, a pool of worker threads otherwise). Each task carries its variant as scenario key (0 is
 * the scenario itself, l + 1 lever l's variant) and tasks go out variant by variant, so a worker
 * keeps one scenario for many runs. Every outcome is stored at its own (variant, run) slot and the
 * statistics are computed only when all runs are in, so the result is the same bits for any number
 * of workers and any completion order. Not resumable: an interrupted table starts over.
 */
import type { Lang } from '../kernel/i18n.js';
import type { Message } from '../../scenarios/messages/render.js';
import type { Scenario } from '../../scenarios/schema.js';
import { dispatchRuns } from '../ensemble/dispatch.js';
import type { PlannedRun } from '../ensemble/plan.js';
import type { RunSuccess } from '../ensemble/task.js';
import { leverScenario, type RunIndicators } from '../experiments/lever-effects.js';
import type { Lever } from '../experiments/levers.js';
import { runSeed } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import type { CompareOptions } from './compare-run.js';
import { CliMessageError, msg, runErrorText } from '../messages/catalog.js';

/**
 * Options of {@link runLevers}: those of a comparison (runs, seed, workers, worker script, signal;
 * progress counts every variant's runs).
 */
export type LeverRunOptions = CompareOptions;

/** The runs of a lever table: the scenario's and, per lever, its variant's, in run-index order. */
export interface LeverRuns {
  runs: RunIndicators[];
  variantRuns: RunIndicators[][];
  /** Worker threads used (1: in-process). */
  workers: number;
}

/** A lever whose variant is not a valid scenario (its patch breaks the schema). */
export class LeverVariantError extends CliMessageError {
  constructor(vars: { lever: string; message: string }) {
    super('leversVariantInvalid', vars);
    this.name = 'LeverVariantError';
  }
}

/** The lowest failed run: which variant ("scenario" for the scenario itself), run index and seed. */
export class LeverRunError extends CliMessageError {
  constructor(
    vars: { variant: string; index: number; seed: number; message: string },
    /** The run's message, structured, when it can be rendered in another language. */
    readonly detail?: Message,
  ) {
    super('leversRunFailed', vars);
    this.name = 'LeverRunError';
  }

  override in(lang: Lang): string {
    return msg(lang, this.key, {
      ...this.vars,
      message: runErrorText(lang, String(this.vars['message']), this.detail),
    });
  }
}

/** Thrown when the signal aborted the table before every run finished. */
export class LeverRunInterruptedError extends Error {
  constructor() {
    super('lever table interrupted');
    this.name = 'LeverRunInterruptedError';
  }
}

/** The validated variant of every lever, in order; throws {@link LeverVariantError}. */
export function leverVariants(base: Scenario, levers: readonly Lever[]): Scenario[] {
  return levers.map((lever) => {
    try {
      return leverScenario(base, lever);
    } catch (err) {
      throw new LeverVariantError({ lever: lever.id, message: (err as Error).message });
    }
  });
}

function asIndicators(values: Float64Array): RunIndicators {
  const out = {} as RunIndicators;
  KEY_INDICATORS.forEach((k, j) => {
    out[k.name] = values[j];
  });
  return out;
}

/** Run the scenario and every lever's variant `opts.runs` times on common seeds. */
export async function runLevers(
  base: Scenario,
  levers: readonly Lever[],
  opts: LeverRunOptions,
): Promise<LeverRuns> {
  const scenarios = [base, ...leverVariants(base, levers)];
  const { runs } = opts;
  const todo: PlannedRun[] = [];
  scenarios.forEach((_, k) => {
    for (let i = 0; i < runs; i++) todo.push({ index: k * runs + i, seed: runSeed(opts.seed, i) });
  });
  const slots: (RunIndicators | undefined)[][] = scenarios.map(() => new Array(runs).fill(undefined));
  const workers = Math.max(1, Math.min(opts.workers, todo.length));
  let done = 0;
  const failures = await dispatchRuns({
    scenario: base,
    todo,
    lanes: workers,
    workerUrl: workers > 1 ? opts.workerUrl : undefined,
    signal: opts.signal,
    scenarioOf: (p) => {
      const key = Math.floor(p.index / runs);
      return { key, scenario: scenarios[key] };
    },
    onSuccess: (o: RunSuccess) => {
      if (o.indicators.length !== KEY_INDICATORS.length) {
        return `${o.indicators.length} key indicators, expected ${KEY_INDICATORS.length}`;
      }
      slots[Math.floor(o.index / runs)][o.index % runs] = asIndicators(o.indicators);
      done++;
      opts.onProgress?.(done, todo.length);
      return undefined;
    },
  });
  if (failures.length > 0) {
    const f = failures.reduce((a, b) => (b.index < a.index ? b : a));
    const k = Math.floor(f.index / runs);
    throw new LeverRunError(
      {
        variant: k === 0 ? 'scenario' : levers[k - 1].id,
        index: f.index % runs,
        seed: f.seed,
        message: f.message,
      },
      f.detail,
    );
  }
  if (done < todo.length) throw new LeverRunInterruptedError();
  const full = slots as RunIndicators[][];
  return { runs: full[0], variantRuns: full.slice(1), workers };
}
