/**
 * The contract of an optimisation's output files (`cogov optimize`), imported by their writer
 * (sim/batch/optimise-io.ts) and their readers (the report, `cogov discover`, tests). One folder
 * holds:
 * - `evaluations.csv`: one row per candidate and generation in which it was evaluated or
 *   re-evaluated ({@link evaluationsColumns});
 * - `pareto.csv`: the final population's non-dominated feasible candidates, same columns, as ranked
 *   in the last generation (`generation` is the last generation; values as of the end); with
 *   `algorithm.epsilon`, one per ε-box (ε-dominance, Laumanns et al. 2002);
 * - `convergence.csv`: one row per generation ({@link CONVERGENCE_COLUMNS});
 * - `runs.csv`: one row per model run ({@link runsColumns}), in run-index order;
 * - `manifest.json`: {@link OptimisationManifestJson}, written last.
 * While an optimisation runs, `runs.journal.csv` (the same columns as runs.csv) grows by whole
 * generations of runs; `--resume` replays it. It becomes runs.csv when the optimisation finishes.
 *
 * Cells: numbers through `fmt` (12 significant digits); undefined (NaN) is an empty cell in CSV and
 * `null` in JSON, never 0; booleans `true`/`false`; lever and uncertainty values as the sweep writes
 * factor values (numbers, `true`/`false`, text).
 *
 * Objective columns, for an objective named `o` (its `name`, by default its indicator):
 * - `o`: the value NSGA-II compares, in the indicator's unit (share of states for `satisficing`):
 *   per state of the world the replicates' aggregate (`mean` or percentile `pNN`, type 7), then
 *   without uncertainties that value, with uncertainties the objective's robustness measure over
 *   states (`mean`, `p10`, `p90`, `regret`: the largest shortfall from the best candidate evaluated
 *   so far in any state, `satisficing`: share of states meeting the threshold);
 * - `o.mean`: the mean of the indicator over all the candidate's runs;
 * - `o.ciLow`, `o.ciHigh`: 95 % Student-t interval of that mean over replicates (each replicate
 *   averaged over the states); empty with one replicate.
 * Constraint columns, for a constraint named `c`: `c` (the value: over all runs, their `mean`, a
 * percentile `pNN`, or for `all` the worst run) and `c.ok` (`true`/`false`; `false` when undefined).
 */
import type { FactorValue } from '../analysis/factors.js';
import { KEY_INDICATORS } from '../model/metrics.js';

/** The first columns of evaluations.csv and pareto.csv; the levers follow, by name. */
export const EVALUATION_FIXED_COLUMNS = ['generation', 'candidate'] as const;

/** After the levers: replicates per state so far, and the candidate's runs so far (replicates × states). */
export const EVALUATION_COUNT_COLUMNS = ['replicates', 'runs'] as const;

/** Suffixes of an objective's columns after its own (`o`): see the file comment. */
export const OBJECTIVE_SUFFIXES = ['.mean', '.ciLow', '.ciHigh'] as const;

/** Suffix of a constraint's "holds" column (`c.ok`). */
export const CONSTRAINT_OK_SUFFIX = '.ok';

/**
 * The last columns of evaluations.csv and pareto.csv:
 * - `feasible`: `violation` is 0: every constraint holds and every objective is defined;
 * - `violation`: total violation, Σ max(0, shortfall) / max(|bound|, 1) over constraints, each
 *   undefined constraint or objective value counting 1;
 * - `rank`: non-domination rank (1 = front) under constraint domination (Deb 2000) among the
 *   candidates NSGA-II ranked in that generation (parents and offspring);
 * - `crowding`: crowding distance within its rank (empty when infinite: a boundary point);
 * - `survived`: kept in the population for the next generation (`true`/`false`).
 */
export const EVALUATION_TAIL_COLUMNS = ['feasible', 'violation', 'rank', 'crowding', 'survived'] as const;

/** Every column of evaluations.csv (and pareto.csv), in order. */
export function evaluationsColumns(
  levers: readonly string[],
  objectives: readonly string[],
  constraints: readonly string[],
): string[] {
  return [
    ...EVALUATION_FIXED_COLUMNS,
    ...levers,
    ...EVALUATION_COUNT_COLUMNS,
    ...objectives.flatMap((o) => [o, ...OBJECTIVE_SUFFIXES.map((s) => `${o}${s}`)]),
    ...constraints.flatMap((c) => [c, `${c}${CONSTRAINT_OK_SUFFIX}`]),
    ...EVALUATION_TAIL_COLUMNS,
  ];
}

/**
 * Columns of convergence.csv, one row per generation (0 = the initial population):
 * - `runs`: model runs so far (all generations up to this one);
 * - `candidates`: distinct candidates evaluated so far;
 * - `hypervolume`: of the population's feasible non-dominated candidates, objectives oriented to
 *   minimisation and scaled by the manifest's `hypervolume.ideal` / `nadir` to [0, 1], against the
 *   reference point `hypervolume.reference`; 0 when no candidate is feasible;
 * - `front`: candidates on that front; `feasibleShare`: feasible share of the population (0..1).
 */
