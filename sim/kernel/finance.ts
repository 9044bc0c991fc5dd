/**
 * Discounting, internal rate of return, annuities and tail risk for the enterprise (PPP) bid and
 * the government's bond service (MODEL.md §7.2, §7.6). Leaf module: pure numeric functions.
 *
 * Conventions: rates are annual fractions (0.05 = 5 %/year). A cash-flow vector holds one amount
 * (RMB) per period, element 0 at time 0 (undiscounted). With monthly periods, month m is
 * discounted by (1 + r)^(m/12), i.e. the annual rate compounds monthly at its effective
 * equivalent rather than being divided by 12.
 */
import { mean } from './stats.js';

/** Length of a cash-flow period. */
export type Period = 'month' | 'year';

/** Periods per year for each {@link Period}. */
const PER_YEAR: Record<Period, number> = { month: 12, year: 1 };

/**
 * Discount factor for a cash flow `t` periods from now at an annual rate: (1 + r)^(−t/k), with
 * k = 12 for months and 1 for years (dimensionless, 0..1 for r ≥ 0).
 */
export function discountFactor(rateAnnual: number, t: number, period: Period = 'year'): number {
  return (1 + rateAnnual) ** (-t / PER_YEAR[period]);
}

/**
 * Net present value (RMB at time 0) of `flows` (RMB per period, element 0 at t = 0) at the annual
 * rate `rateAnnual` (> −1). Monthly flows are discounted by (1 + r)^(m/12).
 */
export function npv(rateAnnual: number, flows: ArrayLike<number>, period: Period = 'year'): number {
  const growth = (1 + rateAnnual) ** (1 / PER_YEAR[period]);
  let factor = 1;
  let sum = 0;
  for (let t = 0; t < flows.length; t++) {
    sum += flows[t] / factor;
    factor *= growth;
  }
  return sum;
}

/** Rates tried, in order, when looking for a sign change of NPV upward from 0. */
const UP_GRID = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30, 100, 1000];
/** Rates tried, in order, downward from 0. */
const DOWN_GRID = [0, -0.01, -0.02, -0.05, -0.1, -0.2, -0.3, -0.5, -0.7, -0.9, -0.99, -0.999];

/** Options of {@link irr}. */
export interface IrrOptions {
  /** Stop when the bracket is narrower than this (annual rate); default 1e-12. */
  tolerance?: number;
  /** Refinement steps at most; default 200. */
  maxIterations?: number;
}

/**
 * A root of f in the bracket [lo, hi] (f(lo) = fLo and f(hi) = fHi of opposite signs) by Brent's
 * method (Brent 1973, ch. 4): inverse quadratic or secant steps while they shrink the bracket fast
 * enough, bisection otherwise. Converges like bisection at worst and usually in under 10 NPV
 * evaluations where bisection to 1e-12 needs about 45; stops when the bracket is narrower than
 * `tolerance` (plus a relative 4·ε·|root| term) or f is exactly 0.
 */
function brent(
  f: (r: number) => number,
  lo: number,
  hi: number,
  fLo: number,
  fHi: number,
  tolerance: number,
  maxIterations: number,
): number {
  let a = lo;
  let b = hi;
  let fa = fLo;
  let fb = fHi;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < maxIterations; i++) {
    if (fb > 0 === fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: secant when a = c, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/** First bracket along `grid` where f changes sign (or hits 0); null if none. */
function scan(f: (r: number) => number, grid: readonly number[]): [number, number, number, number] | null {
  let prev = grid[0];
  let fPrev = f(prev);
  if (fPrev === 0) return [prev, prev, 0, 0];
  for (let i = 1; i < grid.length; i++) {
    const r = grid[i];
    const fr = f(r);
    if (Number.isNaN(fr)) continue;
    if (fr === 0) return [r, r, 0, 0];
    if (!Number.isNaN(fPrev) && fr > 0 !== fPrev > 0) return [prev, r, fPrev, fr];
    prev = r;
    fPrev = fr;
  }
  return null;
}

/**
 * Internal rate of return (annual fraction) of `flows` (RMB per period, element 0 at t = 0): the
 * annual rate at which {@link npv} is 0. Robust bracketing: NPV is scanned on a fixed grid of
 * rates upward from 0 (to 1000 = 100 000 %) and, failing that, downward (to −0.999); the first
 * sign change is refined by Brent's method. So the smallest non-negative IRR is preferred, then the
 * negative one closest to 0. Returns NaN when no sign change is found (all flows of one sign, or all zero).
 */
export function irr(flows: ArrayLike<number>, period: Period = 'year', options: IrrOptions = {}): number {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 200;
  let anyNonZero = false;
  for (let t = 0; t < flows.length && !anyNonZero; t++) {
    anyNonZero = flows[t] !== 0;
  }
  if (!anyNonZero) return Number.NaN;
  const f = (r: number): number => npv(r, flows, period);
  const bracket = scan(f, UP_GRID) ?? scan(f, DOWN_GRID);
  if (bracket === null) return Number.NaN;
  const [lo, hi, fLo, fHi] = bracket;
  if (lo === hi) return lo;
  return brent(f, lo, hi, fLo, fHi, tolerance, maxIterations);
}

/**
 * Level payment per period (RMB) that repays a loan of `principal` (RMB) over `periods` periods at
 * `ratePerPeriod` (fraction per period; for monthly payments on an annual rate pass the monthly
 * rate): P·r / (1 − (1 + r)^−n), or P / n when r = 0. Standard annuity formula.
 */
export function annuityPayment(principal: number, ratePerPeriod: number, periods: number): number {
  if (!(periods > 0)) throw new RangeError(`annuity needs periods > 0, got ${periods}`);
  if (ratePerPeriod === 0) return principal / periods;
  return (principal * ratePerPeriod) / (1 - (1 + ratePerPeriod) ** -periods);
}

/**
 * Conditional value at risk at level `alpha` (0..1): the mean of the worst (lowest) `alpha` share
 * of `samples` (same units as the samples, e.g. RMB of NPV). When α·n is not an integer the
 * boundary sample enters with its fractional weight (Rockafellar & Uryasev 2002, discrete form), so
 * with fewer than 1/α samples CVaR is the minimum. NaN for an empty sample.
 */
export function cvar(samples: ArrayLike<number>, alpha: number): number {
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`CVaR level must be in (0, 1], got ${alpha}`);
  const n = samples.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const k = alpha * n;
  const whole = Math.min(n, Math.floor(k + 1e-9));
  let sum = 0;
  for (let i = 0; i < whole; i++) sum += sorted[i];
  const frac = k - whole;
  if (frac > 1e-9 && whole < n) sum += frac * sorted[whole];
  return sum / k;
}

/**
 * Risk-adjusted value (same units as the samples, RMB of NPV) of a risk-averse bidder,
 * MODEL.md §7.6: V = mean − λ·(mean − CVaR_α), with λ ≥ 0 the risk aversion (0 = risk neutral,
 * 1 = judge by CVaR alone) and α = 0.1 by default (CVaR₁₀).
 */
export function riskAdjustedValue(samples: ArrayLike<number>, lambda: number, alpha = 0.1): number {
  const m = mean(samples);
  return m - lambda * (m - cvar(samples, alpha));
}
