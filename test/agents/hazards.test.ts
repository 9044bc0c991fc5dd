import { describe, expect, it } from 'vitest';
import {
  applyDamage,
  coordinationLevel,
  fireCompliant,
  fireProbability,
  recoveryPhase,
  SPONGE_EFFECTIVENESS,
  shocksPhase,
} from '../../agents/hazards.js';
import { COMPONENTS } from '../../scenarios/schema.js';
import { SHOCK_TYPES, type World } from '../../sim/world/state.js';
import { at, fund, smallWorld } from '../model/world-fixtures.js';

const WATER = COMPONENTS.indexOf('water');
const FIRE_SAFETY = COMPONENTS.indexOf('fireSafety');
const SPONGE = COMPONENTS.indexOf('sponge');
const STRUCTURE = COMPONENTS.indexOf('structure');
const RAIN = SHOCK_TYPES.indexOf('rainstorm');
const FIRE = SHOCK_TYPES.indexOf('fire');
const QUAKE = SHOCK_TYPES.indexOf('earthquake');

const QUIET = {
  rainstorm: { enabled: false },
  fire: { enabled: false },
  earthquake: { enabled: false },
  downturn: { enabled: false },
};

function setAll(world: World, component: number, value: number): void {
  for (const c of world.communities) c.condition[component] = value;
}

const deficitSum = (d: Float64Array) => d.reduce((a, b) => a + b, 0);

describe('rainstorms', () => {
  it('a scheduled storm does d = severity × exposure × (1 − drainage) × (1 − 0.7 sponge)', () => {
    const w = smallWorld({
      shocks: { ...QUIET, scheduled: [{ type: 'rainstorm', date: '2024-07', severity: 0.5 }] },
    });
    at(w, 0);
    shocksPhase(w);
    expect(w.month.rainstorms).toBe(1);
    for (const c of w.communities) {
      const d =
        0.5 * c.floodExposure * (1 - c.condition[WATER]) * (1 - SPONGE_EFFECTIVENESS * c.condition[SPONGE]);
      expect(c.deficit[RAIN]).toBeCloseTo(Math.min(1, d), 12);
      expect(c.q).toBeCloseTo(1 - c.deficit[RAIN], 12);
    }
  });

  it('damage falls with drainage and with sponge condition (same weather, common random numbers)', () => {
    const shocks = {
      ...QUIET,
      rainstorm: { enabled: true, monthlyProbability: Array(12).fill(1), severity: { mean: 0.6, sd: 0.2 } },
    };
    const loss = (water: number, sponge: number, seed: number) => {
      const w = smallWorld({ shocks }, seed);
      setAll(w, WATER, water);
      setAll(w, SPONGE, sponge);
      at(w, 0);
      shocksPhase(w);
      return w.communities.map((c) => c.deficit[RAIN]);
    };
    for (const seed of [1, 2, 3, 4, 5]) {
      const base = loss(0.2, 0.1, seed);
      const drained = loss(0.8, 0.1, seed);
      const sponged = loss(0.2, 0.9, seed);
      expect(base.reduce((a, b) => a + b)).toBeGreaterThan(0);
      base.forEach((d, i) => {
        expect(drained[i]).toBeLessThanOrEqual(d);
        expect(sponged[i]).toBeLessThanOrEqual(d);
        if (d > 0) {
          expect(drained[i] / d).toBeCloseTo(0.2 / 0.8, 9);
          expect(sponged[i] / d).toBeCloseTo((1 - 0.7 * 0.9) / (1 - 0.7 * 0.1), 9);
        }
      });
    }
  });
});

describe('fires', () => {
  const shocks = { ...QUIET, fire: { enabled: true, p0Monthly: 0.3, severity: { mean: 0.3, sd: 0.1 } } };

  it('fire frequency falls with fire safety over 20 seeds, about as (1 − safety)²', () => {
    let lowTotal = 0;
    let highTotal = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const count = (safety: number) => {
        const w = smallWorld({ shocks }, seed);
        setAll(w, FIRE_SAFETY, safety);
        let fires = 0;
        for (let t = 0; t < 24; t++) {
          at(w, t);
          shocksPhase(w);
          fires += w.month.fires;
        }
        return fires;
      };
      const low = count(0.2);
      const high = count(0.8);
      expect(low).toBeGreaterThan(high);
      lowTotal += low;
      highTotal += high;
    }
    // Expected ratio (0.8 / 0.2)² = 16; 20 seeds × 720 community-months give about 3,456 vs 216 fires.
    expect(lowTotal / highTotal).toBeGreaterThan(10);
    expect(lowTotal / highTotal).toBeLessThan(25);
  });

  it('with the same seed, better fire safety only removes fires (common random numbers)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const hit = (safety: number) => {
        const w = smallWorld({ shocks }, seed);
        setAll(w, FIRE_SAFETY, safety);
        at(w, 0);
        shocksPhase(w);
        return { hit: w.communities.map((c) => c.deficit[FIRE] > 0), lossQ: w.month.fireLossQ, w };
      };
      const low = hit(0.3);
      const high = hit(0.7);
      high.hit.forEach((h, i) => {
        if (h) expect(low.hit[i]).toBe(true);
      });
      expect(low.lossQ).toBeCloseTo(
        low.w.communities.reduce((a, c) => a + c.deficit[FIRE], 0),
        12,
      );
    }
  });

  it('p = p0 × (1 − fire safety)² and compliance follows the threshold', () => {
    const w = smallWorld({ shocks, resilience: { fireSafetyThreshold: 0.7 } });
    const c = w.communities[0];
    c.condition[FIRE_SAFETY] = 0.4;
    expect(fireProbability(w, c)).toBeCloseTo(0.3 * 0.36, 12);
    expect(fireCompliant(w, c)).toBe(false);
    c.condition[FIRE_SAFETY] = 0.7;
    expect(fireCompliant(w, c)).toBe(true);
  });
});

