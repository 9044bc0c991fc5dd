import { describe, expect, it } from 'vitest';
import { recoveryPhase, shocksPhase } from '../../agents/hazards.js';
import { COMPONENTS } from '../../scenarios/schema.js';
import {
  bruneauLoss,
  bruneauLossTrapezoid,
  defaultApprovalMonths,
  type ResilienceIndex,
  resilienceIndex,
} from '../../sim/model/resilience.js';
import type { World } from '../../sim/world/state.js';
import { at, smallWorld } from './world-fixtures.js';

/** A 25-community city (these tests' expectations were set on 25). */
const makeWorld = (extra: Parameters<typeof smallWorld>[0] = {}, seed = 1, communities = 25) =>
  smallWorld(extra, seed, communities);

const FIRE_SAFETY = COMPONENTS.indexOf('fireSafety');

function expectWellFormed(world: World, r: ResilienceIndex): void {
  for (const v of Object.values(r.components)) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  const k = r.components;
  expect(r.infrastructure).toBeCloseTo((k.lifelines + k.fireCompliance + k.sponge + k.functionality) / 4, 12);
  expect(r.social).toBeCloseTo((k.trust + k.participation + k.volunteerCoverage + k.preparedness) / 4, 12);
  expect(r.economic).toBeCloseTo((k.sustainableOperations + k.enterpriseHealth + k.cityFundSolvent) / 3, 12);
  expect(r.governance).toBeCloseTo((k.approvalSpeed + k.disputeSpeed + k.coordination) / 3, 12);
  const w = world.scenario.resilience.weights;
  expect(r.composite).toBeCloseTo(
    w.infrastructure * r.infrastructure +
      w.social * r.social +
      w.economic * r.economic +
      w.governance * r.governance,
    12,
  );
  for (const v of [r.infrastructure, r.social, r.economic, r.governance, r.composite]) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
}

describe('Bruneau loss', () => {
  it('hand-computed curves', () => {
    const linear = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]; // 0.4 → 1 over 6 months
    expect(bruneauLossTrapezoid(linear)).toBeCloseTo(1.8, 12); // 0.6 × 6 / 2
    expect(bruneauLoss(linear)).toBeCloseTo(2.1, 12); // 0.6 + 0.5 + … + 0.1 + 0
    expect(bruneauLoss([1, 1, 1])).toBe(0);
    expect(bruneauLossTrapezoid([1, 1, 1])).toBe(0);
    expect(bruneauLoss([0.5, 0.5], 2)).toBeCloseTo(2, 12);
    expect(bruneauLossTrapezoid(linear, 0.5)).toBeCloseTo(0.9, 12);
    expect(bruneauLoss([])).toBe(0);
    expect(bruneauLossTrapezoid([0.3])).toBe(0);
    expect(bruneauLoss(Float64Array.from([0, 0.25]))).toBeCloseTo(1.75, 12);
  });

  it('geometric recovery Q_t = 1 − D(1 − r)^t has rectangle loss D / r', () => {
    const D = 0.42;
    const r = 0.25;
    const q = Array.from({ length: 400 }, (_, t) => 1 - D * (1 - r) ** t);
    expect(bruneauLoss(q)).toBeCloseTo(D / r, 9);
    expect(bruneauLossTrapezoid(q)).toBeCloseTo(D / r - D / 2, 9);
  });

  it("the simulator's accumulated loss is bruneauLoss of its end-of-month Q", () => {
    const w = makeWorld({
      shocks: { rainstorm: { monthlyProbability: Array(12).fill(0.3) }, fire: { p0Monthly: 0.2 } },
    });
    w.ledger.transfer('src:cityBudget', 'cityFund', 3e6);
    const series = w.communities.map(() => [] as number[]);
    for (let t = 0; t < 48; t++) {
      at(w, t);
      shocksPhase(w);
      recoveryPhase(w);
      w.communities.forEach((c, i) => {
        series[i].push(c.q);
      });
    }
    let damaged = 0;
    w.communities.forEach((c, i) => {
      const loss = c.loss.reduce((a, b) => a + b, 0);
      expect(loss).toBeCloseTo(bruneauLoss(series[i]), 9);
      if (loss > 0) damaged++;
    });
    expect(damaged).toBeGreaterThan(0);
  });
});

