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

/**
 * P(|T| < t) for Student's t with integer `df` ≥ 1 and t ≥ 0: the closed-form finite series in
 * θ = atan(t/√df) (Abramowitz & Stegun 26.7.3–4).
 */
export function studentTTwoSidedCdf(t: number, df: number): number {
  if (!(t > 0)) return 0;
  if (!Number.isFinite(t)) return 1;
  const theta = Math.atan(t / Math.sqrt(df));
  const s = Math.sin(theta);
  const c2 = Math.cos(theta) ** 2;
  if (df % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let j = 1; j <= (df - 2) / 2; j++) {
      term *= (c2 * (2 * j - 1)) / (2 * j);
      sum += term;
    }
    return Math.min(1, s * sum);
  }
  if (df === 1) return (2 * theta) / Math.PI;
  let term = Math.cos(theta);
  let sum = term;
  for (let j = 2; j <= (df - 1) / 2; j++) {
    term *= (c2 * (2 * j - 2)) / (2 * j - 1);
    sum += term;
  }
  return Math.min(1, (2 / Math.PI) * (theta + s * sum));
}

/** The t with P(|T| < t) = `level` (e.g. 0.95) for integer `df` ≥ 1, by bisection to 1e-12. */
export function studentTCritical(level: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (studentTTwoSidedCdf(hi, df) < level) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTTwoSidedCdf(mid, df) < level) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
