import { describe, expect, it } from 'vitest';
import {
  deficitWeight,
  elevatorUtility,
  itemMarginalUtility,
  planUtility,
  renovationUtility,
} from '../../agents/resident.js';
import type { BuildingUnit, Plan, World } from '../../sim/world/state.js';
import { smallWorld } from './resident-fixtures.js';

const emptyPlan = (): Plan => ({
  items: [],
  residentShare: 0.1,
  minResidentShare: 0,
  groundCompensationRmb: 0,
  round: 1,
  revisions: 0,
  approved: false,
});

/** A world whose first unit with ≥ 6 storeys has identical owner households (income 5000, not elderly). */
function elevatorUnit(overrides = {}): { w: World; unit: BuildingUnit } {
  const w = smallWorld(overrides, 3, 10);
  const unit = w.units.find((u) => u.storeys >= 6)!;
  const hh = w.households;
  for (let h = unit.hhStart; h < unit.hhEnd; h++) {
    hh.owner[h] = 1;
    hh.elderly[h] = 0;
    hh.incomeRmb[h] = 5000;
  }
  unit.elevator = 1;
  return { w, unit };
}

describe('plan utility (MODEL.md §7.6)', () => {
  it('elevator utility is non-decreasing in floor, zero up to the break-even floor, highest at the top', () => {
    const { w, unit } = elevatorUnit({ renovation: { elevator: { externalShaft: false } } });
    const plan = emptyPlan();
    const c = w.communities[unit.community];
    // Equal flats, so that only the floor differs (the owners' premium scales with area).
    for (let h = unit.hhStart; h < unit.hhEnd; h++) w.households.areaM2[h] = 65;
    let last = Number.NEGATIVE_INFINITY;
    for (let h = unit.hhStart; h < unit.hhEnd; h++) {
      const u = planUtility(w, h, c, plan);
      expect(u).toBeGreaterThanOrEqual(last - 1e-12);
      last = u;
      if (w.households.floor[h] <= w.scenario.residents.utility.elevatorBreakEvenFloor) expect(u).toBe(0);
      if (w.households.floor[h] === unit.storeys) {
        // Comfort benefit plus the owner's capitalised premium (κ × premium × area / income).
        const U = w.scenario.residents.utility;
        const premium =
          (U.costSensitivity * U.elevatorPremiumRmbPerM2 * w.households.areaM2[h]) /
          w.households.incomeRmb[h];
        expect(u).toBeCloseTo(U.elevatorBenefit + (w.households.owner[h] ? premium : 0), 12);
      }
    }
  });

  it('is negative on floor 1 with an external shaft and no compensation; compensation raises it', () => {
    const { w, unit } = elevatorUnit();
    const plan = emptyPlan();
    const c = w.communities[unit.community];
    const g = unit.hhStart;
    expect(w.households.floor[g]).toBe(1);
    const before = planUtility(w, g, c, plan);
    expect(before).toBeCloseTo(-w.scenario.residents.utility.groundFloorDisbenefit, 12);
    plan.groundCompensationRmb = 6000;
    const after = planUtility(w, g, c, plan);
    expect(after - before).toBeCloseTo((w.scenario.residents.utility.compensationWeight * 6000) / 5000, 12);
    // A renter gets no compensation (the owner does) but keeps the disbenefit.
    w.households.owner[g] = 0;
    expect(planUtility(w, g, c, plan)).toBeCloseTo(before, 12);
    // The unit's compensation fund counts too.
    w.households.owner[g] = 1;
    plan.groundCompensationRmb = 0;
    unit.elevatorCompensation = new Float64Array(unit.hhEnd - unit.hhStart);
    unit.elevatorCompensation[0] = 6000;
    expect(planUtility(w, g, c, plan)).toBeCloseTo(after, 12);
  });

  it('elevator shares lower owners’ utility by κ per month of income; renters do not pay', () => {
    const { w, unit } = elevatorUnit();
    const plan = emptyPlan();
    const top = unit.hhEnd - 1;
    const free = elevatorUtility(w, top, plan);
    unit.elevatorShares = new Float64Array(unit.hhEnd - unit.hhStart).fill(10_000);
    const kappa = w.scenario.residents.utility.costSensitivity;
    expect(free - elevatorUtility(w, top, plan)).toBeCloseTo((kappa * 10_000) / 5000, 12);
    // A renter neither pays nor capitalises the premium: only the comfort benefit is left.
    w.households.owner[top] = 0;
    expect(elevatorUtility(w, top, plan)).toBeCloseTo(w.scenario.residents.utility.elevatorBenefit, 12);
    unit.elevator = 3;
    expect(elevatorUtility(w, top, plan)).toBe(0);
  });

  it('items: owners pay κ × share × capex / income, renters not; the elderly value aging-friendly more', () => {
    const w = smallWorld({}, 5, 5);
    const c = w.communities[0];
    const hh = w.households;
    const plan: Plan = { ...emptyPlan(), items: w.items.map((_, i) => i), residentShare: 0.5 };
    const h = c.hhStart;
    hh.elderly[h] = 0;
    hh.owner[h] = 0;
    const renter = renovationUtility(w, h, c, plan);
    hh.owner[h] = 1;
    const owner = renovationUtility(w, h, c, plan);
    const capex = w.items.reduce((a, it) => a + it.costRmbPerHousehold, 0) * c.costMultiplier;
    expect(renter - owner).toBeCloseTo(
      (w.scenario.residents.utility.costSensitivity * 0.5 * capex) / hh.incomeRmb[h],
      9,
    );
    const aging = w.items.findIndex((it) => it.name === 'agingFriendly');
    const young = itemMarginalUtility(w, h, c, plan, aging);
    hh.elderly[h] = 1;
    expect(itemMarginalUtility(w, h, c, plan, aging)).toBeGreaterThan(young);
    // The marginal utilities add up to the renovation utility.
    const sum = plan.items.reduce((a, k) => a + itemMarginalUtility(w, h, c, plan, k), 0);
    expect(sum).toBeCloseTo(renovationUtility(w, h, c, plan), 9);
  });

  it('deficit weight is 1 for a broken component, 0 when the works would not improve it', () => {
    const w = smallWorld({}, 2, 3);
    const c = w.communities[0];
    const it = w.items[0];
    c.condition[it.component] = 0;
    expect(deficitWeight(c, it)).toBe(1);
    c.condition[it.component] = it.conditionAfter;
    expect(deficitWeight(c, it)).toBe(0);
    c.condition[it.component] = it.conditionAfter / 2;
    expect(deficitWeight(c, it)).toBeCloseTo(0.5, 12);
  });
});