export const CONVERGENCE_COLUMNS = [
  'generation',
  'runs',
  'candidates',
  'hypervolume',
  'front',
  'feasibleShare',
] as const;

/**
 * The first columns of runs.csv; the levers, the uncertainties (by name) and the key indicators
 * follow. `state` is the state of the world's index (empty without uncertainties); replicate r runs
 * on seed `runSeed(seed, r)` for every candidate and state (common random numbers).
 */
export const RUNS_FIXED_COLUMNS = ['run', 'generation', 'candidate', 'state', 'replicate', 'seed'] as const;

/** Every column of runs.csv (and of the journal), in order. */
export function runsColumns(levers: readonly string[], uncertainties: readonly string[]): string[] {
  return [...RUNS_FIXED_COLUMNS, ...levers, ...uncertainties, ...KEY_INDICATORS.map((k) => k.name)];
}

/** Name of the journal of an unfinished optimisation (runs.csv's columns). */
export const OPTIMISATION_JOURNAL_FILE = 'runs.journal.csv';

/** Lever types of an optimisation file. */
export type LeverType = 'real' | 'integer' | 'boolean' | 'categorical';

/** A lever or an uncertainty in manifest.json, in runs.csv column order. */
export interface OptimisationFactorJson {
  name: string;
  path: string;
  role: 'lever' | 'uncertainty';
  /** Uncertainties: `real`, `integer` or `categorical`. */
  type: LeverType;
  range: [number, number] | null;
  values: FactorValue[] | null;
}

/** An objective in manifest.json. */
export interface OptimisationObjectiveJson {
  name: string;
  indicator: string;
  unit: string;
  direction: 'min' | 'max';
  /** Over replicates within a state: `mean` or `pNN` (type-7 percentile). */
  aggregate: string;
  /** Over states of the world: `mean`, `p10`, `p90`, `regret`, `satisficing` (`mean` without uncertainties). */
  robustness: 'mean' | 'p10' | 'p90' | 'regret' | 'satisficing';
  /** The satisficing threshold (null for other measures). */
  threshold: number | null;
  /** Unit of the `o` column: the indicator's, or `share` for satisficing. */
  valueUnit: string;
  /** Direction of the `o` column (regret: min; satisficing: max). */
  valueDirection: 'min' | 'max';
}

/** A constraint in manifest.json. */
export interface OptimisationConstraintJson {
  name: string;
  indicator: string;
  unit: string;
  op: '>=' | '<=';
  bound: number;
  /** Over all the candidate's runs: `mean`, `pNN`, or `all` (the worst run). */
  aggregate: string;
}

/** manifest.json of an optimisation. */
export interface OptimisationManifestJson {
  kind: 'optimisation';
  cogovVersion: string;
  experimentFile: string;
  experimentSha256: string;
  name: { en: string; zh: string } | null;
  description: { en: string; zh: string } | null;
  scenarioName: { en: string; zh: string };
  calendar: { start: string; end: string; keyYear: number };
  scenarioFile: string | null;
  scenarioSha256: string;
  levers: OptimisationFactorJson[];
  uncertainties: OptimisationFactorJson[];
  /** States of the world (Latin hypercube over the uncertainties); 0 without uncertainties. */
  states: number;
  objectives: OptimisationObjectiveJson[];
  constraints: OptimisationConstraintJson[];
  /** Levers then uncertainties, in runs.csv column order (`cogov discover` reads these). */
  factors: OptimisationFactorJson[];
  /** The key-indicator columns of runs.csv, in order. */
  indicators: string[];
  /** The algorithm's settings as run (defaults filled in). */
  algorithm: {
    name: 'NSGA-II';
    population: number;
    generations: number;
    budget: number | null;
    replicates: number;
    maxReplicates: number;
    crossoverEta: number;
    crossoverProbability: number;
    mutationEta: number;
    mutationProbability: number;
    /** ε per objective when pareto.csv is thinned to one candidate per ε-box, else null. */
    epsilon: number[] | null;
  };
  seed: number;
  seedRule: string;
  runIndex: string;
  hypervolume: {
    method: string;
    ideal: (number | null)[];
    nadir: (number | null)[];
    reference: number[];
  };
  totals: { runs: number; candidates: number; generations: number; evaluations: number; front: number };
  /** Runs taken from the journal by `--resume` rather than run again. */
  resumedRuns: number;
  execution: string;
  wallTimeSeconds: number;
  nodeVersion: string;
  command: string | null;
  /** The files of the folder, manifest.json last. */
  files: string[];
  /** SHA-256 of each file written before the manifest. */
  sha256: Record<string, string>;
}
