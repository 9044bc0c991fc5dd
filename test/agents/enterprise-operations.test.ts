import { describe, expect, it } from 'vitest';
import {
  capitaliseEnterprises,
  enterpriseHealth,
  enterprisePhase,
  interestSubsidyRmb,
  outlay,
  realisedIrr,
  settleOverrun,
  startConcession,
  TAKEOVER_COST_MONTHS,
} from '../../agents/enterprise.js';
import { payFromFirm } from '../../agents/enterprise-contract.js';
import { operatingCostRmb } from '../../agents/enterprise-terms.js';
import type { World } from '../../sim/world/state.js';
import {
  firmCashFen,
  fullPlan,
  fundedWorld,
  ledgerFirmFen,
  nextMonth,
  operateBy,
  planCapex,
  seeds,
  smallWorld,
  type Tree,
} from './enterprise-fixtures.js';

const ALL_ON = {
  government: {
    farBonus: { enabled: true },
    taxRelief: { enabled: true },
    interestSubsidy: { enabled: true, minQualityForWhitelist: 0.5 },
    insurance: { enabled: true },
  },
  enterprises: { valueUplift: { enabled: true } },
  residents: { volunteerPoints: { enabled: true } },
};

function expectBooksBalance(w: World): void {
  const check = w.ledger.checkConservation();
  expect(check.message).toBe('ok');
  expect(firmCashFen(w)).toBe(ledgerFirmFen(w));
}

/** Run `months` enterprise phases. */
function runMonths(w: World, months: number): void {
  for (let m = 0; m < months; m++) {
    nextMonth(w);
    enterprisePhase(w);
  }
}

describe('equity and concession start', () => {
  it('capitalises every firm from src:enterpriseEquity', () => {
    const w = smallWorld({}, 4);
    const cash = w.enterprises.reduce((a, e) => a + e.equityRmb, 0);
    capitaliseEnterprises(w);
    expect(w.ledger.rmb('enterprises')).toBeCloseTo(cash, 2);
    expect(w.ledger.rmb('src:enterpriseEquity')).toBeCloseTo(-cash, 2);
    expectBooksBalance(w);
  });

  it('moves the capex share to escrow, FAR construction and the premium share; nothing if cash is short', () => {
    const w = fundedWorld(ALL_ON, 2);
    const c = w.communities[0];
    const e = w.enterprises[0];
    fullPlan(w, c);
    const capex = planCapex(w, c);
    const out = outlay(w.scenario, c, capex);
    const cash0 = w.ledger.firmCashRmb(e.id);
    expect(startConcession(w, c, e, capex)).toBe(true);
    expect(w.ledger.rmb('escrow')).toBeCloseTo(w.scenario.enterprises.bundle.capexShare * capex, 2);
    expect(w.ledger.escrowFen(c.id, 'renovation')).toBe(w.ledger.fen('escrow'));
    expect(w.ledger.rmb('use:farConstruction')).toBeGreaterThan(0);
    expect(w.ledger.rmb('use:insurancePremiums')).toBeGreaterThan(0);
    expect(cash0 - w.ledger.firmCashRmb(e.id)).toBeCloseTo(out.totalRmb, 2);
    expect(c.enterprise).toBe(e.id);
    expect(c.concessionMonthsLeft).toBe(w.scenario.enterprises.bundle.concessionYears * 12);
    expect(e.projects).toEqual([c.id]);
    expect(e.wins).toBe(1);
    const poor = w.enterprises[1];
    payFromFirm(w, poor, 'use:enterpriseProfit', w.ledger.firmCashRmb(poor.id) - 1);
    const d = w.communities[1];
    fullPlan(w, d);
    expect(startConcession(w, d, poor, planCapex(w, d))).toBe(false);
    expect(d.enterprise).toBe(-1);
    expect(poor.projects).toEqual([]);
    expectBooksBalance(w);
  });
});

