import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisIndices, morrisSample } from '../../sim/analysis/morris.js';
import { makeRng } from '../../sim/kernel/rng.js';

function outputs(layout: ReturnType<typeof morrisSample>, f: (x: Float64Array) => number): Float64Array {
  const k = layout.factors;
  const n = layout.unit.length / k;
  return Float64Array.from({ length: n }, (_, i) => f(layout.unit.subarray(i * k, (i + 1) * k)));
}

describe('Morris elementary effects', () => {
  it('uses Δ = p / (2(p − 1)) and moves one factor by ±Δ per step, staying on the grid in [0, 1]', () => {
    expect(morrisDelta(4)).toBeCloseTo(2 / 3, 15);
    const k = 5;
    const p = 6;
    const layout = morrisSample(k, 20, p, makeRng(1, 'm'));
    for (let t = 0; t < 20; t++) {
      const moved = new Set<number>();
      for (let j = 1; j <= k; j++) {
        const prev = layout.unit.subarray((t * (k + 1) + j - 1) * k, (t * (k + 1) + j) * k);
        const cur = layout.unit.subarray((t * (k + 1) + j) * k, (t * (k + 1) + j + 1) * k);
        const changed = [...cur].map((v, i) => v - prev[i]).filter((d) => Math.abs(d) > 1e-12);
        expect(changed).toHaveLength(1);
        expect(Math.abs(changed[0])).toBeCloseTo(morrisDelta(p), 12);
        moved.add(layout.stepFactor[t * k + j - 1]);
        for (const v of cur) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          expect(Math.abs(v * (p - 1) - Math.round(v * (p - 1)))).toBeLessThan(1e-9);
        }
      }
      expect(moved.size).toBe(k);
    }
  });

  it('ranks the factors of an additive function by their coefficients, with σ = 0', () => {
    const coef = [0.5, 8, 0, 3, 1.5];
    const layout = morrisSample(coef.length, 10, 4, makeRng(7, 'm'));
    const y = outputs(layout, (x) => coef.reduce((s, c, i) => s + c * x[i], 0));
    const idx = morrisIndices(layout, y, 200, makeRng(7, 'b'));
    idx.forEach((m, i) => {
      expect(m.muStar).toBeCloseTo(coef[i], 9);
      expect(m.mu).toBeCloseTo(coef[i], 9);
      expect(m.sigma).toBeCloseTo(0, 9);
    });
    const rank = idx.map((_, i) => i).sort((a, b) => idx[b].muStar - idx[a].muStar);
    expect(rank).toEqual([1, 3, 4, 0, 2]);
  });

  it('bootstrap interval of μ*: zero width at the exact effect of a linear model, seeded and reproducible', () => {
    const coef = [0.5, -8, 3];
    const layout = morrisSample(coef.length, 12, 4, makeRng(11, 'm'));
    const y = outputs(layout, (x) => coef.reduce((s, c, i) => s + c * x[i], 0));
    const idx = morrisIndices(layout, y, 500, makeRng(11, 'b'));
    idx.forEach((m, i) => {
      expect(m.muStarCi[0]).toBeCloseTo(Math.abs(coef[i]), 9);
      expect(m.muStarCi[1]).toBeCloseTo(Math.abs(coef[i]), 9);
    });
    // No resamples (or no rng): no interval, NaN rather than a made-up one.
    expect(morrisIndices(layout, y)[0].muStarCi.every(Number.isNaN)).toBe(true);
    const again = morrisIndices(layout, y, 500, makeRng(11, 'b'));
    expect(again.map((m) => m.muStarCi)).toEqual(idx.map((m) => m.muStarCi));
  });

  it('bootstrap interval of μ*: with noise it covers the true μ* in about 95 % of designs', () => {
    // y = x0 + 0.3·x1 + N(0, 0.05) per point: each elementary effect of x0 is 1 + N(0, √2·0.05/Δ),
    // never negative in practice (5 sd away), so the true μ* of x0 is 1 and of x1 is 0.3.
    const reps = 200;
    let covered0 = 0;
    let covered1 = 0;
    let width = 0;
    for (let rep = 0; rep < reps; rep++) {
      const layout = morrisSample(2, 20, 4, makeRng(rep, 'm'));
      const noise = makeRng(rep, 'noise');
      const y = outputs(layout, (x) => x[0] + 0.3 * x[1] + noise.normal(0, 0.05));
      const [m0, m1] = morrisIndices(layout, y, 400, makeRng(rep, 'b'));
      if (m0.muStarCi[0] <= 1 && 1 <= m0.muStarCi[1]) covered0++;
      if (m1.muStarCi[0] <= 0.3 && 0.3 <= m1.muStarCi[1]) covered1++;
      width += m0.muStarCi[1] - m0.muStarCi[0];
    }
    // Percentile intervals of 20 effects cover a little under 95 %; far below would mean a wrong interval.
    expect(covered0 / reps).toBeGreaterThan(0.85);
    expect(covered0 / reps).toBeLessThanOrEqual(0.99);
    expect(covered1 / reps).toBeGreaterThan(0.85);
    expect(width / reps).toBeGreaterThan(0);
  });

  it('ranks a non-linear additive function correctly and shows σ > 0 for the curved and interacting factors', () => {
    // y = 10 x0² + 4 x1 + x2 x3 (x4 inert)
    const layout = morrisSample(5, 40, 4, makeRng(3, 'm'));
    const y = outputs(layout, (x) => 10 * x[0] ** 2 + 4 * x[1] + x[2] * x[3]);
    const idx = morrisIndices(layout, y);
    expect(idx[0].muStar).toBeGreaterThan(idx[1].muStar);
    expect(idx[1].muStar).toBeGreaterThan(idx[2].muStar);
    expect(idx[4].muStar).toBe(0);
    expect(idx[0].sigma).toBeGreaterThan(0.5);
    expect(idx[1].sigma).toBeCloseTo(0, 9);
    expect(idx[2].sigma).toBeGreaterThan(0);
  });

  it('skips steps with a non-finite output', () => {
    const layout = morrisSample(2, 3, 4, makeRng(1, 'm'));
    const y = outputs(layout, (x) => x[0] + 2 * x[1]);
    y[0] = Number.NaN;
    const idx = morrisIndices(layout, y);
    expect(idx[0].n + idx[1].n).toBe(5);
  });
});
