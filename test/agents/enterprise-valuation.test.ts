import { describe, expect, it } from 'vitest';
import { tender, valueBundle } from '../../agents/enterprise.js';
import { levelIrr, levelNpv } from '../../agents/enterprise-valuation.js';
import { irr, npv } from '../../sim/kernel/finance.js';
import { makeRng } from '../../sim/kernel/rng.js';
import type { World } from '../../sim/world/state.js';
import { fullPlan, fundedWorld, planCapex, seeds, smallWorld, type Tree } from './enterprise-fixtures.js';

const RICH = {
  government: {
    farBonus: { enabled: true },
    taxRelief: { enabled: true },
    interestSubsidy: { enabled: true, minQualityForWhitelist: 0 },
  },
};

/** Value of every firm for community 0, each with its own fresh stream (common random numbers). */
function values(w: World, seed: number) {
  const c = w.communities[0];
  fullPlan(w, c);
  const capex = planCapex(w, c);
  return w.enterprises.map((e) => valueBundle(w, e, c, capex, makeRng(seed * 1000 + e.id, 'test')));
}

describe('level-flow discounting', () => {
  it('levelNpv and levelIrr equal npv and irr of the explicit monthly vector', () => {
    const cases: [number, number, number, number, number][] = [
      [-1_000_000, 9000, 180, 0, 1],
      [-500_000, 4000, 120, 80_000, 14],
      [-2_000_000, 30_000, 240, 250_000, 3],
      [-100, 0.5, 12, 0, 1],
    ];
    for (const [c0, level, months, extra, at] of cases) {
      const flows = new Float64Array(months + 1).fill(level);
      flows[0] = c0;
      flows[at] += extra;
      for (const r of [0, 0.05, 0.08, 0.2]) {
        expect(levelNpv(r, c0, level, months, extra, at)).toBeCloseTo(npv(r, flows, 'month'), 4);
      }
      const want = irr(flows, 'month');
      const got = levelIrr(c0, level, months, extra, at);
      if (Number.isNaN(want)) expect(got).toBeNaN();
      else expect(got).toBeCloseTo(want, 8);
    }
    expect(levelIrr(-1000, -1, 12)).toBeNaN();
  });
});

describe('valueBundle', () => {
  it('is deterministic for a given stream and V ≤ mean NPV, topUp = max(0, −V)', () => {
    const w = smallWorld({}, 3);
    const a = values(w, 3);
    const b = values(w, 3);
    expect(a).toEqual(b);
    for (const v of a) {
      expect(v.value).toBeLessThanOrEqual(v.meanNpv + 1e-6);
      expect(v.cvarNpv).toBeLessThanOrEqual(v.meanNpv + 1e-6);
      expect(v.topUpRmb).toBeCloseTo(Math.max(0, -v.value), 6);
      expect(Number.isFinite(v.irr) || Number.isNaN(v.irr)).toBe(true);
    }
  });

  it('a richer bundle (FAR bonus, tax relief, interest subsidy) raises V for every firm (20 seeds)', () => {
    for (const seed of seeds(20)) {
      const base = values(smallWorld({}, seed), seed);
      const rich = values(smallWorld(RICH, seed), seed);
      base.forEach((v, i) => {
        expect(rich[i].value).toBeGreaterThan(v.value);
      });
    }
  });

  it('tax relief alone and the interest subsidy alone each raise V (common random numbers)', () => {
    for (const seed of seeds(20)) {
      const base = values(smallWorld({}, seed), seed);
      const tax = values(smallWorld({ government: { taxRelief: { enabled: true } } }, seed), seed);
      const sub = values(
        smallWorld({ government: { interestSubsidy: { enabled: true, minQualityForWhitelist: 0 } } }, seed),
        seed,
      );
      base.forEach((v, i) => {
        expect(tax[i].value).toBeGreaterThan(v.value);
        expect(sub[i].value).toBeGreaterThan(v.value);
      });
    }
  });

  it('fewer revenue points (no parking item) lower V', () => {
    const w = smallWorld({}, 5);
    const full = values(w, 5);
    const c = w.communities[0];
    c.plan!.items = c.plan!.items.filter((i) => !w.items[i].revenueGenerating);
    const capex = planCapex(w, c);
    w.enterprises.forEach((e, i) => {
      const v = valueBundle(w, e, c, capex, makeRng(5 * 1000 + e.id, 'test'));
      expect(v.meanNpv).toBeLessThan(full[i].meanNpv);
    });
  });

  it('insurance raises the downside (CVaR₁₀) and V of risk-averse firms (20 seeds)', () => {
    const ins = { government: { insurance: { enabled: true } } };
    let penaltyBase = 0;
    let penaltyInsured = 0;
    for (const seed of seeds(20)) {
      const w = smallWorld({}, seed);
      const base = values(w, seed);
      const insured = values(smallWorld(ins, seed), seed);
      w.enterprises.forEach((e, i) => {
        expect(e.riskAversion).toBeGreaterThan(0);
        expect(insured[i].cvarNpv).toBeGreaterThan(base[i].cvarNpv);
        expect(insured[i].value).toBeGreaterThan(base[i].value);
        penaltyBase += base[i].meanNpv - base[i].value;
        penaltyInsured += insured[i].meanNpv - insured[i].value;
      });
    }
    // On average the risk penalty λ(mean − CVaR) shrinks (not draw by draw: dispute recovery of
    // large uninsured overruns makes the tail non-monotone).
    expect(penaltyInsured).toBeLessThan(0.8 * penaltyBase);
  });

  it('higher risk aversion lowers V at the same draws', () => {
    const w = smallWorld({}, 9);
    const c = w.communities[0];
    fullPlan(w, c);
    const e = w.enterprises[0];
    const capex = planCapex(w, c);
    e.riskAversion = 0;
    const neutral = valueBundle(w, e, c, capex, makeRng(1, 'x'));
    e.riskAversion = 0.8;
    const averse = valueBundle(w, e, c, capex, makeRng(1, 'x'));
    expect(neutral.value).toBeCloseTo(neutral.meanNpv, 6);
    expect(averse.value).toBeLessThan(neutral.value);
  });
});

