/**
 * Designs of an experiment: the factor values of every design point, fixed by the experiment file and
 * its seed before anything runs.
 * - grid: the full factorial of `levels` evenly spaced values per range (ends included) and every
 *   listed value, the first factor varying slowest;
 * - lhs: a Latin hypercube of `points` points: each factor's range is cut into `points` equal strata
 *   and each stratum is hit exactly once (a seeded permutation per factor; the point is uniform in
 *   its stratum, or at its centre with `centred`);
 * - morris: elementary-effects trajectories (morris.ts);
 * - sobol: Saltelli sampling (sobol.ts).
 * Random draws come from the stream "experiment:<design type>" of the experiment seed.
 */
import { makeRng, type Rng } from '../kernel/rng.js';
import { type Factor, type FactorValue, factorValue, gridLevels } from './factors.js';
import { type MorrisLayout, morrisSample } from './morris.js';
import { type SaltelliLayout, saltelliSample } from './sobol.js';

/** A design as the experiment file states it. */
export type DesignSpec =
  | { type: 'grid'; levels: number }
  | { type: 'lhs'; points: number; centred: boolean }
  | { type: 'morris'; trajectories: number; levels: number }
  | { type: 'sobol'; n: number; sampler: 'sobol' | 'random'; bootstrap: number };

/** The design points and, for the sensitivity designs, their structure. */
export interface Design {
  type: DesignSpec['type'];
  /** The design as stated. */
  spec: DesignSpec;
  /** Factor values per design point, in factor order. */
  points: FactorValue[][];
  /** Unit coordinates, row-major (points × factors); empty for a grid. */
  unit: Float64Array;
  morris?: MorrisLayout;
  sobol?: SaltelliLayout;
}

/** The design of `spec` over `factors`, drawn from the experiment `seed`. */
export function buildDesign(spec: DesignSpec, factors: readonly Factor[], seed: number): Design {
  const k = factors.length;
  const rng = makeRng(seed, `experiment:${spec.type}`);
  switch (spec.type) {
    case 'grid':
      return { type: 'grid', spec, points: gridPoints(factors, spec.levels), unit: new Float64Array(0) };
    case 'lhs': {
      const unit = latinHypercube(spec.points, k, rng, spec.centred);
      return { type: 'lhs', spec, points: valuesOf(factors, unit), unit };
    }
    case 'morris': {
      const morris = morrisSample(k, spec.trajectories, spec.levels, rng);
      return { type: 'morris', spec, points: valuesOf(factors, morris.unit), unit: morris.unit, morris };
    }
    case 'sobol': {
      const sobol = saltelliSample(k, spec.n, spec.sampler, rng);
      return { type: 'sobol', spec, points: valuesOf(factors, sobol.unit), unit: sobol.unit, sobol };
    }
  }
}

/** Number of design points `spec` gives for these factors (without building it). */
export function designSize(spec: DesignSpec, factors: readonly Factor[]): number {
  const k = factors.length;
  switch (spec.type) {
    case 'grid':
      return factors.reduce((n, f) => n * gridLevels(f, spec.levels).length, 1);
    case 'lhs':
      return spec.points;
    case 'morris':
      return spec.trajectories * (k + 1);
    case 'sobol':
      return spec.n * (k + 2);
  }
}

/** The full factorial, first factor slowest. */
export function gridPoints(factors: readonly Factor[], levels: number): FactorValue[][] {
  const axes = factors.map((f) => gridLevels(f, levels));
  let points: FactorValue[][] = [[]];
  for (const axis of axes) points = points.flatMap((p) => axis.map((v) => [...p, v]));
  return points;
}

/**
 * A Latin hypercube of n points in k dimensions, row-major: for each factor a seeded permutation of
 * the strata 0..n−1, the point uniform within its stratum (or at its centre).
 */
export function latinHypercube(n: number, k: number, rng: Rng, centred = false): Float64Array {
  const unit = new Float64Array(n * k);
  const perm = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    rng.shuffleIndices(perm);
    for (let i = 0; i < n; i++) unit[i * k + j] = (perm[i] + (centred ? 0.5 : rng.next())) / n;
  }
  return unit;
}

function valuesOf(factors: readonly Factor[], unit: Float64Array): FactorValue[][] {
  const k = factors.length;
  const n = k === 0 ? 0 : unit.length / k;
  return Array.from({ length: n }, (_, i) => factors.map((f, j) => factorValue(f, unit[i * k + j])));
}
