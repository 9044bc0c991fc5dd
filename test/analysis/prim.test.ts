import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from '../../sim/analysis/binomial.js';
import { boxDimensions, chooseStep, primTrajectory } from '../../sim/analysis/prim.js';
import { type DiscoveryInput, DiscoveryInputError } from '../../sim/analysis/prim-box.js';
import { primStability } from '../../sim/analysis/prim-resample.js';
import { makeRng } from '../../sim/kernel/rng.js';
import { plantedBox } from './planted.js';

describe('binomialUpperTail', () => {
  it('matches exact sums and the edges', () => {
    // P(X ≥ 2), X ~ Bin(3, 0.5) = 4/8
    expect(binomialUpperTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
    // P(X ≥ 8), X ~ Bin(10, 0.3) = 0.0015903864
    expect(binomialUpperTail(8, 10, 0.3)).toBeCloseTo(0.0015903864, 9);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(900, 1000, 0.5)).toBeGreaterThan(0);
    expect(binomialUpperTail(900, 1000, 0.5)).toBeLessThan(1e-100);
    expect(binomialUpperTail(3, 10, Number.NaN)).toBeNaN();
  });
});

describe('PRIM', () => {
  const { inputs, y } = plantedBox();
  const t = primTrajectory(inputs, y);

  it('recovers a planted box with coverage and density above 0.9, restricting x1 and x3 only', () => {
    const k = chooseStep(t, 0.8);
    const s = t.steps[k];
    expect(s.coverage).toBeGreaterThan(0.9);
    expect(s.density).toBeGreaterThan(0.9);
    expect(s.restricted).toEqual([0, 2]);
    const x1 = s.box[0];
    const x3 = s.box[2];
    expect(x1.kind === 'numeric' && Math.abs(x1.lo - 0.6) < 0.03).toBe(true);
    expect(x3.kind === 'numeric' && Math.abs(x3.hi - 0.3) < 0.03).toBe(true);
    const dims = boxDimensions(inputs, y, t, k);
    expect(dims.map((d) => d.input)).toEqual([0, 2]);
    for (const d of dims) expect(d.quasiP).toBeLessThan(1e-10);
  });

  it('has a trajectory that starts with every case and never drops below the minimum mass', () => {
    expect(t.steps[0]).toMatchObject({ step: 0, phase: 'start', coverage: 1, mass: 1, restricted: [] });
    expect(t.steps[0].density).toBeCloseTo(t.ofInterest / t.n, 12);
    for (const s of t.steps) expect(s.mass).toBeGreaterThanOrEqual(0.05);
    for (let k = 1; k < t.steps.length; k++) {
      if (t.steps[k].phase === 'peel') expect(t.steps[k].density).toBeGreaterThan(t.steps[k - 1].density);
    }
  });

  it('peels by α: each peel removes about 5 % of the box', () => {
    const s1 = t.steps[1];
    expect(s1.n).toBeGreaterThanOrEqual(Math.floor(0.94 * t.n));
    expect(s1.n).toBeLessThan(t.n);
    const coarse = primTrajectory(inputs, y, { alpha: 0.2, minMass: 0.2 });
    expect(coarse.steps[1].n).toBeLessThanOrEqual(Math.ceil(0.81 * t.n));
    for (const s of coarse.steps) expect(s.mass).toBeGreaterThanOrEqual(0.2);
    expect(coarse.steps.length).toBeLessThan(t.steps.length);
  });

  it('chooses a given step, or the densest when no box reaches the threshold', () => {
    expect(chooseStep(t, 0.8, 3)).toBe(3);
    const densest = chooseStep(t, 1.01);
    expect(t.steps[densest].density).toBe(Math.max(...t.steps.map((s) => s.density)));
  });

  it('is stable under resampling and reproducible for a seed', () => {
    const ref = t.steps[chooseStep(t, 0.8)].restricted;
    const a = primStability(inputs, y, ref, { seed: 3, threshold: 0.8, resamples: 8 });
    expect(a.usable).toBe(8);
    expect(a.restrictedShare[0]).toBe(1);
    expect(a.restrictedShare[2]).toBe(1);
    expect(a.restrictedShare[1] + a.restrictedShare[3] + a.restrictedShare[4]).toBeLessThanOrEqual(0.25);
    expect(a.sameInputsShare).toBeGreaterThanOrEqual(0.75);
    expect(primStability(inputs, y, ref, { seed: 3, threshold: 0.8, resamples: 8 })).toEqual(a);
  });

  it('peels a categorical input by dropping one category', () => {
    const n = 400;
    const rng = makeRng(1, 'cat');
    const colour = Array.from({ length: n }, (_, i) => ['red', 'green', 'blue', 'grey'][i % 4]);
    const noise = Float64Array.from({ length: n }, () => rng.next());
    const yc = Float64Array.from(colour, (c, i) => (c === 'red' && noise[i] < 0.9 ? 1 : 0));
    const tc = primTrajectory(
      [
        { name: 'colour', kind: 'categorical', values: colour },
        { name: 'noise', kind: 'numeric', values: noise },
      ],
      yc,
    );
    const s = tc.steps[chooseStep(tc, 0.8)];
    expect(s.box[0]).toEqual({ kind: 'categorical', keep: ['red'] });
    expect(s.coverage).toBeGreaterThan(0.9);
  });

  it('ignores a constant input and refuses outcomes that do not vary', () => {
    const constant: DiscoveryInput = {
      name: 'c',
      kind: 'numeric',
      values: new Float64Array(y.length).fill(2),
    };
    const tk = primTrajectory([constant, ...inputs], y);
    for (const s of tk.steps) expect(s.restricted).not.toContain(0);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return err instanceof DiscoveryInputError ? err.code : 'other';
      }
      return 'none';
    };
    expect(code(() => primTrajectory(inputs, new Float64Array(y.length)))).toBe('noneOfInterest');
    expect(code(() => primTrajectory(inputs, new Float64Array(y.length).fill(1)))).toBe('allOfInterest');
    expect(code(() => primTrajectory(inputs, new Float64Array(0)))).toBe('lengths');
    expect(
      code(() =>
        primTrajectory([{ name: 'a', kind: 'numeric', values: new Float64Array(0) }], new Float64Array(0)),
      ),
    ).toBe('noRows');
  });
});
