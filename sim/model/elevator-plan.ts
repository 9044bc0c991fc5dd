/**
 * Elevator retrofits in a community's plan: which building units are offered one, its cost, and each
 * household's share under the scenario's cost-sharing rule, with the ground-floor compensation fund.
 * Shares are computed per floor with the rule (agents/elevator-share.ts) and split within a floor by
 * exclusive area; for units with the same number of households on every floor this equals the rule
 * applied per household. Amounts are whole fen, so shares sum exactly to the net cost.
 */
import { largestRemainder, type ShareRule, shareWeights } from '../../agents/elevator-share.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { BuildingUnit, World } from '../world/state.js';

/** The share rule of the scenario in the form the calculator takes. */
export function shareRule(s: Scenario): ShareRule {
  const r = s.residents.elevatorCostSharing;
  if (r.rule === 'shapley') return { kind: 'shapley' };
  if (r.rule === 'negotiated') return { kind: 'negotiated', floorPercent: r.negotiatedSharesPct };
  const exemptFloors = r.coefficients.flatMap((v, i) => (v === 0 ? [i + 1] : []));
  return { kind: 'floor-coefficients', coefficients: r.coefficients, exemptFloors };
}

/** Public subsidy for one elevator this tick (provincial + city × adaptive multiplier), RMB. */
export function elevatorSubsidyRmb(w: World): { provincial: number; city: number } {
  const s = w.scenario.government;
  const provincial = s.upperTransfers.enabled ? w.policies.now.provincialRmbPerElevator : 0;
  const city = s.elevatorSubsidy.enabled
    ? w.policies.now.elevatorSubsidyRmb * w.government.subsidyMultiplier
    : 0;
  return { provincial, city };
}

/**
 * Offer elevators to eligible units of community `ci` (each proposed with probability
 * renovation.elevator.proposalShare), draw their cost and compute the shares.
 */
export function planElevators(w: World, ci: number): void {
  const s = w.scenario;
  const c = w.communities[ci];
  const e = s.renovation.elevator;
  for (let u = c.unitStart; u < c.unitEnd; u++) {
    const unit = w.units[u];
    if (!e.enabled || unit.storeys < e.minStoreys || unit.elevator === 2 || unit.elevator === 4) continue;
    if (e.proposalShare < 1 && !w.streams.projects.chance(e.proposalShare)) continue;
    unit.elevator = 1;
    unit.elevatorCostRmb = Math.round(w.streams.projects.uniform(e.costRmb.min, e.costRmb.max));
    computeShares(w, unit);
  }
}

/** Compensation a household of `unit` receives from the ground-floor fund (RMB). */
export function compensationOf(unit: BuildingUnit, h: number): number {
  return unit.elevatorCompensation ? unit.elevatorCompensation[h - unit.hhStart] : 0;
}

/** Compute `unit.elevatorShares` (payment per household, fund contribution included). */
export function computeShares(w: World, unit: BuildingUnit): void {
  const s = w.scenario;
  const hh = w.households;
  const n = unit.hhEnd - unit.hhStart;
  const sub = elevatorSubsidyRmb(w);
  const net = Math.max(0, unit.elevatorCostRmb - sub.provincial - sub.city);
  const storeys = unit.storeys;
  const floorArea = new Float64Array(storeys + 1);
  for (let h = unit.hhStart; h < unit.hhEnd; h++) floorArea[hh.floor[h]] += hh.areaM2[h];
  const areas: number[] = [];
  for (let f = 1; f <= storeys; f++) areas.push(Math.max(floorArea[f], 1e-6));
  const floorW = shareWeights({ storeys, householdsPerFloor: 1, areas, totalCost: net, rule: shareRule(s) });
  const weights = new Float64Array(n);
  for (let h = unit.hhStart; h < unit.hhEnd; h++) {
    const f = hh.floor[h];
    weights[h - unit.hhStart] = floorArea[f] > 0 ? (floorW[f - 1] * hh.areaM2[h]) / floorArea[f] : 0;
  }
  const shareFen = sumPositive(weights) > 0 ? largestRemainder(Math.round(net * 100), weights) : weights;
  const gf = s.residents.elevatorCostSharing.groundFloorCompensation;
  const pay = new Float64Array(n);
  const comp = new Float64Array(n);
  let recipients = 0;
  for (let h = unit.hhStart; h < unit.hhEnd; h++) if (hh.floor[h] <= gf.floors) recipients++;
  const fundFen =
    gf.enabled && net > 0 && recipients > 0 ? Math.round(gf.shareOfCost * unit.elevatorCostRmb * 100) : 0;
  const contribFen = fundFen > 0 ? largestRemainder(fundFen, shareFen) : new Float64Array(n);
  const recW = new Float64Array(n);
  for (let h = unit.hhStart; h < unit.hhEnd; h++) recW[h - unit.hhStart] = hh.floor[h] <= gf.floors ? 1 : 0;
  const compFen = fundFen > 0 ? largestRemainder(fundFen, recW) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    pay[i] = (shareFen[i] + contribFen[i]) / 100;
    comp[i] = compFen[i] / 100;
  }
  unit.elevatorShares = pay;
  unit.elevatorCompensation = comp;
}

function sumPositive(a: Float64Array): number {
  let t = 0;
  for (const x of a) t += Math.max(x, 0);
  return t;
}
