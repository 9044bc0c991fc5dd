/**
 * Small statistics, one implementation each: mean, sample sd, population variance, type-7 quantiles
 * (Hyndman & Fan 1996, R's default) and Student's t quantiles (exact for integer degrees of freedom,
 * which is all an experiment needs: df = n − 1). Pure; NaN where a value is undefined.
 */

/** Mean of `xs` (NaN when empty). */
export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/** Sample standard deviation (n − 1); NaN with fewer than two values. */
/** Mean of the finite values of xs (NaN when none is finite: undefined values are skipped, not 0). */
export function meanDefined(xs: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (Number.isFinite(x)) {
      s += x;
      n++;
    }
  }
  return n > 0 ? s / n : Number.NaN;
}

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

/** Type-7 quantile of ascending `sorted[0..n)`, q in [0, 1] (NaN when n = 0). */
export function quantileSorted(sorted: ArrayLike<number>, n: number, q: number): number {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo];
  if (lo + 1 >= n || h === lo) return a;
  return a + (h - lo) * (sorted[lo + 1] - a);
}

/** Type-7 percentile (linear interpolation between order statistics) of `xs`, q in [0, 1]. */
export function percentile(xs: ArrayLike<number>, q: number): number {
  return quantileSorted(Float64Array.from(xs).sort(), xs.length, q);
}

export { studentTCritical, studentTTwoSidedCdf } from './student-t.js';