describe('earthquakes and the downturn regime', () => {
  it('earthquake damage is severity × (1 − structure)', () => {
    const w = smallWorld({
      shocks: { ...QUIET, scheduled: [{ type: 'earthquake', date: '2024-08', severity: 0.6 }] },
    });
    w.communities.forEach((c, i) => {
      c.condition[STRUCTURE] = i % 2 === 0 ? 0.3 : 0.9;
    });
    at(w, 0);
    shocksPhase(w);
    expect(w.month.earthquakes).toBe(0);
    at(w, 1);
    shocksPhase(w);
    expect(w.month.earthquakes).toBe(1);
    w.communities.forEach((c, i) => {
      expect(c.deficit[QUAKE]).toBeCloseTo(i % 2 === 0 ? 0.42 : 0.06, 12);
    });
  });

  it('a scheduled downturn holds for its months, then ends', () => {
    const w = smallWorld({
      shocks: { ...QUIET, scheduled: [{ type: 'downturn', date: '2024-08', months: 3 }] },
    });
    const seen: boolean[] = [];
    for (let t = 0; t < 6; t++) {
      at(w, t);
      shocksPhase(w);
      seen.push(w.government.downturn);
    }
    expect(seen).toEqual([false, true, true, true, false, false]);
  });

  it('the Markov regime enters and leaves with its monthly probabilities', () => {
    const on = smallWorld({
      shocks: { ...QUIET, downturn: { enabled: true, enterMonthly: 1, exitMonthly: 0 } },
    });
    at(on, 0);
    shocksPhase(on);
    expect(on.government.downturn).toBe(true);
    const off = smallWorld({
      shocks: { ...QUIET, downturn: { enabled: true, enterMonthly: 0, exitMonthly: 1 } },
    });
    off.government.downturn = true;
    at(off, 0);
    shocksPhase(off);
    expect(off.government.downturn).toBe(false);
    let months = 0;
    const w = smallWorld({
      shocks: { ...QUIET, downturn: { enabled: true, enterMonthly: 0.2, exitMonthly: 0.2 } },
    });
    for (let t = 0; t < 600; t++) {
      at(w, t);
      shocksPhase(w);
      if (w.government.downturn) months++;
    }
    expect(months / 600).toBeGreaterThan(0.35); // stationary share 0.2 / (0.2 + 0.2) = 0.5
    expect(months / 600).toBeLessThan(0.65);
  });
});

