/**
 * Small statistics for experiments: mean, sample sd, population variance, type-7 percentiles and
 * Student's t quantiles (exact for integer degrees of freedom, which is all an experiment needs:
 * df = n − 1). Pure; NaN where a value is undefined.
 */

/** Mean of `xs` (NaN when empty). */
export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/** Sample standard deviation (n − 1); NaN with fewer than two values. */
export function sampleSd(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i] - m) * (xs[i] - m);
  return Math.sqrt(ss / (n - 1));
}

/** Population variance (divisor n); NaN when empty. */
export function populationVariance(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i] - m) * (xs[i] - m);
  return ss / n;
}

/** Type-7 percentile (linear interpolation between order statistics) of `xs`, q in [0, 1]. */
export function percentile(xs: ArrayLike<number>, q: number): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(xs).sort();
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo + 1 >= n) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

export { studentTCritical, studentTTwoSidedCdf } from '../kernel/student-t.js';
