import { describe, expect, it } from 'vitest';
import { payElevatorMaintenance, payFromCommunityFund } from '../../agents/community-fund.js';
import { recoveryPhase } from '../../agents/hazards.js';
import type { World } from '../../sim/world/state.js';
import { at, fund, smallWorld } from '../model/world-fixtures.js';

/** A world whose community 0 holds `rmb` of returned uplift money (spending switched as given). */
function withFund(rmb: number, spendOn: { elevatorMaintenance: boolean; repairs: boolean }): World {
  const w = smallWorld({ enterprises: { valueUplift: { enabled: true, spendOn } } }, 1, 6);
  at(w, 3);
  w.ledger.transfer('src:tenants', 'communityFunds', rmb, { to: 0 });
  return w;
}

/** What an account paid out this month (RMB). */
const paidOut = (w: World, account: 'src:residents' | 'cityFund' | 'communityFunds') =>
  w.ledger.monthOutRmb(account);

describe('community fund (增值收益共享 money)', () => {
  it('pays only what it holds, in whole fen, and keeps its part of the account equal to the account', () => {
    const w = withFund(100.05, { elevatorMaintenance: true, repairs: true });
    const c = w.communities[0];
    expect(payFromCommunityFund(w, c, 'use:repairs', 40.004)).toBe(40);
    expect(w.ledger.communityFundRmb(c.id)).toBe(60.05);
    expect(payFromCommunityFund(w, c, 'use:repairs', 500)).toBe(60.05);
    expect(w.ledger.communityFundRmb(c.id)).toBe(0);
    expect(payFromCommunityFund(w, c, 'use:repairs', 10)).toBe(0);
    expect(w.ledger.rmb('communityFunds')).toBe(0);
    expect(w.ledger.checkConservation().ok).toBe(true);
  });

  it('pays its own elevators’ maintenance first; the residents pay the rest, or all of it when switched off', () => {
    for (const fundFirst of [true, false]) {
      const w = withFund(1500, { elevatorMaintenance: fundFirst, repairs: false });
      const perMonth = w.scenario.renovation.elevator.maintenanceRmbPerYear / 12;
      const units = w.units.filter((u) => u.community === 0).slice(0, 2);
      const other = w.units.find((u) => u.community === 1)!;
      for (const u of [...units, other]) u.elevator = 2;
      const bill = payElevatorMaintenance(w);
      expect(bill).toBeCloseTo(3 * perMonth, 6);
      const fromFund = fundFirst ? Math.min(1500, 2 * perMonth) : 0;
      expect(paidOut(w, 'communityFunds')).toBeCloseTo(fromFund, 2);
      expect(paidOut(w, 'src:residents')).toBeCloseTo(3 * perMonth - fromFund, 2);
      expect(w.ledger.monthRmb('use:operations')).toBeCloseTo(3 * perMonth, 2);
      expect(w.ledger.communityFundRmb(0)).toBeCloseTo(1500 - fromFund, 2);
      expect(w.ledger.checkConservation().ok).toBe(true);
    }
  });

  it('pays its own repairs before the city fund, and then the city pays the rest', () => {
    for (const fundFirst of [true, false]) {
      const w = withFund(20_000, { elevatorMaintenance: false, repairs: fundFirst });
      fund(w, 10_000_000);
      const c = w.communities[0];
      c.deficit[0] = 0.3;
      c.q = 0.7;
      recoveryPhase(w);
      const repairs = w.ledger.monthRmb('use:repairs');
      expect(repairs).toBeGreaterThan(20_000); // a bill larger than the fund
      expect(paidOut(w, 'communityFunds')).toBeCloseTo(fundFirst ? 20_000 : 0, 2);
      expect(paidOut(w, 'cityFund')).toBeCloseTo(repairs - (fundFirst ? 20_000 : 0), 2);
      expect(w.ledger.communityFundRmb(c.id)).toBeCloseTo(fundFirst ? 0 : 20_000, 2);
      expect(w.ledger.checkConservation().ok).toBe(true);
    }
  });

  it('lets a community recover when the city fund is empty, as far as its own fund reaches', () => {
    const rich = withFund(1_000_000, { elevatorMaintenance: false, repairs: true });
    const poor = withFund(0, { elevatorMaintenance: false, repairs: true });
    for (const w of [rich, poor]) {
      w.communities[0].deficit[0] = 0.3;
      w.communities[0].q = 0.7;
      recoveryPhase(w);
    }
    expect(rich.communities[0].q).toBeGreaterThan(0.7);
    expect(poor.communities[0].q).toBe(0.7);
  });
});
