import { describe, expect, it } from 'vitest';
import { CURVE_QUANTILES, CurveAggregator } from '../../sim/analysis/aggregate.js';
import { quantileSorted } from '../../sim/kernel/stats.js';
import { QuantileSketch } from '../../sim/analysis/sketch.js';
import { makeRng, type Rng } from '../../sim/kernel/rng.js';

/** Exact type-7 quantile of an unsorted list. */
function exactQuantile(xs: number[], q: number): number {
  const s = Float64Array.from(xs).sort();
  return quantileSorted(s, s.length, q);
}

/** The order statistics the type-7 quantile q interpolates. */
function bracket(xs: number[], q: number): [number, number] {
  const s = Float64Array.from(xs).sort();
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  return [s[lo], s[Math.min(lo + 1, s.length - 1)]];
}

const GENERATORS: Record<string, (r: Rng) => number> = {
  lognormal: (r) => r.lognormalMeanCv(1e6, 1.5),
  normal: (r) => r.normal(0, 10),
  'integers with ties and zeros': (r) => (r.chance(0.3) ? 0 : r.int(40)),
  'mixed signs over 12 decades': (r) => (r.chance(0.5) ? -1 : 1) * 10 ** r.uniform(-6, 6),
  shares: (r) => r.next(),
};

describe('quantile sketch', () => {
  it('refuses an undefined or infinite value with a clear error, and keeps its count', () => {
    const sk = new QuantileSketch(0.01);
    sk.add(1);
    expect(() => sk.add(Number.NaN)).toThrow('QuantileSketch.add: NaN is not a finite value');
    expect(() => sk.add(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(sk.count).toBe(1);
  });

  for (const [name, gen] of Object.entries(GENERATORS)) {
    it(`every quantile is within α of the exact order statistics: ${name}`, () => {
      const rng = makeRng(7, name);
      for (const alpha of [0.002, 0.01]) {
        const xs = Array.from({ length: 5000 }, () => gen(rng));
        const sk = new QuantileSketch(alpha);
        for (const x of xs) sk.add(x);
        expect(sk.count).toBe(xs.length);
        const sorted = Float64Array.from(xs).sort();
        for (let r = 0; r < sorted.length; r += 37) {
          const exact = sorted[r];
          expect(Math.abs(sk.valueAtRank(r) - exact)).toBeLessThanOrEqual(
            alpha * Math.abs(exact) * (1 + 1e-9),
          );
        }
        for (const q of [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1]) {
          const [a, b] = bracket(xs, q);
          const bound = alpha * Math.max(Math.abs(a), Math.abs(b)) * (1 + 1e-9);
          expect(Math.abs(sk.quantile(q) - exactQuantile(xs, q)), `q=${q}`).toBeLessThanOrEqual(bound);
        }
      }
    });
  }

  it('estimates do not depend on the order of the values', () => {
    const rng = makeRng(3, 'order');
    const xs = Array.from({ length: 2000 }, () => rng.normal(5, 3));
    const a = new QuantileSketch();
    const b = new QuantileSketch();
    for (const x of xs) a.add(x);
    for (const x of [...xs].reverse()) b.add(x);
    for (const q of CURVE_QUANTILES) expect(a.quantile(q)).toBe(b.quantile(q));
  });

  it('holds a state whose size depends on the spread of values, not their number', () => {
    const rng = makeRng(5, 'size');
    const sk = new QuantileSketch(0.002);
    const sizes: number[] = [];
    for (let n = 1; n <= 200_000; n++) {
      sk.add(rng.uniform(1, 2));
      if (n === 20_000 || n === 200_000) sizes.push(sk.stateBytes());
    }
    expect(sizes[1]).toBe(sizes[0]);
    // ln(2)/ln(γ) ≈ 173 buckets of 4 bytes, with growth slack.
    expect(sizes[1]).toBeLessThanOrEqual(3 * 4 * 180);
  });
});

describe('curve aggregator', () => {
  const cells = 6;
  function feed(agg: CurveAggregator, runs: Float64Array[]): void {
    for (const r of runs) agg.add(r);
  }
  function randomRuns(n: number, seed: number): Float64Array[] {
    const rng = makeRng(seed, 'runs');
    return Array.from({ length: n }, () => {
      const v = new Float64Array(cells);
      v[0] = rng.normal(100, 20);
      v[1] = rng.int(5);
      v[2] = 0;
      v[3] = rng.lognormalMeanCv(5e7, 0.8);
      v[4] = rng.chance(0.2) ? Number.NaN : rng.uniform(-1, 1);
      v[5] = rng.normal(0, 1e-3);
      return v;
    });
  }

  it('matches a direct computation (exact quantiles) while runs ≤ the exact limit', () => {
    const runs = randomRuns(40, 1);
    const agg = new CurveAggregator(cells, runs.length);
    feed(agg, runs);
    const s = agg.result();
    expect(s.sketchedCells).toBe(0);
    for (let c = 0; c < cells; c++) {
      const xs = runs.map((r) => r[c]).filter(Number.isFinite);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
      expect(s.n[c]).toBe(xs.length);
      expect(Math.abs(s.mean[c] - mean)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(mean)));
      if (sd === 0) expect(s.sd[c]).toBe(0);
      else expect(Math.abs(s.sd[c] - sd) / sd).toBeLessThan(1e-12);
      CURVE_QUANTILES.forEach((q, j) => {
        expect(s.quantiles[j][c]).toBe(exactQuantile(xs, q));
      });
    }
    expect(s.n[4]).toBeLessThan(40);
  });

  it('beyond the exact limit, quantiles stay within the stated bound', () => {
    const alpha = 0.002;
    const runs = randomRuns(3000, 2);
    const agg = new CurveAggregator(cells, runs.length, { exactLimit: 100, alpha });
    feed(agg, runs);
    const s = agg.result();
    expect(s.sketchedCells).toBe(cells);
    for (let c = 0; c < cells; c++) {
      const xs = runs.map((r) => r[c]).filter(Number.isFinite);
      CURVE_QUANTILES.forEach((q, j) => {
        const [a, b] = bracket(xs, q);
        const err = Math.abs(s.quantiles[j][c] - exactQuantile(xs, q));
        expect(err).toBeLessThanOrEqual(alpha * Math.max(Math.abs(a), Math.abs(b)) * (1 + 1e-9));
      });
    }
  });

  it('keeps a state of fixed size however many runs are added', () => {
    const size = (n: number) => {
      const agg = new CurveAggregator(cells, 100_000, { exactLimit: 64 });
      const rng = makeRng(9, 'fixed');
      const v = new Float64Array(cells);
      for (let i = 0; i < n; i++) {
        for (let c = 0; c < cells; c++) v[c] = rng.uniform(10, 20);
        agg.add(v);
      }
      return agg.stateBytes();
    };
    const a = size(5000);
    expect(size(50_000)).toBe(a);
    // Per cell: n, mean, M2 (20 bytes), 64 kept values, and at most 3 × 173 bucket counters.
    expect(a).toBeLessThan(cells * (20 + 64 * 8 + 3 * 4 * 180));
  });

  it('reports empty statistics for cells without values and no sd for one value', () => {
    const agg = new CurveAggregator(2, 1);
    agg.add(Float64Array.of(Number.NaN, 3));
    const s = agg.result();
    expect(s.n[0]).toBe(0);
    expect(s.mean[0]).toBeNaN();
    expect(s.quantiles[2][0]).toBeNaN();
    expect(s.mean[1]).toBe(3);
    expect(s.sd[1]).toBeNaN();
    expect(s.quantiles[0][1]).toBe(3);
  });
});
