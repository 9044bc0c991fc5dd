/**
 * Validation 7: NPV and IRR (`sim/kernel/finance.ts`) and the enterprise valuation's closed forms
 * (`levelNpv`, `levelIrr` in `agents/enterprise-valuation.ts`) against independently computed
 * cash-flow cases (docs/VALIDATION.md §7). The references are closed forms, published worked examples
 * and a plain bisection written here, independent of the model's code.
 */
import { describe, expect, it } from 'vitest';
import { levelIrr, levelNpv } from '../../agents/enterprise-valuation.js';
import { annuityPayment, irr, npv } from '../../sim/kernel/finance.js';

/** Reference NPV: Σ c_t (1 + r)^(−t / k), k periods a year. */
function refNpv(rate: number, flows: number[], perYear = 1): number {
  return flows.reduce((acc, c, t) => acc + c * (1 + rate) ** (-t / perYear), 0);
}

/** Reference IRR: bisection of refNpv on [lo, hi] (one sign change assumed). */
function refIrr(flows: number[], perYear = 1, lo = -0.9, hi = 1): number {
  let a = lo;
  let b = hi;
  const fa = refNpv(a, flows, perYear);
  for (let i = 0; i < 200; i++) {
    const m = (a + b) / 2;
    const fm = refNpv(m, flows, perYear);
    if (fm > 0 === fa > 0) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

describe('validation 7a: NPV and IRR of yearly cash flows', () => {
  it('[-100, 60, 60]: NPV at 10 % = 4.1322; IRR = 1/v − 1 with 60v² + 60v − 100 = 0 (13.066 %)', () => {
    const f = [-100, 60, 60];
    expect(npv(0.1, f)).toBeCloseTo(-100 + 60 / 1.1 + 60 / 1.21, 10);
    const v = (-60 + Math.sqrt(60 * 60 + 4 * 60 * 100)) / 120;
    expect(irr(f)).toBeCloseTo(1 / v - 1, 9);
    expect(irr(f)).toBeCloseTo(0.130662, 5);
  });

  it('[-100, 0, 0, 133.1]: IRR exactly 10 %, NPV at 10 % = 0', () => {
    expect(irr([-100, 0, 0, 133.1])).toBeCloseTo(0.1, 10);
    expect(npv(0.1, [-100, 0, 0, 133.1])).toBeCloseTo(0, 9);
  });

  it('Wikipedia "Internal rate of return" example [-123400, 36200, 54800, 48100]: IRR 5.96 %', () => {
    const f = [-123_400, 36_200, 54_800, 48_100];
    expect(irr(f)).toBeCloseTo(refIrr(f), 9);
    expect(Math.abs(irr(f) - 0.0596)).toBeLessThan(0.00005);
  });

  it('Microsoft Excel IRR example: -70,000 then 12,000 … 26,000: −2.1 % after 4 years, 8.7 % after 5', () => {
    const f = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    const four = f.slice(0, 5);
    expect(irr(four)).toBeCloseTo(refIrr(four), 9);
    expect(Math.abs(irr(four) - -0.021)).toBeLessThan(0.0005);
    expect(irr(f)).toBeCloseTo(refIrr(f), 9);
    expect(Math.abs(irr(f) - 0.087)).toBeLessThan(0.0005);
  });

  it('no sign change: IRR undefined (NaN)', () => {
    expect(irr([100, 50])).toBeNaN();
    expect(irr([0, 0, 0])).toBeNaN();
  });
});

describe('validation 7b: monthly flows and the valuation’s closed forms', () => {
  // A concession: −1,000,000 RMB at month 0, 9,000 RMB a month for 180 months, a 50,000 RMB
  // settlement at month 24. Annual rates compound monthly at (1 + r)^(1/12).
  const months = 180;
  const flows = [-1_000_000, ...new Array<number>(months).fill(9000)];
  flows[24] += 50_000;

  it('levelNpv = the annuity formula = npv of the monthly vector', () => {
    for (const r of [0, 0.03, 0.06, 0.1]) {
      const g = (1 + r) ** (1 / 12);
      const annuity = r === 0 ? months : (1 - g ** -months) / (g - 1);
      const hand = -1_000_000 + 9000 * annuity + 50_000 * g ** -24;
      expect(levelNpv(r, -1_000_000, 9000, months, 50_000, 24)).toBeCloseTo(hand, 6);
      expect(npv(r, flows, 'month')).toBeCloseTo(refNpv(r, flows, 12), 6);
      expect(npv(r, flows, 'month')).toBeCloseTo(hand, 6);
    }
  });

  it('levelIrr = irr of the monthly vector = independent bisection', () => {
    const ref = refIrr(flows, 12);
    expect(levelIrr(-1_000_000, 9000, months, 50_000, 24)).toBeCloseTo(ref, 8);
    expect(irr(flows, 'month')).toBeCloseTo(ref, 9);
    expect(refNpv(ref, flows, 12)).toBeCloseTo(0, 4);
  });

  it('annuity payment of a 100,000 loan at 5 %/12 over 360 months: 536.82 (standard mortgage table)', () => {
    expect(annuityPayment(100_000, 0.05 / 12, 360)).toBeCloseTo(536.82, 2);
  });
});
