/**
 * Student's t distribution for integer degrees of freedom: the two-sided probability in closed form
 * (a finite series in θ = atan(t/√df), Abramowitz & Stegun 26.7.3–4), the CDF and quantiles by
 * bisection. Used for 95 % intervals of ensemble means and of paired differences.
 */

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

/** P(T ≤ t) for Student's t with integer `df` ≥ 1. */
export function studentTCdf(t: number, df: number): number {
  const two = studentTTwoSidedCdf(Math.abs(t), df);
  return t >= 0 ? 0.5 + two / 2 : 0.5 - two / 2;
}

/** The p-quantile (0.5 ≤ p < 1) of Student's t with integer `df` ≥ 1. */
export function studentTQuantile(p: number, df: number): number {
  return studentTCritical(2 * p - 1, df);
}
