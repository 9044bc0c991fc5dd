/**
 * Exact summary statistics of one key indicator over the runs of an ensemble (the per-run rows are
 * kept, so nothing is approximated): n, mean, sample sd, the 95 % confidence interval of the mean
 * (mean ± t(0.975, n − 1)·sd/√n, Student's t) and the type-7 quantiles p05, p50, p95.
 */
import { studentTCdf, studentTQuantile } from '../kernel/student-t.js';
import { quantileSorted } from '../kernel/stats.js';

/** Summary of one indicator; NaN where undefined (no finite values; sd and CI with one value). */
export interface IndicatorSummary {
  n: number;
  mean: number;
  sd: number;
  ci95: [number, number];
  p05: number;
  p50: number;
  p95: number;
}

/** Summarise the finite entries of `values`. */
export function summarise(values: ArrayLike<number>): IndicatorSummary {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) xs.push(values[i]);
  const n = xs.length;
  let mean = 0;
  for (const x of xs) mean += x;
  mean = n > 0 ? mean / n : Number.NaN;
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN;
  const half = n > 1 ? studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n)) : Number.NaN;
  const sorted = Float64Array.from(xs).sort();
  return {
    n,
    mean,
    sd,
    ci95: [mean - half, mean + half],
    p05: quantileSorted(sorted, n, 0.05),
    p50: quantileSorted(sorted, n, 0.5),
    p95: quantileSorted(sorted, n, 0.95),
  };
}

export { studentTCdf, studentTQuantile };
