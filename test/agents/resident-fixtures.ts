/** Small worlds for the residents' tests. */
import type { Community, World } from '../../sim/world/state.js';
import { startConsultation } from '../../agents/resident.js';

/** Small generated worlds (30 communities by default), shared with the other model tests. */
export { smallScenario, smallWorld } from '../model/world-fixtures.js';

/** Put community c in consultation on a plan with every item (elevators as already marked). */
export function openConsultation(world: World, c: Community): void {
  c.state = 'consultation';
  c.stateSince = world.clock.tick;
  c.plan = {
    items: world.items.map((_, i) => i),
    residentShare: world.scenario.renovation.residentCostShare,
    minResidentShare: 0,
    groundCompensationRmb: 0,
    round: 1,
    revisions: 0,
    approved: false,
  };
  startConsultation(world, c);
}

/** Mean of a typed array over [start, end). */
export function mean(a: ArrayLike<number>, start = 0, end = a.length): number {
  let s = 0;
  for (let i = start; i < end; i++) s += a[i];
  return end > start ? s / (end - start) : 0;
}
