import { describe, expect, it } from 'vitest';
import {
  annuityPayment,
  cvar,
  discountFactor,
  irr,
  npv,
  riskAdjustedValue,
} from '../../sim/kernel/finance.js';
import { mean } from '../../sim/kernel/stats.js';

describe('npv', () => {
  it('−100, 60, 60 at 10 %/year = −100 + 60/1.1 + 60/1.21 = 4.1322', () => {
    expect(npv(0.1, [-100, 60, 60])).toBeCloseTo(-100 + 60 / 1.1 + 60 / 1.21, 10);
    expect(npv(0.1, [-100, 60, 60])).toBeCloseTo(4.132231, 6);
  });

  it('is the plain sum at rate 0 and 0 for no flows', () => {
    expect(npv(0, [-5, 2, 3, 4])).toBe(4);
    expect(npv(0.1, [])).toBe(0);
  });

  it('discounts month m by (1 + r)^(m/12)', () => {
    const flows = new Float64Array(13);
    flows[12] = 110;
    expect(npv(0.1, flows, 'month')).toBeCloseTo(100, 10);
    flows[12] = 0;
    flows[6] = 100;
    expect(npv(0.1, flows, 'month')).toBeCloseTo(100 / Math.sqrt(1.1), 10);
    expect(discountFactor(0.1, 6, 'month')).toBeCloseTo(1 / Math.sqrt(1.1), 12);
    expect(discountFactor(0.1, 2)).toBeCloseTo(1 / 1.21, 12);
  });
});

describe('irr', () => {
  it('−100, 60, 60: root of 100x² − 60x − 60 = 0, x = 1 + r → r = (60 + √27600)/200 − 1 ≈ 13.066 %', () => {
    const expected = (60 + Math.sqrt(27_600)) / 200 - 1;
    expect(irr([-100, 60, 60])).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(0.130662, 6);
  });

  it('a bond bought at par yields its coupon: −100, 5, 5, 105 → 5 %', () => {
    expect(irr([-100, 5, 5, 105])).toBeCloseTo(0.05, 10);
  });

  it('a 10-year zero-coupon bond doubling its price yields 2^(1/10) − 1 ≈ 7.177 %', () => {
    const flows = new Array<number>(11).fill(0);
    flows[0] = -100;
    flows[10] = 200;
    expect(irr(flows)).toBeCloseTo(2 ** 0.1 - 1, 10);
  });

  it('a discounted coupon bond: NPV at the IRR is 0 and the yield sits above the coupon', () => {
    const flows = [-95, 5, 5, 105];
    const r = irr(flows);
    expect(Math.abs(npv(r, flows))).toBeLessThan(1e-9);
    expect(r).toBeGreaterThan(0.06);
    expect(r).toBeLessThan(0.07);
  });

  it('returns annual rates for monthly flows', () => {
    const flows = new Float64Array(13);
    flows[0] = -100;
    flows[12] = 110;
    expect(irr(flows, 'month')).toBeCloseTo(0.1, 10);
  });

  it('finds negative IRRs: −100, 50, 40 → (50 + √18500)/200 − 1 ≈ −6.993 %', () => {
    expect(irr([-100, 50, 40])).toBeCloseTo((50 + Math.sqrt(18_500)) / 200 - 1, 10);
  });

  it('prefers the smallest non-negative root: −100, 230, −132 has roots 10 % and 20 %', () => {
    expect(irr([-100, 230, -132])).toBeCloseTo(0.1, 10);
  });

  it('returns NaN without a sign change', () => {
    expect(irr([100, 10, 10])).toBeNaN();
    expect(irr([-100, -10])).toBeNaN();
    expect(irr([])).toBeNaN();
    expect(irr([0, 0, 0])).toBeNaN();
  });

  it('agrees with plain bisection to 1e-10 on 300 random monthly projects', () => {
    // Reference: bisection of npv on the bracket where it changes sign, 200 halvings.
    const reference = (flows: number[]): number => {
      let lo = -0.99;
      let hi = 10;
      if (npv(lo, flows, 'month') > 0 === npv(hi, flows, 'month') > 0) return Number.NaN;
      for (let i = 0; i < 200; i++) {
        const mid = 0.5 * (lo + hi);
        if (npv(mid, flows, 'month') > 0 === npv(lo, flows, 'month') > 0) lo = mid;
        else hi = mid;
      }
      return 0.5 * (lo + hi);
    };
    let state = 12345;
    const u = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    let checked = 0;
    for (let k = 0; k < 300; k++) {
      const months = 12 + Math.floor(u() * 300);
      const level = 1 + u() * 30;
      const flows = [-1000 * (0.2 + u()), ...Array.from({ length: months }, () => level * (0.5 + u()))];
      const want = reference(flows);
      if (!Number.isFinite(want)) continue;
      expect(Math.abs(irr(flows, 'month') - want), `project ${k}`).toBeLessThan(1e-10);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('annuityPayment', () => {
  it('100 000 over 12 months at 1 %/month ≈ 8 884.88, and the payments repay the loan', () => {
    const pay = annuityPayment(100_000, 0.01, 12);
    expect(pay).toBeCloseTo(8_884.88, 2);
    let pv = 0;
    for (let t = 1; t <= 12; t++) pv += pay / 1.01 ** t;
    expect(pv).toBeCloseTo(100_000, 6);
  });

  it('is P/n at rate 0 and rejects n ≤ 0', () => {
    expect(annuityPayment(1_000, 0, 10)).toBe(100);
    expect(() => annuityPayment(1_000, 0.05, 0)).toThrow(RangeError);
  });
});

describe('cvar and riskAdjustedValue', () => {
  const samples = [7, 3, 10, 1, 5, 9, 2, 8, 6, 4];

  it('is the mean of the worst α share', () => {
    expect(cvar(samples, 0.2)).toBeCloseTo(1.5, 12); // (1 + 2) / 2
    expect(cvar(samples, 0.25)).toBeCloseTo((1 + 2 + 0.5 * 3) / 2.5, 12); // fractional third sample
    expect(cvar(samples, 1)).toBeCloseTo(5.5, 12);
    expect(cvar([4, -2, 9, 0, 3], 0.1)).toBe(-2); // fewer than 1/α samples: the minimum
  });

  it('does not reorder its input; NaN when empty; rejects bad α', () => {
    const copy = [...samples];
    cvar(copy, 0.3);
    expect(copy).toEqual(samples);
    expect(cvar([], 0.1)).toBeNaN();
    expect(() => cvar(samples, 0)).toThrow(RangeError);
    expect(() => cvar(samples, 1.5)).toThrow(RangeError);
  });

  it('V = mean − λ(mean − CVaR₁₀)', () => {
    const npvs = Array.from({ length: 20 }, (_, i) => i - 5); // −5..14, mean 4.5, CVaR₁₀ = −4.5
    expect(mean(npvs)).toBeCloseTo(4.5, 12);
    expect(cvar(npvs, 0.1)).toBeCloseTo(-4.5, 12);
    expect(riskAdjustedValue(npvs, 0)).toBeCloseTo(4.5, 12);
    expect(riskAdjustedValue(npvs, 1)).toBeCloseTo(-4.5, 12);
    expect(riskAdjustedValue(npvs, 0.5)).toBeCloseTo(0, 12);
    expect(riskAdjustedValue(npvs, 0.5, 0.5)).toBeCloseTo(4.5 - 0.5 * (4.5 - -0.5), 12); // CVaR₅₀ = mean(−5..4);
  });
});
