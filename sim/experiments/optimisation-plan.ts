/**
 * An optimisation file made ready to run: levers as factors (for patching the scenario) and as genes
 * (for NSGA-II), the states of the world drawn once (a Latin hypercube over the uncertainties from
 * the file's seed), the objectives and constraints with their names and orientations, and the
 * algorithm's settings with every default resolved. Pure.
 */
import { buildDesign } from '../analysis/designs.js';
import { type Factor, type FactorValue, parsePath, prepareFactors } from '../analysis/factors.js';
import { defaultVariation, type GeneSpec, type VariationParams } from '../analysis/nsga2.js';
import type { Direction, RobustnessMeasure } from '../analysis/robustness.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import type { Optimisation } from './optimisation-schema.js';

/** A lever: its factor (name, path, range or values) and its type. */
export interface Lever extends Factor {
  type: 'real' | 'integer' | 'boolean' | 'categorical';
}

/** An objective, resolved. */
export interface PlannedObjective {
  name: string;
  indicator: string;
  /** Index of the indicator in KEY_INDICATORS. */
  column: number;
  direction: Direction;
  aggregate: string;
  robustness: RobustnessMeasure;
  threshold: number;
  /** Direction of the compared value (regret: min, satisficing: max, else `direction`). */
  valueDirection: Direction;
}

/** A constraint, resolved. */
export interface PlannedConstraint {
  name: string;
  indicator: string;
  column: number;
  op: '>=' | '<=';
  bound: number;
  aggregate: string;
}

/** NSGA-II settings with defaults resolved. */
export interface AlgorithmSettings extends VariationParams {
  population: number;
  generations: number;
  budget: number | null;
  replicates: number;
  maxReplicates: number;
  /** ε per objective for pareto.csv's ε-box thinning, or null. */
  epsilon: number[] | null;
}

/** An optimisation ready to run. */
export interface OptimisationPlan {
  levers: Lever[];
  genes: GeneSpec[];
  uncertainties: Factor[];
  /** Uncertainty values per state of the world; one empty state without uncertainties. */
  states: FactorValue[][];
  /** True when the file has uncertainties (runs.csv's `state` is then filled in). */
  hasStates: boolean;
  objectives: PlannedObjective[];
  constraints: PlannedConstraint[];
  algorithm: AlgorithmSettings;
  seed: number;
}

const indicatorColumn = (name: string): number => KEY_INDICATORS.findIndex((k) => k.name === name);

/** Resolve an optimisation file. */
export function planOptimisation(o: Optimisation): OptimisationPlan {
  const levers: Lever[] = o.levers.map((l) => ({
    name: l.name ?? l.path,
    path: l.path,
    segments: parsePath(l.path)!,
    range: l.type === 'real' || l.type === 'integer' ? l.range : undefined,
    values: l.type === 'boolean' ? [false, true] : l.type === 'categorical' ? l.values : undefined,
    integer: l.type === 'integer',
    type: l.type,
  }));
  const genes: GeneSpec[] = levers.map((l): GeneSpec => {
    if (l.type === 'boolean') return { type: 'boolean' };
    if (l.type === 'categorical') return { type: 'categorical', count: l.values!.length };
    return { type: l.type, lo: l.range![0], hi: l.range![1] };
  });
  const uncertainties = prepareFactors(o.uncertainties?.factors ?? []);
  const states = o.uncertainties
    ? buildDesign({ type: 'lhs', points: o.uncertainties.states, centred: false }, uncertainties, o.seed)
        .points
    : [[]];
  const a = o.algorithm;
  const variation = defaultVariation(levers.length);
  return {
    levers,
    genes,
    uncertainties,
    states,
    hasStates: o.uncertainties !== undefined,
    objectives: o.objectives.map((b) => ({
      name: b.name ?? b.indicator,
      indicator: b.indicator,
      column: indicatorColumn(b.indicator),
      direction: b.direction,
      aggregate: b.aggregate,
      robustness: b.robustness,
      threshold: b.threshold ?? Number.NaN,
      valueDirection:
        b.robustness === 'regret' ? 'min' : b.robustness === 'satisficing' ? 'max' : b.direction,
    })),
    constraints: o.constraints.map((c) => ({
      name: c.name ?? c.indicator,
      indicator: c.indicator,
      column: indicatorColumn(c.indicator),
      op: c.op,
      bound: c.bound,
      aggregate: c.aggregate,
    })),
    algorithm: {
      population: a.population,
      generations: a.generations,
      budget: a.budget ?? null,
      replicates: a.replicates,
      maxReplicates: a.maxReplicates ?? a.replicates,
      epsilon: a.epsilon ?? null,
      crossoverEta: a.crossoverEta,
      crossoverProbability: a.crossoverProbability,
      mutationEta: a.mutationEta,
      mutationProbability: a.mutationProbability ?? variation.mutationProbability,
    },
    seed: o.seed,
  };
}

/** The lever values a gene vector stands for, in lever order. */
export function leverValues(plan: OptimisationPlan, genes: readonly number[]): FactorValue[] {
  return plan.levers.map((l, j) => (l.values ? l.values[genes[j]] : genes[j]));
}

/** Runs of the initial population (an upper bound: duplicates are run once). */
export function initialRuns(plan: OptimisationPlan): number {
  return plan.algorithm.population * plan.algorithm.replicates * plan.states.length;
}

/**
 * The most runs the optimisation can make: every generation's offspring new, every survivor
 * re-evaluated (an upper bound, for the limit on runs).
 */
export function maxRuns(plan: OptimisationPlan): number {
  const a = plan.algorithm;
  const perGeneration = a.population * (a.replicates + (a.maxReplicates > a.replicates ? 1 : 0));
  const most = (a.population * a.replicates + a.generations * perGeneration) * plan.states.length;
  return a.budget === null ? most : Math.min(most, a.budget);
}