describe('operations', () => {
  it('conserves money and keeps Σ firm cash = enterprises account to the fen (20 seeds, 8 years)', () => {
    for (const seed of seeds(20)) {
      const w = fundedWorld(ALL_ON, seed, 2e8);
      for (let h = 0; h < w.households.count; h += 3) w.households.points[h] = 40;
      for (let i = 0; i < 10; i++) operateBy(w, w.communities[i], i % w.enterprises.length, 0.3 + 0.06 * i);
      for (let m = 0; m < 96; m++) {
        nextMonth(w);
        w.government.downturn = m % 17 < 5;
        enterprisePhase(w);
        if (m % 12 === 3) {
          const c = w.communities[10 + (m % 7)];
          fullPlan(w, c);
          settleOverrun(w, c, planCapex(w, c), false);
        }
      }
      expectBooksBalance(w);
      for (const a of [
        'use:feeRelief',
        'use:taxes',
        'use:operations',
        'communityFunds',
        'src:tenants',
      ] as const) {
        expect(Math.abs(w.ledger.rmb(a))).toBeGreaterThan(0);
      }
      const h = enterpriseHealth(w);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThanOrEqual(1);
    }
  });

  it('collection rises with satisfaction and downturns cut revenue (same draws)', () => {
    const revenue = (sat: number, downturn: boolean): number => {
      const w = fundedWorld({}, 11);
      operateBy(w, w.communities[0], 0, sat);
      w.government.downturn = downturn;
      runMonths(w, 24);
      return -w.ledger.rmb('src:residents');
    };
    expect(revenue(0.9, false)).toBeGreaterThan(revenue(0.2, false));
    expect(revenue(0.6, true)).toBeLessThan(revenue(0.6, false));
  });

  it('volunteer points are redeemed against fees as a cost to the operator', () => {
    const w = fundedWorld(ALL_ON, 6);
    const c = w.communities[0];
    operateBy(w, c, 0);
    for (let h = c.hhStart; h < c.hhEnd; h++) w.households.points[h] = 10;
    runMonths(w, 1);
    expect(w.ledger.rmb('use:feeRelief')).toBeGreaterThan(0);
    let points = 0;
    for (let h = c.hhStart; h < c.hhEnd; h++) points += w.households.points[h];
    expect(points).toBeLessThan(10 * c.households);
    expectBooksBalance(w);
  });

  it('whitelisted firms receive the interest subsidy from the city fund each month', () => {
    const w = fundedWorld(
      { government: { interestSubsidy: { enabled: true, minQualityForWhitelist: 0 } } },
      8,
    );
    const c = w.communities[0];
    operateBy(w, c, 0);
    const e = w.enterprises[0];
    const fund0 = w.ledger.rmb('cityFund');
    runMonths(w, 12);
    const monthly = Math.round(
      interestSubsidyRmb(w.scenario, e, outlay(w.scenario, c, c.capexRmb).totalRmb) * 100,
    );
    expect(monthly).toBeGreaterThan(0);
    expect(Math.round((fund0 - w.ledger.rmb('cityFund')) * 100)).toBe(12 * monthly);
  });

  it('a concession ends after its term: community done, firm released', () => {
    const w = fundedWorld({}, 3);
    const c = w.communities[0];
    operateBy(w, c, 2);
    c.concessionMonthsLeft = 3;
    runMonths(w, 2);
    expect(c.state).toBe('operation');
    runMonths(w, 1);
    expect(c.state).toBe('done');
    expect(c.enterprise).toBe(-1);
    expect(w.enterprises[2].projects).toEqual([]);
  });

  it('realised IRR: projecting the remaining concession raises it; flows recorded by tick', () => {
    const w = fundedWorld(ALL_ON, 12);
    for (let i = 0; i < 5; i++) operateBy(w, w.communities[i], i, 0.7);
    runMonths(w, 36);
    const realised = realisedIrr(w, false);
    const projected = realisedIrr(w);
    expect(Number.isFinite(projected)).toBe(true);
    if (Number.isFinite(realised)) expect(projected).toBeGreaterThan(realised);
    expect(w.enterprises[0].flows.length).toBe(37);
    expect(realisedIrr(smallWorld({}, 1))).toBeNaN();
  });
});

describe('exit and takeover', () => {
  it('a firm whose cash falls below the exit threshold leaves; the city takes its concession over', () => {
    for (const seed of seeds(20)) {
      const w = fundedWorld({ enterprises: { exitCashRmb: 1_000_000 } }, seed);
      const c = w.communities[0];
      const e = w.enterprises[0];
      operateBy(w, c, 0);
      payFromFirm(w, e, 'use:enterpriseProfit', w.ledger.firmCashRmb(e.id) - 500_000);
      const ops0 = w.ledger.rmb('use:operations');
      runMonths(w, 1);
      expect(e.active).toBe(false);
      expect(w.ledger.firmCashRmb(e.id)).toBe(0);
      expect(e.projects).toEqual([]);
      expect(c.enterprise).toBe(-1);
      expect(c.state).toBe('done');
      expect(w.government.takeovers).toBe(1);
      const takeover = TAKEOVER_COST_MONTHS * operatingCostRmb(w, c);
      expect(w.ledger.rmb('use:operations') - ops0).toBeGreaterThanOrEqual(takeover - 0.01);
      expect(w.enterprises.slice(1).every((f) => f.active)).toBe(true);
      expect(enterpriseHealth(w)).toBeCloseTo(1 - 1 / w.enterprises.length, 9);
      expectBooksBalance(w);
    }
  });

  it('a firm that cannot pay its overrun defaults and exits; the city pays what its fund holds', () => {
    const big = { enterprises: { overrun: { mean: 3, cv: 0.01 } } };
    const w = fundedWorld(big, 5, 0);
    const c = w.communities[0];
    const e = w.enterprises[0];
    operateBy(w, c, 0);
    c.state = 'construction';
    payFromFirm(w, e, 'use:enterpriseProfit', w.ledger.firmCashRmb(e.id) - 1000);
    const o = settleOverrun(w, c, c.capexRmb, true);
    expect(o.overrunRmb).toBeGreaterThan(1.5 * c.capexRmb);
    expect(e.active).toBe(false);
    expect(c.enterprise).toBe(-1);
    expect(o.disputeOpened).toBe(false);
    expect(o.unpaidRmb).toBeCloseTo(o.overrunRmb - 1000, 2);
    expect(w.government.takeovers).toBe(1);
    expectBooksBalance(w);
  });
});