describe('resilience index', () => {
  it('components in [0, 1], dimensions are means, composite is the weighted sum', () => {
    for (const seed of [1, 2, 3]) {
      const w = makeWorld(
        {
          shocks: { fire: { p0Monthly: 0.2 } },
          resilience: { weights: { infrastructure: 0.4, social: 0.3, economic: 0.2, governance: 0.1 } },
        },
        seed,
      );
      w.ledger.transfer('src:cityBudget', 'cityFund', 1e6);
      expectWellFormed(w, resilienceIndex(w));
      for (let t = 0; t < 24; t++) {
        at(w, t);
        shocksPhase(w);
        recoveryPhase(w);
        expectWellFormed(w, resilienceIndex(w));
      }
    }
  });

  it('infrastructure rises with fire compliance and falls with lost functionality', () => {
    const w = makeWorld();
    const base = resilienceIndex(w);
    for (const c of w.communities) c.condition[FIRE_SAFETY] = 0.95;
    const safe = resilienceIndex(w);
    expect(safe.components.fireCompliance).toBe(1);
    expect(safe.infrastructure).toBeGreaterThan(base.infrastructure);
    for (const c of w.communities) c.q = 0.5;
    const hit = resilienceIndex(w);
    expect(hit.components.functionality).toBeCloseTo(0.5, 12);
    expect(hit.infrastructure).toBeLessThan(safe.infrastructure);
  });

  it('social: trust, participation share, team coverage and preparedness', () => {
    const w = makeWorld();
    const hh = w.households;
    hh.trust.fill(0.8);
    hh.participating.fill(0);
    for (let i = 0; i < hh.count; i += 4) hh.participating[i] = 1;
    w.communities.forEach((c, i) => {
      c.hasVolunteerTeam = i < 5;
      c.preparedness = i < 5 ? 0.5 : 0;
    });
    const k = resilienceIndex(w).components;
    expect(k.trust).toBeCloseTo(0.8, 12);
    expect(k.participation).toBeCloseTo(Math.ceil(hh.count / 4) / hh.count, 12);
    expect(k.volunteerCoverage).toBeCloseTo(5 / 25, 12);
    expect(k.preparedness).toBeCloseTo(2.5 / 25, 12);
  });

  it('economic: done or operation with an active firm, firm health, fund solvency', () => {
    const w = makeWorld({ enterprises: { enabled: true, count: 4 } });
    expect(resilienceIndex(w).components.cityFundSolvent).toBe(0);
    w.ledger.transfer('src:cityBudget', 'cityFund', 100);
    w.communities[0].state = 'done';
    w.communities[1].state = 'operation';
    w.communities[1].enterprise = 0;
    w.communities[2].state = 'operation';
    w.communities[2].enterprise = 1;
    w.enterprises[1].active = false;
    w.ledger.transfer('enterprises', 'use:enterpriseProfit', 5, { from: 2 }); // firm 2 overdrawn by 5 RMB
    const k = resilienceIndex(w).components;
    expect(k.sustainableOperations).toBeCloseTo(2 / 25, 12);
    expect(k.enterpriseHealth).toBeCloseTo(2 / 4, 12);
    expect(k.cityFundSolvent).toBe(1);
    expect(resilienceIndex(w, { enterpriseHealth: () => 0.9 }).components.enterpriseHealth).toBe(0.9);
  });

  it('governance: observed approval and dispute times, defaults before any, coordination', () => {
    const slow = makeWorld();
    expect(defaultApprovalMonths(slow.scenario)).toBe(6);
    const k0 = resilienceIndex(slow).components;
    expect(k0.approvalSpeed).toBeCloseTo(0.5, 12);
    expect(k0.disputeSpeed).toBeCloseTo(1 - 13.5 / 18, 12); // midpoint of 9–18 months
    expect(k0.coordination).toBe(0);
    slow.government.approvals = 4;
    slow.government.approvalMonthsSum = 36;
    slow.government.disputesResolved = 2;
    slow.government.disputeMonthsSum = 40;
    const k1 = resilienceIndex(slow).components;
    expect(k1.approvalSpeed).toBeCloseTo(0.25, 12);
    expect(k1.disputeSpeed).toBe(0);

    const fast = makeWorld({
      government: {
        approvals: { digitalPlatform: { enabled: true, months: 2 }, jointMeeting: { enabled: true } },
      },
      enterprises: { disputes: { fastTrack: { enabled: true, days: 90 } } },
    });
    const k2 = resilienceIndex(fast).components;
    expect(k2.approvalSpeed).toBeCloseTo(1 - 2 / 12, 12);
    expect(k2.disputeSpeed).toBeCloseTo(1 - (3 * 0.5) / 18, 12);
    expect(k2.coordination).toBe(1);
    expect(resilienceIndex(fast).governance).toBeGreaterThan(resilienceIndex(slow).governance);
  });
});

describe('undefined resilience components', () => {
  it('a pool without firms leaves enterprise health undefined, and economic is the mean of the rest', () => {
    const w = makeWorld({ enterprises: { count: 0 } });
    expect(w.enterprises).toHaveLength(0);
    const r = resilienceIndex(w);
    const k = r.components;
    expect(k.enterpriseHealth).toBeNaN();
    expect(r.economic).toBeCloseTo((k.sustainableOperations + k.cityFundSolvent) / 2, 12);
    expect(Number.isFinite(r.composite)).toBe(true);
  });

  it('a city without communities or households has undefined community and household means', () => {
    const w = makeWorld();
    w.communities.length = 0;
    const r = resilienceIndex(w);
    expect(r.components.fireCompliance).toBeNaN();
    expect(r.components.lifelines).toBeNaN();
    expect(r.infrastructure).toBeNaN();
    expect(r.composite).toBeNaN();
    // Governance has no empty denominator: it stays defined.
    expect(Number.isFinite(r.governance)).toBe(true);
  });
});
