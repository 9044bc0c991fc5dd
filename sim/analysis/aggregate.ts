/**
 * Streaming statistics across runs for every cell (metric, tick) of the trajectories: n, mean, sd,
 * p05, p25, p50, p75, p95. Runs are added one at a time, in run-index order, and never held:
 * - n, mean and sd by Welford's update (sd is the sample standard deviation, n − 1);
 * - quantiles exactly (type 7, R's and numpy's default) while a cell has at most `exactLimit`
 *   values, which are kept; beyond that the cell's values move into a {@link QuantileSketch} and each
 *   quantile is within α (relative) of the exact order statistics it interpolates.
 * State: cells × min(exactLimit, expected runs) doubles plus the sketches, whose size depends on
 * the spread of values, not on their number. Non-finite values are skipped (n counts the rest).
 */
import { quantileSorted } from '../kernel/stats.js';
import { QuantileSketch, SKETCH_ALPHA } from './sketch.js';

/** Runs up to which curve quantiles are exact. */
export const EXACT_QUANTILE_RUNS = 1000;

/** The quantiles reported, in column order. */
export const CURVE_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Statistics per cell (cell = metric × ticks + tick); NaN where undefined (no values; sd of one). */
export interface CurveStats {
  n: Uint32Array;
  mean: Float64Array;
  sd: Float64Array;
  /** One array per entry of {@link CURVE_QUANTILES}. */
  quantiles: Float64Array[];
  /** Cells whose quantiles came from the sketch (more than `exactLimit` values). */
  sketchedCells: number;
}

/** Options of the aggregator (tests shrink them). */
export interface AggregatorOptions {
  exactLimit?: number;
  alpha?: number;
}

/** Aggregates trajectories of `cells` values per run. */
export class CurveAggregator {
  private readonly n: Uint32Array;
  private readonly mean: Float64Array;
  private readonly m2: Float64Array;
  private readonly cap: number;
  private readonly exact: Float64Array;
  private readonly sketches: (QuantileSketch | undefined)[];
  private readonly alpha: number;

  /** `expectedRuns` sizes the exact store (min(exactLimit, expectedRuns) values per cell). */
  constructor(
    readonly cells: number,
    expectedRuns: number,
    opts: AggregatorOptions = {},
  ) {
    this.cap = Math.max(1, Math.min(opts.exactLimit ?? EXACT_QUANTILE_RUNS, expectedRuns));
    this.alpha = opts.alpha ?? SKETCH_ALPHA;
    this.n = new Uint32Array(cells);
    this.mean = new Float64Array(cells);
    this.m2 = new Float64Array(cells);
    this.exact = new Float64Array(cells * this.cap);
    this.sketches = new Array(cells).fill(undefined);
  }

  /** Add one run's values (length `cells`). Call in run-index order for reproducible bytes. */
  add(values: Float64Array): void {
    if (values.length !== this.cells) throw new Error(`expected ${this.cells} values, got ${values.length}`);
    const { n, mean, m2, exact, cap } = this;
    for (let c = 0; c < values.length; c++) {
      const x = values[c];
      if (!Number.isFinite(x)) continue;
      const k = n[c] + 1;
      n[c] = k;
      const d = x - mean[c];
      mean[c] += d / k;
      m2[c] += d * (x - mean[c]);
      if (k <= cap) {
        exact[c * cap + k - 1] = x;
        continue;
      }
      let s = this.sketches[c];
      if (!s) {
        s = new QuantileSketch(this.alpha);
        for (let j = 0; j < cap; j++) s.add(exact[c * cap + j]);
        this.sketches[c] = s;
      }
      s.add(x);
    }
  }

  /** The statistics (call once, at the end: it sorts the kept values in place). */
  result(): CurveStats {
    const { cells, n, cap } = this;
    const sd = new Float64Array(cells);
    const mean = new Float64Array(cells);
    const quantiles = CURVE_QUANTILES.map(() => new Float64Array(cells));
    let sketchedCells = 0;
    for (let c = 0; c < cells; c++) {
      const k = n[c];
      mean[c] = k > 0 ? this.mean[c] : Number.NaN;
      sd[c] = k > 1 ? Math.sqrt(this.m2[c] / (k - 1)) : Number.NaN;
      const s = this.sketches[c];
      if (s) {
        sketchedCells++;
        CURVE_QUANTILES.forEach((q, j) => {
          quantiles[j][c] = s.quantile(q);
        });
      } else {
        const sorted = this.exact.subarray(c * cap, c * cap + k).sort();
        CURVE_QUANTILES.forEach((q, j) => {
          quantiles[j][c] = quantileSorted(sorted, k, q);
        });
      }
    }
    return { n: n.slice(), mean, sd, quantiles, sketchedCells };
  }

  /** Bytes of state held (independent of the number of runs added beyond the exact limit). */
  stateBytes(): number {
    let b = this.n.byteLength + this.mean.byteLength + this.m2.byteLength + this.exact.byteLength;
    for (const s of this.sketches) if (s) b += s.stateBytes();
    return b;
  }
}
