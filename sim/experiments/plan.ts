/**
 * The run plan of an experiment, fixed before anything runs: design point p, replicate r is run
 * index p·R + r and runs on seed runSeed(seed, r): the same seeds at every design point (common random
 * numbers), so differences between points are not blurred by different random streams. Runs are done
 * in index order, one scenario per design point, with `runOne`; rows carry their own run, point,
 * replicate, seed and factor values.
 */
import type { Lang } from '../kernel/i18n.js';
import type { Scenario } from '../../scenarios/schema.js';
import { runSeed } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { runOne } from '../model/run.js';
import { buildDesign, type Design } from '../analysis/designs.js';
import type { Factor, FactorValue } from '../analysis/factors.js';
import { describeValues, type PatchProblem, patchScenario } from './patch.js';
import type { Experiment } from './schema.js';

/** An experiment's design and run plan. */
export interface ExperimentPlan {
  factors: Factor[];
  design: Design;
  replicates: number;
  seed: number;
  /** Design points × replicates. */
  runs: number;
}

/** One finished run of an experiment: a row of points.csv. */
export interface PointRow {
  run: number;
  point: number;
  replicate: number;
  seed: number;
  values: FactorValue[];
  /** Key indicators in KEY_INDICATORS order. */
  indicators: Float64Array;
}

/** Plan the experiment (its factors already checked against the base scenario). */
export function planExperiment(exp: Experiment, factors: Factor[]): ExperimentPlan {
  const design = buildDesign(exp.design, factors, exp.seed);
  return {
    factors,
    design,
    replicates: exp.replicates,
    seed: exp.seed,
    runs: design.points.length * exp.replicates,
  };
}

/** Design point, replicate and seed of run `index`. */
export function runOf(
  plan: ExperimentPlan,
  index: number,
): { point: number; replicate: number; seed: number } {
  const point = Math.floor(index / plan.replicates);
  const replicate = index - point * plan.replicates;
  return { point, replicate, seed: runSeed(plan.seed, replicate) };
}

/** Design points whose factor values make an invalid scenario (first `limit` of them), problems in `lang`. */
export function invalidPoints(
  plan: ExperimentPlan,
  base: Scenario,
  limit = 10,
  lang: Lang = 'en',
): { point: number; values: string; problems: PatchProblem[] }[] {
  const out: { point: number; values: string; problems: PatchProblem[] }[] = [];
  for (let p = 0; p < plan.design.points.length && out.length < limit; p++) {
    const r = patchScenario(base, plan.factors, plan.design.points[p], lang);
    if (!r.ok)
      out.push({
        point: p,
        values: describeValues(plan.factors, plan.design.points[p]),
        problems: r.problems,
      });
  }
  return out;
}

/**
 * Run the plan's runs first..end−1 in index order, in this thread, calling `onRow` after each. The
 * scenario of a design point is built once and reused for its replicates. `shouldStop` is asked
 * before each run (a driver's interruption).
 */
export function runPlan(
  plan: ExperimentPlan,
  base: Scenario,
  first: number,
  end: number,
  onRow: (row: PointRow) => void,
  shouldStop: () => boolean = () => false,
): void {
  let cached = -1;
  let scenario: Scenario = base;
  for (let i = first; i < end && !shouldStop(); i++) {
    const { point, replicate, seed } = runOf(plan, i);
    const values = plan.design.points[point];
    if (point !== cached) {
      const patched = patchScenario(base, plan.factors, values);
      if (!patched.ok) {
        const what = patched.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
        throw new Error(
          `design point ${point} (${describeValues(plan.factors, values)}) is invalid: ${what}`,
        );
      }
      scenario = patched.scenario;
      cached = point;
    }
    const result = runOne(scenario, seed);
    const indicators = new Float64Array(KEY_INDICATORS.length);
    KEY_INDICATORS.forEach((k, j) => {
      indicators[j] = result.indicators[k.name];
    });
    onRow({ run: i, point, replicate, seed, values, indicators });
  }
}

/**
 * Mean over replicates of indicator `k` (index into KEY_INDICATORS) at each design point; NaN where a
 * point has no finite value. Pass rows in run-index order for reproducible bits.
 */
export function pointMeans(points: number, rows: readonly PointRow[], k: number): Float64Array {
  const sum = new Float64Array(points);
  const count = new Uint32Array(points);
  for (const r of rows) {
    const v = r.indicators[k];
    if (!Number.isFinite(v)) continue;
    sum[r.point] += v;
    count[r.point]++;
  }
  return sum.map((s, p) => (count[p] > 0 ? s / count[p] : Number.NaN));
}