describe('recovery', () => {
  const quake = { ...QUIET, scheduled: [{ type: 'earthquake' as const, date: '2024-07', severity: 0.6 }] };

  it('Q ← Q + r(1 − Q) with r = r0 (1 + a·preparedness + b·coordination) when funded', () => {
    const w = smallWorld({
      shocks: { ...quake, recovery: { r0: 0.2, preparednessWeight: 0.8, coordinationWeight: 0.5 } },
      government: { approvals: { digitalPlatform: { enabled: true } } },
    });
    expect(coordinationLevel(w.scenario)).toBe(0.5);
    fund(w, 1e9);
    w.communities.forEach((c, i) => {
      c.preparedness = i / 29;
    });
    at(w, 0);
    shocksPhase(w);
    const before = w.communities.map((c) => c.q);
    recoveryPhase(w);
    w.communities.forEach((c, i) => {
      const r = 0.2 * (1 + 0.8 * c.preparedness + 0.5 * 0.5);
      expect(c.q).toBeCloseTo(before[i] + r * (1 - before[i]), 12);
    });
  });

  it('recovers faster with preparedness: higher Q each month and shorter episodes', () => {
    const run = (prep: number) => {
      const w = smallWorld({ shocks: quake });
      fund(w, 1e9);
      setAll(w, STRUCTURE, 0.3);
      for (const c of w.communities) c.preparedness = prep;
      const qs: number[] = [];
      let months = 0;
      let recoveries = 0;
      for (let t = 0; t < 24; t++) {
        at(w, t);
        shocksPhase(w);
        recoveryPhase(w);
        qs.push(w.communities[0].q);
        months += w.month.recoveryMonthsSum;
        recoveries += w.month.recoveries;
      }
      return { qs, mean: months / recoveries, recoveries };
    };
    const lo = run(0);
    const hi = run(0.8);
    expect(lo.recoveries).toBe(30);
    expect(hi.recoveries).toBe(30);
    expect(hi.mean).toBeLessThan(lo.mean);
    for (let t = 0; t < 10; t++) expect(hi.qs[t]).toBeGreaterThan(lo.qs[t]);
    // Damage 0.42, r = 0.25: residual 0.42 × 0.75^(m+1) first ≤ 0.05 at m = 7 months after the shock.
    expect(lo.mean).toBe(7);
  });

  it('an empty city fund means no recovery; a half-funded bill halves the rate', () => {
    const w = smallWorld({ shocks: quake }, 1, 1);
    at(w, 0);
    shocksPhase(w);
    const c = w.communities[0];
    const q0 = c.q;
    recoveryPhase(w);
    expect(c.q).toBe(q0);
    expect(w.ledger.rmb('use:repairs')).toBe(0);
    const need = 0.25 * (1 - q0) * c.households * w.scenario.renovation.repairRmbPerHouseholdPerDamage;
    fund(w, Math.round(need * 50) / 100);
    at(w, 1);
    recoveryPhase(w);
    expect(w.ledger.rmb('cityFund')).toBeGreaterThanOrEqual(0);
    expect(w.ledger.rmb('cityFund')).toBeLessThan(0.01);
    expect(c.q).toBeCloseTo(q0 + 0.125 * (1 - q0), 4);
    expect(w.ledger.checkConservation().ok).toBe(true);
  });

  it('Σ deficit = 1 − Q always, Q in [0, 1], loss accumulates, money conserved, fund never overdrawn', () => {
    const w = smallWorld({
      shocks: {
        rainstorm: { monthlyProbability: Array(12).fill(0.5), severity: { mean: 0.5, sd: 0.3 } },
        fire: { p0Monthly: 0.5 },
        earthquake: { annualProbability: 0.5 },
      },
    });
    fund(w, 2e6);
    let prevLoss = 0;
    for (let t = 0; t < 60; t++) {
      at(w, t);
      if (t % 12 === 6) fund(w, 1e6);
      shocksPhase(w);
      for (const c of w.communities) expect(deficitSum(c.deficit)).toBeCloseTo(1 - c.q, 12);
      recoveryPhase(w);
      let loss = 0;
      for (const c of w.communities) {
        expect(deficitSum(c.deficit)).toBeCloseTo(1 - c.q, 12);
        expect(c.q).toBeGreaterThanOrEqual(0);
        expect(c.q).toBeLessThanOrEqual(1);
        for (let k = 0; k < 3; k++) expect(c.deficit[k]).toBeGreaterThanOrEqual(0);
        loss += deficitSum(c.loss);
      }
      expect(loss).toBeGreaterThanOrEqual(prevLoss);
      prevLoss = loss;
      expect(w.ledger.rmb('cityFund')).toBeGreaterThanOrEqual(0);
      expect(w.ledger.checkConservation().ok).toBe(true);
    }
    expect(prevLoss).toBeGreaterThan(0);
    expect(w.ledger.rmb('use:repairs')).toBeGreaterThan(0);
  });

  it('damage never exceeds what is left and opens one episode', () => {
    const w = smallWorld({ shocks: QUIET }, 1, 1);
    at(w, 3);
    const c = w.communities[0];
    expect(applyDamage(w, c, FIRE, 0.7)).toBeCloseTo(0.7, 12);
    expect(c.episodeStart).toBe(3);
    at(w, 4);
    expect(applyDamage(w, c, RAIN, 0.7)).toBeCloseTo(0.3, 12);
    expect(c.q).toBe(0);
    expect(c.episodeStart).toBe(3);
    expect(applyDamage(w, c, QUAKE, -1)).toBe(0);
  });

  it('conditions decay each January, not at tick 0', () => {
    const w = smallWorld({ calendar: { start: '2025-01' }, shocks: QUIET }, 1, 3);
    const before = Array.from(w.communities[0].condition);
    at(w, 0);
    recoveryPhase(w);
    expect(Array.from(w.communities[0].condition)).toEqual(before);
    at(w, 1);
    recoveryPhase(w);
    expect(Array.from(w.communities[0].condition)).toEqual(before);
    at(w, 12);
    recoveryPhase(w);
    w.communities[0].condition.forEach((x, k) => {
      expect(x).toBeCloseTo(before[k] * 0.98, 12);
    });
  });

  it('is deterministic per seed', () => {
    const run = () => {
      const w = smallWorld({}, 7);
      fund(w, 5e5);
      for (let t = 0; t < 36; t++) {
        at(w, t);
        shocksPhase(w);
        recoveryPhase(w);
      }
      return w.communities.map((c) => [c.q, ...c.loss]);
    };
    expect(run()).toEqual(run());
  });
});