describe('overruns, insurance and disputes', () => {
  const disputed = { enterprises: { overrun: { mean: 1.4, cv: 0.05 } } };

  /** Mean dispute duration (months) over 20 seeds × 5 communities, run to resolution. */
  function meanDuration(overrides: Tree): number {
    let sum = 0;
    let n = 0;
    for (const seed of seeds(20)) {
      const w = fundedWorld(overrides, seed);
      for (let i = 0; i < 5; i++) {
        const c = w.communities[i];
        operateBy(w, c, i);
        c.state = 'construction';
        expect(settleOverrun(w, c, c.capexRmb, true).disputeOpened).toBe(true);
      }
      expect(w.government.disputesOpened).toBe(5);
      for (let m = 0; m < 40 && w.government.disputesResolved < 5; m++) {
        nextMonth(w);
        enterprisePhase(w);
      }
      expect(w.government.disputesResolved).toBe(5);
      sum += w.government.disputeMonthsSum;
      n += w.government.disputesResolved;
      expectBooksBalance(w);
    }
    return sum / n;
  }

  it('a 90-day fast track shortens disputes; joint meetings and mediation shorten them further', () => {
    const slow = meanDuration(disputed);
    const fast = meanDuration({
      ...disputed,
      enterprises: { ...disputed.enterprises, disputes: { fastTrack: { enabled: true } } },
    });
    const coordinated = meanDuration({
      ...disputed,
      government: { approvals: { jointMeeting: { enabled: true } } },
      ngos: { mediation: { enabled: true } },
    });
    expect(slow).toBeGreaterThan(10);
    expect(slow).toBeLessThan(17);
    expect(fast).toBeCloseTo(3, 6);
    expect(coordinated).toBeLessThan(slow);
  });

  it('at resolution the city pays its settlement share to the firm', () => {
    const w = fundedWorld(disputed, 4);
    const c = w.communities[0];
    const e = w.enterprises[0];
    operateBy(w, c, 0);
    c.state = 'construction';
    const cash0 = w.ledger.firmCashRmb(e.id);
    const o = settleOverrun(w, c, c.capexRmb, true);
    const paid = cash0 - w.ledger.firmCashRmb(e.id);
    expect(paid).toBeCloseTo(o.overrunRmb, 2);
    const fund0 = w.ledger.rmb('cityFund');
    while (c.disputeMonthsLeft > 0) {
      nextMonth(w);
      enterprisePhase(w);
    }
    const share = w.scenario.enterprises.disputes.governmentShareOfSettlement;
    expect(fund0 - w.ledger.rmb('cityFund')).toBeCloseTo(share * paid, 1);
    expect(e.reputation).toBeLessThan(0.5);
    expectBooksBalance(w);
  });

  it('insurance pays coverage × (overrun − deductible)⁺ and is counted; the city pays the rest off-PPP', () => {
    const ins = { ...disputed, government: { insurance: { enabled: true } } };
    const w = fundedWorld(ins, 7, 0);
    const c = w.communities[0];
    fullPlan(w, c);
    const capex = planCapex(w, c);
    const o = settleOverrun(w, c, capex, false);
    const g = w.scenario.government.insurance;
    expect(o.insuredRmb).toBeCloseTo(g.coverage * (o.overrunRmb - g.deductibleShare * capex), 1);
    expect(w.month.insurancePayoutRmb).toBeCloseTo(o.insuredRmb, 2);
    expect(w.totals.insurancePayoutRmb).toBeCloseTo(o.insuredRmb, 2);
    expect(o.unpaidRmb).toBeCloseTo(o.overrunRmb - o.insuredRmb, 2);
    expect(o.disputeOpened).toBe(false);
    expectBooksBalance(w);
  });
});
