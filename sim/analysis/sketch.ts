/**
 * A deterministic quantile sketch with a relative-error guarantee (the log-bucket scheme of
 * DDSketch: Masson, Rim & Lee, VLDB 2019). A value x ≠ 0 falls in bucket i = ceil(ln|x| / ln γ),
 * γ = (1 + α)/(1 − α), which holds exactly the magnitudes in (γ^(i−1), γ^i]; zeros are counted
 * apart. Counts are exact, so the bucket holding the r-th smallest value is known exactly, and
 * reporting that bucket's representative 2γ^i/(γ + 1) errs by at most α relative to the true r-th
 * value: |x̂_(r) − x_(r)| ≤ α·|x_(r)| (up to floating-point rounding of the logarithm).
 *
 * Memory depends on the spread of the values, never on their number: one 32-bit counter per bucket
 * between the smallest and largest occupied bucket of each sign, about ln(max/min)/(2α) counters.
 * The counts, hence every estimate, do not depend on the order in which values arrive.
 */

/** Default relative accuracy: a quantile estimate is within 0.2 % of the exact order statistic. */
export const SKETCH_ALPHA = 0.002;

/** Counters of one sign over a growing window of bucket indices. */
class Buckets {
  offset = 0;
  counts = new Uint32Array(0);
  total = 0;

  add(i: number): void {
    if (this.counts.length === 0) {
      this.offset = i - 8;
      this.counts = new Uint32Array(16);
    } else if (i < this.offset || i >= this.offset + this.counts.length) {
      const lo = Math.min(i, this.offset);
      const hi = Math.max(i + 1, this.offset + this.counts.length);
      const span = hi - lo;
      const grown = new Uint32Array(Math.max(span, 2 * this.counts.length));
      // Grow toward the side that overflowed, so repeated growth in one direction stays amortised.
      const newOffset = i < this.offset ? hi - grown.length : lo;
      grown.set(this.counts, this.offset - newOffset);
      this.offset = newOffset;
      this.counts = grown;
    }
    this.counts[i - this.offset]++;
    this.total++;
  }
}

/** Quantiles of a stream of finite numbers within relative error α. */
export class QuantileSketch {
  private readonly lnGamma: number;
  private readonly scale: number;
  private readonly pos = new Buckets();
  private readonly neg = new Buckets();
  private zeros = 0;

  constructor(readonly alpha = SKETCH_ALPHA) {
    if (!(alpha > 0 && alpha < 1)) throw new Error(`sketch accuracy must be in (0, 1), got ${alpha}`);
    const gamma = (1 + alpha) / (1 - alpha);
    this.lnGamma = Math.log(gamma);
    this.scale = 2 / (gamma + 1);
  }

  /** Values added. */
  get count(): number {
    return this.pos.total + this.neg.total + this.zeros;
  }

  /**
   * Add a finite value. An undefined value (NaN) or an infinite one is refused: statistics count
   * defined values only, so the caller skips NaN (as the aggregator does) instead of binning it.
   */
  add(x: number): void {
    if (!Number.isFinite(x)) throw new RangeError(`QuantileSketch.add: ${x} is not a finite value`);
    if (x === 0) this.zeros++;
    else if (x > 0) this.pos.add(Math.ceil(Math.log(x) / this.lnGamma));
    else this.neg.add(Math.ceil(Math.log(-x) / this.lnGamma));
  }

  private rep(i: number): number {
    return Math.exp(i * this.lnGamma) * this.scale;
  }

  /** Estimate of the r-th smallest value (0-based rank, 0 ≤ r < count). */
  valueAtRank(r: number): number {
    let seen = 0;
    const neg = this.neg.counts;
    for (let j = neg.length - 1; j >= 0; j--) {
      seen += neg[j];
      if (r < seen) return -this.rep(j + this.neg.offset);
    }
    seen += this.zeros;
    if (r < seen) return 0;
    const pos = this.pos.counts;
    for (let j = 0; j < pos.length; j++) {
      seen += pos[j];
      if (r < seen) return this.rep(j + this.pos.offset);
    }
    throw new Error(`rank ${r} out of range (count ${this.count})`);
  }

  /**
   * Estimate of the type-7 sample quantile q (linear interpolation between the order statistics
   * of ranks floor(h) and floor(h) + 1, h = (n − 1)q): within α·max(|x_lo|, |x_hi|) of the exact one.
   */
  quantile(q: number): number {
    const n = this.count;
    if (n === 0) return Number.NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const a = this.valueAtRank(lo);
    if (lo + 1 >= n || h === lo) return a;
    return a + (h - lo) * (this.valueAtRank(lo + 1) - a);
  }

  /** Bytes held by the counters. */
  stateBytes(): number {
    return this.pos.counts.byteLength + this.neg.counts.byteLength;
  }
}
