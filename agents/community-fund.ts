/**
 * The community fund (小区公共资金), MODEL.md §7.2 and seed §6.3.2: under value-uplift sharing
 * (增值收益共享) the operator returns a share of its uplift revenue to the community's public fund
 * ("按比例反哺小区公共资金"). The seed says where the money goes, not what it buys; here (assumed,
 * each switchable under `enterprises.valueUplift.spendOn`) a community's fund pays, before anyone
 * else, the maintenance of its own elevators (otherwise paid by its residents) and the repairs of
 * its own hazard damage (otherwise paid by the city fund). A fund pays only what it holds.
 *
 * Money: a community's fund is its part of the `communityFunds` account (`ledger.communityFundRmb`);
 * every payment leaves that part, in whole fen.
 */
import type { Account } from '../sim/world/ledger.js';
import type { Community, World } from '../sim/world/state.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Pay up to `rmb` from community c's fund to `to`; returns what was paid (RMB, whole fen). */
export function payFromCommunityFund(world: World, c: Community, to: Account, rmb: number): number {
  const amount = round2(Math.min(rmb, world.ledger.communityFundRmb(c.id)));
  if (!(amount > 0)) return 0;
  world.ledger.transfer('communityFunds', to, amount, { from: c.id });
  return amount;
}

/**
 * This month's maintenance of installed elevators (renovation.elevator.maintenanceRmbPerYear / 12
 * each), community by community in id order: the community fund pays first when
 * `valueUplift.spendOn.elevatorMaintenance`, the residents pay the rest (`src:residents →
 * use:operations`). Returns the month's maintenance bill (RMB).
 */
export function payElevatorMaintenance(world: World): number {
  const cs = world.communities;
  const installed = world.scratch.installed;
  installed.fill(0);
  for (const u of world.units) if (u.elevator === 2) installed[u.community]++;
  const perElevator = world.scenario.renovation.elevator.maintenanceRmbPerYear / 12;
  const fundFirst = world.scenario.enterprises.valueUplift.spendOn.elevatorMaintenance;
  let residents = 0;
  let bill = 0;
  for (const c of cs) {
    const n = installed[c.id];
    if (n === 0) continue;
    const due = n * perElevator;
    bill += due;
    residents += due - (fundFirst ? payFromCommunityFund(world, c, 'use:operations', due) : 0);
  }
  if (residents > 0) world.ledger.transfer('src:residents', 'use:operations', residents);
  return bill;
}
