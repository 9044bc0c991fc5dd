/**
 * What the optimisation report (`cogov optimize`) shows, as plain values: the search's settings, its
 * levers, objectives and constraints, every evaluated candidate mix and the hypervolume per
 * generation. viz/optimisation-data.ts reads it from the output files (sim/outputs/optimisation.ts);
 * the headline, charts and page (viz/optimisation*.ts) take it. NaN marks an undefined number.
 */
import type { Bilingual } from './types.js';

/** A lever the search moves: a scenario path and the values it may take. */
export interface OptLever {
  name: string;
  path: string;
  type: 'real' | 'integer' | 'boolean' | 'categorical';
  /** Bounds of a real or integer lever (null otherwise). */
  min: number | null;
  max: number | null;
  /** The values of a categorical lever (empty otherwise). */
  values: string[];
}

/** An objective: a key indicator minimised or maximised, aggregated over a candidate's runs. */
export interface OptObjective {
  /** Its column name in evaluations.csv. */
  name: string;
  /** The key indicator (sim/model/metrics.ts KEY_INDICATORS name) and its unit. */
  indicator: string;
  unit: string;
  /** Direction and unit of the value NSGA-II compares (satisficing: a share, maximised). */
  sense: 'min' | 'max';
  valueUnit: string;
  /** Over a state's replicates: "mean" or "pNN". */
  aggregate: string;
  /** Over states of the world: mean, p10, p90, regret, satisficing ("mean" without uncertainties). */
  robustness: string;
}

/** A constraint on a key indicator's aggregate: `indicator op bound`. */
export interface OptConstraint {
  /** Its column name in evaluations.csv. */
  name: string;
  indicator: string;
  unit: string;
  op: '>=' | '<=';
  bound: number;
  /** Over the candidate's runs: "mean", "pNN" or "all" (the worst run). */
  aggregate: string;
}

/**
 * An objective of a candidate: the value NSGA-II compares (in the objective's value unit), the mean
 * of the indicator over the candidate's runs with its 95 % CI over replicates, and the runs behind it.
 */
export interface OptStat {
  value: number;
  mean: number;
  lo: number;
  hi: number;
  n: number;
}

/** One evaluated candidate mix (its latest evaluation: survivors are re-evaluated). */
export interface OptCandidate {
  /** Its identifier in evaluations.csv. */
  id: number;
  /** The generation it was first evaluated in (0: the initial population). */
  generation: number;
  /** Lever values as written in the files, in lever order. */
  levers: string[];
  /** Per objective, in objective order. */
  objectives: OptStat[];
  /** Per constraint, in constraint order: the aggregate value (NaN: undefined) and whether it holds. */
  constraints: number[];
  constraintsOk: boolean[];
  /** Whether it meets every constraint. */
  feasible: boolean;
  /** Non-domination rank (1: the front), null when not ranked. */
  rank: number | null;
  /** On the final non-dominated set (pareto.csv). */
  front: boolean;
  /** Runs behind its values (replicates × states of the world, after re-evaluation). */
  runs: number;
}

/** One generation of the search. */
export interface OptGeneration {
  generation: number;
  /** Runs evaluated up to the end of this generation. */
  evaluations: number;
  /** Hypervolume of the feasible front, normalised to [0, 1] (0 when no candidate is feasible). */
  hypervolume: number;
  /** Mixes on the front. */
  frontSize: number;
  /** Feasible share of the population (0..1; NaN when not recorded). */
  feasibleShare: number;
}

/** Everything the optimisation report shows. */
export interface OptimisationData {
  experimentFile: string | null;
  name: Bilingual | null;
  description: Bilingual | null;
  scenarioName: Bilingual | null;
  scenarioFile: string | null;
  calendar: { start: string; end: string; keyYear: number } | null;
  seed: number | null;
  population: number | null;
  generations: number | null;
  /** Runs per evaluation of a candidate (per state of the world). */
  replicates: number | null;
  /** ε per objective when pareto.csv keeps one mix per ε-box (ε-dominance), else null. */
  epsilon: number[] | null;
  /** Replicates a survivor may reach by re-evaluation (equal to `replicates`: none). */
  maxReplicates: number | null;
  /** Total runs (simulations) the search made. */
  runs: number | null;
  /** States of the world sampled from the uncertainties (null: none, every run in the base scenario). */
  states: number | null;
  /** The uncertain parameters' names (empty: none). */
  uncertainties: string[];
  version: string | null;
  command: string | null;
  levers: OptLever[];
  objectives: OptObjective[];
  constraints: OptConstraint[];
  candidates: OptCandidate[];
  convergence: OptGeneration[];
}