describe('tender', () => {
  // Firms hold their starting capital (capitalised), the city fund nothing.
  const capitalised = (overrides: Tree, seed: number): World => fundedWorld(overrides, seed, 0);
  const tight = { enterprises: { selection: { maxTopUpShare: 0.15 } } };

  function bidders(overrides: Tree, seed: number): { bids: number; won: boolean } {
    const w = capitalised(overrides, seed);
    const c = w.communities[0];
    fullPlan(w, c);
    const r = tender(w, c, planCapex(w, c));
    return { bids: w.enterprises.reduce((a, e) => a + e.bids, 0), won: r !== null };
  }

  it('a richer bundle brings more bidders (20 seeds)', () => {
    let base = 0;
    let rich = 0;
    for (const seed of seeds(20)) {
      base += bidders(tight, seed).bids;
      rich += bidders({ ...tight, ...RICH }, seed).bids;
    }
    expect(rich).toBeGreaterThan(base);
  });

  it('the winner is paid within ±the top-up cap; bids are counted, wins only at the concession start', () => {
    let winners = 0;
    for (const seed of seeds(20)) {
      const w = capitalised(RICH, seed);
      const c = w.communities[0];
      fullPlan(w, c);
      const capex = planCapex(w, c);
      const r = tender(w, c, capex);
      if (!r) continue;
      winners++;
      const sel = w.scenario.enterprises.selection;
      expect(Math.abs(r.paymentRmb)).toBeLessThanOrEqual(sel.maxTopUpShare * capex + 0.01);
      expect(w.enterprises[r.enterprise].bids).toBe(1);
      expect(w.enterprises[r.enterprise].wins).toBe(0);
    }
    expect(winners).toBeGreaterThan(10);
  });

  it('returns null when nobody can bid: no cash, or no top-up accepted and V < 0', () => {
    // Not capitalised: every firm's cash (its part of the enterprises account) is 0.
    const w = smallWorld({}, 2);
    const c = w.communities[0];
    fullPlan(w, c);
    expect(w.enterprises.every((e) => w.ledger.firmCashRmb(e.id) === 0)).toBe(true);
    expect(tender(w, c, planCapex(w, c))).toBeNull();
    const v = capitalised({ enterprises: { selection: { maxTopUpShare: 0 } } }, 2);
    fullPlan(v, v.communities[0]);
    expect(tender(v, v.communities[0], planCapex(v, v.communities[0]))).toBeNull();
    expect(v.enterprises.every((e) => e.bids === 0)).toBe(true);
  });
});
