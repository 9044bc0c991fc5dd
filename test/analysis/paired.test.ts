import { describe, expect, it } from 'vitest';
import { PairedCurveAccumulator, pairedDifference } from '../../sim/analysis/paired.js';
import { studentTCritical } from '../../sim/kernel/stats.js';
import { makeRng } from '../../sim/kernel/rng.js';

describe("Student's t critical values (two-sided 95 %)", () => {
  it.each([
    [1, 12.7062047],
    [2, 4.30265273],
    [5, 2.57058184],
    [10, 2.22813885],
    [30, 2.04227246],
    [101, 1.98373095],
  ])('df = %i gives %f', (df, t) => {
    expect(studentTCritical(0.95, df)).toBeCloseTo(t, 6);
  });
});

describe('paired differences', () => {
  it('are exactly zero, with a zero-width interval, for identical runs', () => {
    const x = [3.5, 1.25, 7, 2, 9.75];
    const d = pairedDifference(x, [...x]);
    expect(d).toMatchObject({ n: 5, mean: 0, sd: 0, ci95: [0, 0], distinguishable: false });
  });

  it('mark a constant shift as distinguishable and a noisy zero-mean difference as not', () => {
    expect(pairedDifference([1, 2, 3], [2, 3, 4])).toMatchObject({
      mean: 1,
      sd: 0,
      ci95: [1, 1],
      distinguishable: true,
    });
    const rng = makeRng(1, 'noise');
    const base = Array.from({ length: 200 }, () => rng.normal(10, 3));
    const other = base.map((b) => b + rng.normal(0, 1) + (rng.chance(0.5) ? 0.001 : -0.001));
    const d = pairedDifference(base, other);
    expect(d.ci95[0]).toBeLessThan(0);
    expect(d.ci95[1]).toBeGreaterThan(0);
    expect(d.distinguishable).toBe(false);
  });

  it('skip runs with a non-finite value in either scenario', () => {
    const d = pairedDifference([1, Number.NaN, 3, 4], [2, 5, Number.NaN, 6]);
    expect(d.n).toBe(2);
    expect(d.mean).toBe(1.5);
  });

  it('per curve cell equal the direct computation', () => {
    const rng = makeRng(2, 'curves');
    const acc = new PairedCurveAccumulator(3);
    const runs = Array.from({ length: 12 }, () => ({
      base: [rng.next(), rng.next(), 5],
      other: [rng.next(), rng.next(), 5],
    }));
    for (const r of runs) acc.add(r.other, r.base);
    const res = acc.result();
    for (let c = 0; c < 3; c++) {
      const direct = pairedDifference(
        runs.map((r) => r.base[c]),
        runs.map((r) => r.other[c]),
      );
      expect(res.mean[c]).toBeCloseTo(direct.mean, 12);
      expect(res.lo[c]).toBeCloseTo(direct.ci95[0], 12);
      expect(res.hi[c]).toBeCloseTo(direct.ci95[1], 12);
    }
    expect([res.mean[2], res.lo[2], res.hi[2]]).toEqual([0, 0, 0]);
  });
});
