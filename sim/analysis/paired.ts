/**
 * Paired comparison under common random numbers: every scenario runs on the same seeds, so run i of
 * scenario s and run i of the baseline share their random streams and the difference d_i = x_s,i −
 * x_0,i carries little noise. Its mean has the 95 % interval mean ± t(0.975, n − 1)·sd/√n (Student
 * t); a difference whose interval contains 0 is not distinguishable from zero. A scenario compared
 * with itself has every d_i = 0 exactly.
 */
import { mean, sampleSd, studentTCritical } from '../kernel/stats.js';

/** Confidence level of every comparison interval. */
export const PAIRED_LEVEL = 0.95;

/** The paired difference of one indicator between a scenario and the baseline. */
export interface PairedDifference {
  /** Runs with a finite value in both scenarios. */
  n: number;
  /** Mean of the scenario minus the baseline (indicator units). */
  mean: number;
  /** Sample sd of the per-run differences. */
  sd: number;
  /** 95 % interval of the mean difference (NaN with fewer than two runs). */
  ci95: [number, number];
  /** Mean of the baseline over the same runs. */
  baselineMean: number;
  /** Mean difference relative to |baseline mean| (NaN when the baseline mean is 0). */
  relative: number;
  /** True when the interval excludes 0. */
  distinguishable: boolean;
}

/** Paired difference `other − base` over runs where both are finite. */
export function pairedDifference(base: ArrayLike<number>, other: ArrayLike<number>): PairedDifference {
  const d: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < Math.min(base.length, other.length); i++) {
    if (Number.isFinite(base[i]) && Number.isFinite(other[i])) {
      d.push(other[i] - base[i]);
      b.push(base[i]);
    }
  }
  const n = d.length;
  const m = mean(d);
  const sd = sampleSd(d);
  const half = n > 1 ? halfWidth(sd, n) : Number.NaN;
  const ci95: [number, number] = [m - half, m + half];
  const baselineMean = mean(b);
  return {
    n,
    mean: m,
    sd,
    ci95,
    baselineMean,
    relative: baselineMean !== 0 ? m / Math.abs(baselineMean) : Number.NaN,
    distinguishable: n > 1 && (ci95[0] > 0 || ci95[1] < 0),
  };
}

const criticalCache = new Map<number, number>();

/** t(0.975, n − 1)·sd/√n; 0 when sd is 0. */
function halfWidth(sd: number, n: number): number {
  if (sd === 0) return 0;
  let t = criticalCache.get(n);
  if (t === undefined) {
    t = studentTCritical(PAIRED_LEVEL, n - 1);
    criticalCache.set(n, t);
  }
  return (t * sd) / Math.sqrt(n);
}

/** Difference curves with bands: per cell (metric × tick), the paired difference's mean and interval. */
export interface DifferenceCurves {
  n: Uint32Array;
  mean: Float64Array;
  sd: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
}

/**
 * Streams per-run trajectories of a scenario and the baseline (same run, same length) and keeps, per
 * cell, Welford's running mean and sum of squares of their difference. Add runs in run-index order
 * for reproducible bytes.
 */
export class PairedCurveAccumulator {
  private readonly n: Uint32Array;
  private readonly mean: Float64Array;
  private readonly m2: Float64Array;

  constructor(readonly cells: number) {
    this.n = new Uint32Array(cells);
    this.mean = new Float64Array(cells);
    this.m2 = new Float64Array(cells);
  }

  /** Add one run: the scenario's values and the baseline's. */
  add(other: ArrayLike<number>, base: ArrayLike<number>): void {
    for (let c = 0; c < this.cells; c++) {
      const x = other[c];
      const y = base[c];
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const d = x - y;
      const k = this.n[c] + 1;
      this.n[c] = k;
      const delta = d - this.mean[c];
      this.mean[c] += delta / k;
      this.m2[c] += delta * (d - this.mean[c]);
    }
  }

  /** Mean difference, sd and 95 % band per cell (NaN where undefined). */
  result(): DifferenceCurves {
    const { cells } = this;
    const out: DifferenceCurves = {
      n: this.n.slice(),
      mean: new Float64Array(cells),
      sd: new Float64Array(cells),
      lo: new Float64Array(cells),
      hi: new Float64Array(cells),
    };
    for (let c = 0; c < cells; c++) {
      const k = this.n[c];
      const m = k > 0 ? this.mean[c] : Number.NaN;
      const sd = k > 1 ? Math.sqrt(this.m2[c] / (k - 1)) : Number.NaN;
      const half = k > 1 ? halfWidth(sd, k) : Number.NaN;
      out.mean[c] = m;
      out.sd[c] = sd;
      out.lo[c] = m - half;
      out.hi[c] = m + half;
    }
    return out;
  }
}
