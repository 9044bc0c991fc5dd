import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/kernel/rng.js';
import { saltelliSample, sobolIndices } from '../../sim/analysis/sobol.js';
import { sobolPoints } from '../../sim/analysis/sobol-sequence.js';

/** Ishigami (1990) with a = 7, b = 0.1 on [−π, π]³. */
function ishigami(u: Float64Array, i: number): number {
  const x = [0, 1, 2].map((j) => -Math.PI + 2 * Math.PI * u[i * 3 + j]);
  return Math.sin(x[0]) + 7 * Math.sin(x[1]) ** 2 + 0.1 * x[2] ** 4 * Math.sin(x[0]);
}

/** Analytic indices (Sobol' & Levitan 1999). */
const S1 = [0.3139, 0.4424, 0];
const ST = [0.5576, 0.4424, 0.2437];

function ishigamiIndices(n: number, sampler: 'sobol' | 'random', seed: number) {
  const layout = saltelliSample(3, n, sampler, makeRng(seed, 'design'));
  const y = new Float64Array(layout.unit.length / 3);
  for (let i = 0; i < y.length; i++) y[i] = ishigami(layout.unit, i);
  return sobolIndices(layout, y, 300, makeRng(seed, 'bootstrap'));
}

describe("Sobol' sequence", () => {
  it('gives the known first points of dimensions 1 and 2', () => {
    expect(Array.from(sobolPoints(8, 2))).toEqual([
      0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75, 0.375, 0.375, 0.875, 0.875, 0.625, 0.125, 0.125, 0.625,
    ]);
  });

  it('puts exactly one of the first 2^m points in each dyadic interval of every dimension', () => {
    const dims = 31;
    const n = 64;
    const pts = sobolPoints(n, dims);
    for (let d = 0; d < dims; d++) {
      const bins = new Set<number>();
      for (let i = 0; i < n; i++) bins.add(Math.floor(pts[i * dims + d] * n));
      expect(bins.size).toBe(n);
    }
  });

  it('keeps that stratification under a digital shift', () => {
    const shift = [0x9e3779b9, 0x7f4a7c15];
    const pts = sobolPoints(32, 2, shift);
    for (let d = 0; d < 2; d++) {
      const bins = new Set<number>();
      for (let i = 0; i < 32; i++) bins.add(Math.floor(pts[i * 2 + d] * 32));
      expect(bins.size).toBe(32);
    }
  });
});

describe('Sobol indices with Saltelli sampling', () => {
  it('recover the Ishigami function’s analytic indices within 0.02 (n = 4096, Sobol’ base)', () => {
    const r = ishigamiIndices(4096, 'sobol', 11);
    r.indices.forEach((s, i) => {
      expect(Math.abs(s.s1 - S1[i])).toBeLessThan(0.02);
      expect(Math.abs(s.st - ST[i])).toBeLessThan(0.02);
      expect(s.s1Ci[0]).toBeLessThanOrEqual(S1[i]);
      expect(s.s1Ci[1]).toBeGreaterThanOrEqual(S1[i]);
      expect(s.stCi[0]).toBeLessThanOrEqual(ST[i]);
      expect(s.stCi[1]).toBeGreaterThanOrEqual(ST[i]);
    });
    expect(r.warnings).toEqual([]);
  });

  it('recover them within 0.04 from a pseudo-random base (n = 8192)', () => {
    const r = ishigamiIndices(8192, 'random', 3);
    r.indices.forEach((s, i) => {
      expect(Math.abs(s.s1 - S1[i])).toBeLessThan(0.04);
      expect(Math.abs(s.st - ST[i])).toBeLessThan(0.04);
    });
  });

  it('warn when the design is too small for stable indices', () => {
    const r = ishigamiIndices(64, 'sobol', 5);
    expect(r.warnings.join('\n')).toMatch(/too small/);
  });

  it('are undefined, with a warning, for an output that does not vary', () => {
    const layout = saltelliSample(2, 16, 'sobol', makeRng(1, 'd'));
    const r = sobolIndices(layout, new Float64Array(16 * 4).fill(3), 10, makeRng(1, 'b'));
    expect(r.indices.every((s) => Number.isNaN(s.s1) && Number.isNaN(s.st))).toBe(true);
    expect(r.warnings.join()).toMatch(/does not vary/);
  });

  it('lay out each base row as A, A_B^1 … A_B^k, B', () => {
    const k = 3;
    const { unit } = saltelliSample(k, 8, 'sobol', makeRng(2, 'd'));
    for (let j = 0; j < 8; j++) {
      const row = (m: number) => Array.from(unit.subarray((j * (k + 2) + m) * k, (j * (k + 2) + m + 1) * k));
      const a = row(0);
      const b = row(k + 1);
      for (let i = 0; i < k; i++) {
        const ab = row(1 + i);
        expect(ab).toEqual(a.map((v, c) => (c === i ? b[c] : v)));
      }
    }
  });
});
