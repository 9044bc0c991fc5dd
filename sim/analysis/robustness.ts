/**
 * Aggregates of a candidate's runs for an optimisation: over replicates (mean or a type-7
 * percentile), over states of the world (robustness measures after McPhail et al. 2018, "Robustness
 * metrics: how are they calculated, when should they be used and why do they give different
 * results?", Earth's Future 6: the mean, the 10th or 90th percentile, the largest regret from the
 * best candidate in each state (Savage's minimax regret) and the satisficing share of states that
 * reach a threshold), and the Student-t interval of a mean. Any undefined value (NaN) among the
 * inputs makes the aggregate undefined: undefined is never read as 0.
 */
import { mean, percentile, sampleSd, studentTCritical } from '../kernel/stats.js';

/** How replicates (or runs) aggregate: `mean`, `pNN` (type-7 percentile) or `all` (the worst run). */
export type AggregateSpec = string;

/** Objective direction. */
export type Direction = 'min' | 'max';

/** A robustness measure over states of the world. */
export type RobustnessMeasure = 'mean' | 'p10' | 'p90' | 'regret' | 'satisficing';

const hasUndefined = (xs: ArrayLike<number>): boolean => {
  for (let i = 0; i < xs.length; i++) if (Number.isNaN(xs[i])) return true;
  return false;
};

/**
 * Aggregate `xs` by `spec`: `mean`; `pNN` the type-7 percentile NN/100; `all` the worst value for
 * `direction` (the smallest when larger is better, `max`, the largest when `min`). NaN when `xs` is
 * empty or holds an undefined value.
 */
export function aggregate(xs: ArrayLike<number>, spec: AggregateSpec, direction: Direction = 'max'): number {
  if (xs.length === 0 || hasUndefined(xs)) return Number.NaN;
  if (spec === 'mean') return mean(xs);
  if (spec === 'all') {
    let worst = xs[0];
    for (let i = 1; i < xs.length; i++)
      worst = direction === 'max' ? Math.min(worst, xs[i]) : Math.max(worst, xs[i]);
    return worst;
  }
  const m = /^p(\d{1,3})$/.exec(spec);
  if (!m) throw new Error(`not an aggregate: "${spec}"`);
  return percentile(xs, Number(m[1]) / 100);
}

/**
 * A candidate's robustness over states: `perState[s]` is its value in state s; `best[s]` the best
 * value of any candidate in state s (for `regret`); `threshold` for `satisficing`. Regret is the
 * largest shortfall from the best over states (≥ 0, smaller is better); satisficing the share of
 * states at or beyond the threshold (0..1, larger is better); the others are in the value's unit.
 */
export function robustness(
  perState: ArrayLike<number>,
  measure: RobustnessMeasure,
  direction: Direction,
  best: ArrayLike<number> = [],
  threshold = Number.NaN,
): number {
  if (perState.length === 0 || hasUndefined(perState)) return Number.NaN;
  switch (measure) {
    case 'mean':
      return mean(perState);
    case 'p10':
      return percentile(perState, 0.1);
    case 'p90':
      return percentile(perState, 0.9);
    case 'regret': {
      let worst = 0;
      for (let s = 0; s < perState.length; s++) {
        const gap = direction === 'max' ? best[s] - perState[s] : perState[s] - best[s];
        if (Number.isNaN(gap)) return Number.NaN;
        worst = Math.max(worst, gap);
      }
      return worst;
    }
    case 'satisficing': {
      let met = 0;
      for (let s = 0; s < perState.length; s++)
        if (direction === 'max' ? perState[s] >= threshold : perState[s] <= threshold) met++;
      return met / perState.length;
    }
  }
}

/** The best value per state over candidates (`values[c][s]`), ignoring undefined values (NaN if none). */
export function bestPerState(
  values: readonly ArrayLike<number>[],
  states: number,
  direction: Direction,
): Float64Array {
  const best = new Float64Array(states).fill(Number.NaN);
  for (const v of values) {
    for (let s = 0; s < states; s++) {
      const x = v[s];
      if (Number.isNaN(x)) continue;
      if (Number.isNaN(best[s]) || (direction === 'max' ? x > best[s] : x < best[s])) best[s] = x;
    }
  }
  return best;
}

/** Mean and 95 % Student-t interval of `xs` (low and high NaN with fewer than two values). */
export function meanInterval(xs: ArrayLike<number>): { mean: number; low: number; high: number } {
  const m = xs.length === 0 || hasUndefined(xs) ? Number.NaN : mean(xs);
  if (xs.length < 2 || Number.isNaN(m)) return { mean: m, low: Number.NaN, high: Number.NaN };
  const half = (studentTCritical(0.95, xs.length - 1) * sampleSd(xs)) / Math.sqrt(xs.length);
  return { mean: m, low: m - half, high: m + half };
}
