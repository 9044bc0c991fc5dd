import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile, summarise } from '../../sim/analysis/summary.js';

describe('summary statistics of key indicators', () => {
  it('Student t quantiles match the published table (t 0.975)', () => {
    const table: [number, number][] = [
      [1, 12.7062047362],
      [2, 4.30265272975],
      [4, 2.7764451052],
      [9, 2.26215716274],
      [19, 2.09302405441],
      [29, 2.04522964213],
      [99, 1.98421695151],
      [999, 1.96234146113],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 8);
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 14);
    expect(studentTCdf(-2.5705818366, 5)).toBeCloseTo(0.025, 9);
  });

  it('gives mean, sd, 95 % CI and type-7 quantiles of the finite values', () => {
    const s = summarise([2, 4, 4, 4, 5, 5, 7, 9, Number.NaN]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    const half = studentTQuantile(0.975, 7) * (s.sd / Math.sqrt(8));
    expect(s.ci95[0]).toBeCloseTo(5 - half, 12);
    expect(s.ci95[1]).toBeCloseTo(5 + half, 12);
    // numpy.quantile([2,4,4,4,5,5,7,9], [.05,.5,.95]) = [2.7, 4.5, 8.3]
    expect(s.p05).toBeCloseTo(2.7, 12);
    expect(s.p50).toBe(4.5);
    expect(s.p95).toBeCloseTo(8.3, 12);
  });

  it('leaves sd and the interval undefined for a single run', () => {
    const s = summarise([3]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeNaN();
    expect(s.ci95[0]).toBeNaN();
    expect(s.p05).toBe(3);
  });
});
