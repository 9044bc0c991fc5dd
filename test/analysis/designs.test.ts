import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  designSize,
  type DesignSpec,
  gridPoints,
  latinHypercube,
} from '../../sim/analysis/designs.js';
import { factorValue, parsePath, prepareFactors } from '../../sim/analysis/factors.js';
import { makeRng } from '../../sim/kernel/rng.js';

const factors = prepareFactors([
  { path: 'a.x', range: [0, 10], integer: false },
  { path: 'b.flag', values: [false, true], integer: false },
  { path: 'c[2].n', range: [1, 5], integer: true, name: 'n' },
]);

const specs: DesignSpec[] = [
  { type: 'grid', levels: 3 },
  { type: 'lhs', points: 12, centred: false },
  { type: 'morris', trajectories: 4, levels: 4 },
  { type: 'sobol', n: 16, sampler: 'sobol', bootstrap: 0 },
  { type: 'sobol', n: 16, sampler: 'random', bootstrap: 0 },
];

describe('Latin hypercube', () => {
  it.each([
    [10, 3, false],
    [37, 5, false],
    [8, 2, true],
  ])('n = %i, k = %i: every stratum of every factor is hit exactly once', (n, k, centred) => {
    const unit = latinHypercube(n, k, makeRng(9, 'lhs'), centred);
    for (let j = 0; j < k; j++) {
      const strata = Array.from({ length: n }, (_, i) => Math.floor(unit[i * k + j] * n)).sort(
        (a, b) => a - b,
      );
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      if (centred) for (let i = 0; i < n; i++) expect((unit[i * k + j] * n) % 1).toBeCloseTo(0.5, 12);
    }
  });

  it('keeps the strata through the factor mapping of an lhs design', () => {
    const d = buildDesign({ type: 'lhs', points: 20, centred: false }, factors, 4);
    const strata = d.points.map((p) => Math.floor(((p[0] as number) / 10) * 20)).sort((a, b) => a - b);
    expect(strata).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('full-factorial grid', () => {
  it('crosses every level of every factor, first factor slowest, ends included', () => {
    const pts = gridPoints(factors, 3);
    expect(pts).toHaveLength(3 * 2 * 3);
    expect(pts[0]).toEqual([0, false, 1]);
    expect(pts[1]).toEqual([0, false, 3]);
    expect(pts[2]).toEqual([0, false, 5]);
    expect(pts[3]).toEqual([0, true, 1]);
    expect(pts[pts.length - 1]).toEqual([10, true, 5]);
    expect(new Set(pts.map((p) => JSON.stringify(p))).size).toBe(pts.length);
  });
});

describe('designs', () => {
  it.each(specs)('$type design ($sampler) is deterministic per seed and has the promised size', (spec) => {
    const a = buildDesign(spec, factors, 5);
    const b = buildDesign(spec, factors, 5);
    expect(a.points).toEqual(b.points);
    expect(Array.from(a.unit)).toEqual(Array.from(b.unit));
    expect(a.points).toHaveLength(designSize(spec, factors));
    if (spec.type !== 'grid') {
      const c = buildDesign(spec, factors, 6);
      expect(Array.from(c.unit)).not.toEqual(Array.from(a.unit));
    }
  });

  it('maps unit coordinates onto ranges (rounded for integers) and lists (equal bins)', () => {
    expect(factorValue(factors[0], 0.25)).toBe(2.5);
    expect(factorValue(factors[1], 0.49)).toBe(false);
    expect(factorValue(factors[1], 0.5)).toBe(true);
    expect(factorValue(factors[1], 1)).toBe(true);
    expect(factorValue(factors[2], 0.4)).toBe(3);
    for (const d of specs.map((s) => buildDesign(s, factors, 1))) {
      for (const p of d.points) {
        expect(p[0]).toBeGreaterThanOrEqual(0);
        expect(p[0]).toBeLessThanOrEqual(10);
        expect(Number.isInteger(p[2])).toBe(true);
      }
    }
  });

  it('parses dotted paths with indices and rejects others', () => {
    expect(parsePath('residents.elevatorCostSharing.coefficients[3]')).toEqual([
      'residents',
      'elevatorCostSharing',
      'coefficients',
      3,
    ]);
    expect(parsePath('a..b')).toBeUndefined();
    expect(parsePath('a.b[x]')).toBeUndefined();
  });
});
