/**
 * Residents' valuation of the renovation plan proposed to their community (MODEL.md §7.3, §7.6).
 *
 * Rule: a household values each menu item by its benefit, weighted by how broken the component is
 * (deficit weight: (conditionAfter − condition)⁺ / conditionAfter, 1 for a fully broken component,
 * 0 when the works would not improve it), and for elderly heads by the item's elderly factor. An
 * elevator in the household's unit adds b_elev·g(floor) with g = 0 up to the break-even floor and
 * rising linearly to 1 at the unit's top floor (Zhou, Liu & Yang: break-even near the 3rd floor),
 * larger for the elderly; the ground floor loses d_ground when the shaft is external. Owners bear
 * the cost: κ × (own cost / monthly income), κ being utility per month of income, and receive
 * ground-floor compensation (the plan's, on floor 1, and the unit's compensation fund) valued at
 * compensationWeight per month of income. Renters pay nothing
 * (their landlord does) and receive no compensation, but have the benefits and the disbenefit.
 *
 * The utility splits exactly into a renovation part and an elevator part (both linear in the plan),
 * which the votes use separately: the community votes on the comprehensive renovation, each
 * building unit on its elevator.
 */
import type { BuildingUnit, Community, Item, Plan, World } from '../sim/world/state.js';
import { isFireItem, publicFireItems, publiclyFunded } from './fire-safety.js';

/** Logistic map of a utility to an opinion in (0, 1): 1 / (1 + exp(−u / s)). */
export function logistic(u: number, s: number): number {
  return 1 / (1 + Math.exp(-u / s));
}

/** Deficit weight of an item in a community: (conditionAfter − condition)⁺ / conditionAfter, in 0..1. */
export function deficitWeight(c: Community, it: Item): number {
  if (!(it.conditionAfter > 0)) return 0;
  const gap = it.conditionAfter - c.condition[it.component];
  return gap > 0 ? Math.min(1, gap / it.conditionAfter) : 0;
}

/** Comprehensive-renovation capex of the plan per household of community c (RMB): Σ item cost × c.costMultiplier. */
export function planCapexPerHousehold(world: World, c: Community, plan: Plan): number {
  let sum = 0;
  for (let i = 0; i < plan.items.length; i++) sum += world.items[plan.items[i]].costRmbPerHousehold;
  return sum * c.costMultiplier;
}

/**
 * Household h's marginal utility of menu item k in plan (utility units): its weighted benefit minus,
 * for owners, κ × residentShare × (1 − c.maintenanceCover) × item capex / monthly income (the part of
 * their share the maintenance fund does not pay; no cost for an item paid publicly under the
 * fire-safety target, agents/fire-safety.ts). Equals U(plan with k) − U(plan without k).
 */
export function itemMarginalUtility(world: World, h: number, c: Community, plan: Plan, k: number): number {
  const hh = world.households;
  const it = world.items[k];
  let u = it.benefit * (hh.elderly[h] === 1 ? it.elderlyBenefitFactor : 1) * deficitWeight(c, it);
  if (hh.owner[h] === 1 && !publiclyFunded(world, it)) {
    const kappa = world.scenario.residents.utility.costSensitivity;
    const share = plan.residentShare * (1 - c.maintenanceCover);
    u -= (kappa * share * it.costRmbPerHousehold * c.costMultiplier) / hh.incomeRmb[h];
  }
  return u;
}

/**
 * Renovation part of household h's utility of the plan (utility units): Σ items of weighted
 * benefits − (owners) κ × residentShare × (1 − c.maintenanceCover) × comprehensive capex per
 * household / monthly income, the capex counting only the items owners pay for (not fire-safety
 * items paid publicly under the target).
 */
