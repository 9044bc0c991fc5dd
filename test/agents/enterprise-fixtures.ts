/** Small worlds for the enterprise tests. */
import { capitaliseEnterprises, startConcession } from '../../agents/enterprise.js';
import type { Community, World } from '../../sim/world/state.js';
import { tickDate } from '../../sim/kernel/calendar.js';
import { smallWorld as buildSmallWorld, type Tree } from '../model/world-fixtures.js';

export type { Tree };

/** A world of `communities` generated communities with the given scenario overrides. */
export function smallWorld(overrides: Tree = {}, seed = 1, communities = 20): World {
  return buildSmallWorld(overrides, seed, communities);
}

/** Give community c an approved plan with every item (parking included). */
export function fullPlan(world: World, c: Community): void {
  c.plan = {
    items: world.items.map((_, i) => i),
    residentShare: world.scenario.renovation.residentCostShare,
    minResidentShare: 0,
    groundCompensationRmb: 0,
    round: 1,
    revisions: 0,
    approved: true,
  };
}

/** Reference capex of a full plan for c (RMB). */
export function planCapex(world: World, c: Community): number {
  let perHh = 0;
  for (const it of world.items) perHh += it.costRmbPerHousehold;
  return Math.round(perHh * c.households * c.costMultiplier);
}

/** Advance the clock by one month (tick, year, month). */
export function nextMonth(world: World): void {
  world.clock.tick++;
  const d = tickDate(world.scenario.calendar.start, world.clock.tick);
  world.clock.year = d.year;
  world.clock.month = d.month;
}

/** Put c under firm `id`'s concession and into operation, as the lead's funding and completion would. */
export function operateBy(world: World, c: Community, id: number, satisfaction = 0.6): boolean {
  const e = world.enterprises[id];
  fullPlan(world, c);
  const capex = Math.round(planCapex(world, c) * e.costEfficiency);
  if (!startConcession(world, c, e, capex)) return false;
  c.capexRmb = capex;
  c.state = 'operation';
  c.completedTick = world.clock.tick;
  c.satisfaction = satisfaction;
  return true;
}

/** A capitalised world with a city fund of `cityRmb`. */
export function fundedWorld(overrides: Tree = {}, seed = 1, cityRmb = 1e8, communities = 20): World {
  const w = smallWorld(overrides, seed, communities);
  capitaliseEnterprises(w);
  if (cityRmb > 0) w.ledger.transfer('src:cityBudget', 'cityFund', cityRmb);
  return w;
}

/** Σ firms' cash in fen. */
export function firmCashFen(world: World): number {
  let fen = 0;
  for (const e of world.enterprises) fen += Math.round(world.ledger.firmCashRmb(e.id) * 100);
  return fen;
}

/** Ledger balance of the enterprises account in fen. */
export function ledgerFirmFen(world: World): number {
  return Math.round(world.ledger.rmb('enterprises') * 100);
}

/** Seeds 1..n. */
export const seeds = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
