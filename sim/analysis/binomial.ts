/**
 * The upper tail of the binomial distribution, for PRIM's quasi-p-values: P(X ≥ k) for
 * X ~ Binomial(n, p), summed in log space so that n in the thousands neither overflows nor loses
 * the small tail. Pure.
 */

/** ln(m!) for m = 0..n. */
function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let m = 2; m <= n; m++) out[m] = out[m - 1] + Math.log(m);
  return out;
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p): 1 when k ≤ 0, 0 when k > n; NaN when n or p is not a valid
 * count or probability. The one-sided test of EMA Workbench's `_calculate_quasip`
 * (scipy's `binomtest(k, n, p, alternative="greater")`).
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lf = logFactorials(n);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const terms: number[] = [];
  for (let j = Math.ceil(k); j <= n; j++) terms.push(lf[n] - lf[j] - lf[n - j] + j * lp + (n - j) * lq);
  const top = Math.max(...terms);
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - top);
  return Math.min(1, Math.exp(top + Math.log(sum)));
}