export function renovationUtility(world: World, h: number, c: Community, plan: Plan): number {
  const hh = world.households;
  const elderly = hh.elderly[h] === 1;
  const publicFire = publicFireItems(world);
  let u = 0;
  let cost = 0;
  for (let i = 0; i < plan.items.length; i++) {
    const it = world.items[plan.items[i]];
    u += it.benefit * (elderly ? it.elderlyBenefitFactor : 1) * deficitWeight(c, it);
    if (!(publicFire && isFireItem(it))) cost += it.costRmbPerHousehold;
  }
  if (hh.owner[h] === 1) {
    const kappa = world.scenario.residents.utility.costSensitivity;
    u -= (kappa * plan.residentShare * (1 - c.maintenanceCover) * cost * c.costMultiplier) / hh.incomeRmb[h];
  }
  return u;
}

/**
 * Elevator part of household h's utility (utility units); 0 unless h's unit has an elevator in the
 * plan (unit.elevator === 1): {@link unitElevatorUtility} with the plan's ground-floor compensation and
 * no savings withdrawn.
 */
export function elevatorUtility(world: World, h: number, plan: Plan): number {
  const unit = world.units[world.households.unit[h]];
  if (unit.elevator !== 1) return 0;
  return unitElevatorUtility(world, h, unit, plan.groundCompensationRmb, 0);
}

/**
 * Household h's utility of an elevator in its building unit (utility units), whatever the unit's
 * stage: b_elev × g(floor) × (elderly factor) − d_ground [floor 1, external shaft]; owners also
 * + κ × premium × g × area / income (the elevator's capitalised value uplift,
 * utility.elevatorPremiumRmbPerM2 at the top floor) − κ × (elevator share − relievedRmb) / income
 * (unit.elevatorShares, their payment with any fund contribution included; 0 when unset; relievedRmb
 * is the part of it that does not weigh as cash, e.g. provident-fund savings, MODEL.md §7.9)
 * + compensationWeight × compensation / income, the compensation being groundCompensationRmb on
 * floor 1 plus unit.elevatorCompensation (the ground-floor fund) where set.
 */
export function unitElevatorUtility(
  world: World,
  h: number,
  unit: BuildingUnit,
  groundCompensationRmb: number,
  relievedRmb: number,
): number {
  const hh = world.households;
  const U = world.scenario.residents.utility;
  const floor = hh.floor[h];
  const be = U.elevatorBreakEvenFloor;
  let g = 0;
  if (unit.storeys > be && floor > be) g = Math.min(1, (floor - be) / (unit.storeys - be));
  let u = U.elevatorBenefit * g * (hh.elderly[h] === 1 ? U.elderlyElevatorFactor : 1);
  if (floor === 1 && world.scenario.renovation.elevator.externalShaft) u -= U.groundFloorDisbenefit;
  if (hh.owner[h] === 1) {
    const income = hh.incomeRmb[h];
    const k = h - unit.hhStart;
    const shares = unit.elevatorShares;
    if (shares !== null && k < shares.length) u -= (U.costSensitivity * (shares[k] - relievedRmb)) / income;
    // Owners capitalise the elevator into the flat's value (the premium rises with the floor).
    u += (U.costSensitivity * U.elevatorPremiumRmbPerM2 * g * hh.areaM2[h]) / income;
    let comp = floor === 1 ? groundCompensationRmb : 0;
    const fund = unit.elevatorCompensation;
    if (fund !== null && k < fund.length) comp += fund[k];
    if (comp !== 0) u += (U.compensationWeight * comp) / income;
  }
  return u;
}

/**
 * U_h of MODEL.md §7.6 (utility units): household h's utility of `plan` for community c, the sum of
 * {@link renovationUtility} and {@link elevatorUtility}.
 */
export function planUtility(world: World, h: number, c: Community, plan: Plan): number {
  return renovationUtility(world, h, c, plan) + elevatorUtility(world, h, plan);
}

/**
 * The opinion a community planner advocates: the logistic map (scale utility.opinionScale) of the
 * plan's mean utility over the community's households, in 0..1.
 */
export function plannerOpinion(world: World, c: Community, plan: Plan): number {
  const n = c.hhEnd - c.hhStart;
  if (n <= 0) return 0.5;
  let sum = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) sum += planUtility(world, h, c, plan);
  return logistic(sum / n, world.scenario.residents.utility.opinionScale);
}
